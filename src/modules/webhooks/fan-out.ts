import { and, eq, inArray, or } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/index.ts';
import { events, webhookDeliveries, webhookEndpoints } from '../../db/schema/index.ts';
import { consumeOutbox, type OutboxConsumer, type OutboxEvent, type OutboxPosition } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { newId } from '../../kernel/ids.ts';
import { matchesEvent } from './core/index.ts';

/** Every event type: each endpoint's own enabled_events pick from them. */
export const WEBHOOK_CONSUMER: OutboxConsumer = { name: 'webhooks', types: ['*'] };

// Seven parameters a row; PostgreSQL allows 65,535 per statement.
const INSERT_CHUNK = 1000;

type Endpoint = typeof webhookEndpoints.$inferSelect & { start: OutboxPosition | null };

/**
 * Whether the event comes after the endpoint's start (its creation or re-enabling event) in the outbox's commit
 * order: an event written by a transaction that began before the endpoint existed but committed later still counts.
 */
function afterStart(event: OutboxEvent, endpoint: Endpoint): boolean {
  if (!endpoint.start) return event.id > endpoint.eventsAfter;
  return event.xid > endpoint.start.xid || (event.xid === endpoint.start.xid && event.seq > endpoint.start.seq);
}

/** One delivery per (enabled endpoint of the event's account, matching event after the endpoint's start). */
function deliveriesFor(batch: readonly OutboxEvent[], endpoints: readonly Endpoint[], now: Date) {
  return batch.flatMap((event) =>
    endpoints
      .filter(
        (endpoint) =>
          endpoint.accountId === event.accountId &&
          afterStart(event, endpoint) &&
          matchesEvent(endpoint.enabledEvents, event.type),
      )
      .map((endpoint) => ({
        accountId: endpoint.accountId,
        id: newId('whd'),
        endpointId: endpoint.id,
        eventId: event.id,
        eventType: event.type,
        nextAttemptAt: now,
        created: now,
      })),
  );
}

/** Where each endpoint's start event stands in the outbox, by event id. */
async function startPositions(db: Db, endpoints: readonly (typeof webhookEndpoints.$inferSelect)[]) {
  const keys = endpoints
    .filter((e) => e.eventsAfter !== '')
    .map((e) => and(eq(events.accountId, e.accountId), eq(events.id, e.eventsAfter)));
  if (keys.length === 0) return new Map<string, OutboxPosition>();
  const rows = await db
    .select({ id: events.id, xid: events.xid, seq: events.seq })
    .from(events)
    .where(or(...keys));
  return new Map(rows.map((row) => [row.id, { xid: row.xid, seq: row.seq }]));
}

/**
 * Reads the next events from the outbox (events/consume.ts) and creates one delivery per enabled endpoint that
 * wants each; returns how many events were read. Deliveries keep the event's id, which orders them per endpoint.
 */
export async function fanOut(ctx: AppContext, limit: number): Promise<number> {
  const now = toDate(ctx.clock.now());
  return consumeOutbox(ctx.db, WEBHOOK_CONSUMER, limit, async (tx, batch) => {
    const accountIds = [...new Set(batch.map((event) => event.accountId))];
    const endpoints = await tx
      .select()
      .from(webhookEndpoints)
      .where(
        and(
          inArray(webhookEndpoints.accountId, accountIds),
          eq(webhookEndpoints.status, 'enabled'),
          eq(webhookEndpoints.deleted, false),
        ),
      );
    const starts = await startPositions(tx, endpoints);
    const rows = deliveriesFor(
      batch,
      endpoints.map((endpoint) => ({ ...endpoint, start: starts.get(endpoint.eventsAfter) ?? null })),
      now,
    );
    // A batch read twice (a rollback after a crash) finds its deliveries: the unique (endpoint, event) index decides.
    for (let i = 0; i < rows.length; i += INSERT_CHUNK)
      await tx
        .insert(webhookDeliveries)
        .values(rows.slice(i, i + INSERT_CHUNK))
        .onConflictDoNothing();
  });
}
