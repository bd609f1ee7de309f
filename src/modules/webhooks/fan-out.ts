import { and, asc, eq, gt, inArray, max, notExists, or, type SQL, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { byId } from '../../db/find.ts';
import { events, webhookDeliveries, webhookEndpoints } from '../../db/schema/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { idFloor, idTime, newId } from '../../kernel/ids.ts';
import { eventFilter } from './core/index.ts';
import type { EndpointRow } from './present.ts';

/**
 * Event ids are minted before their transaction commits, so an event can become visible after a newer one was
 * already fanned out. Each scan therefore looks back this far before the cursor (deliveries that exist are
 * skipped): an event whose transaction stays open longer than this after writing it is not delivered.
 */
const COMMIT_GRACE_MS = 60_000;

/** The SQL form of an endpoint's enabled_events (see core/event-filter.ts). */
function typeCondition(patterns: readonly string[]): SQL | undefined {
  const filter = eventFilter(patterns);
  if (filter.all) return undefined;
  const parts: SQL[] = filter.prefixes.map((prefix) => sql`starts_with(${events.type}, ${prefix})`);
  if (filter.types.length) parts.push(inArray(events.type, filter.types));
  return parts.length ? or(...parts) : sql`false`;
}

async function newestEventId(ctx: AppContext, accountId: string): Promise<string | null> {
  const [row] = await ctx.db
    .select({ id: max(events.id) })
    .from(events)
    .where(eq(events.accountId, accountId));
  return row?.id ?? null;
}

/** Matching events after the endpoint's start that it has no delivery for yet, oldest first. */
async function undelivered(ctx: AppContext, endpoint: EndpointRow, limit: number) {
  const lookBack = idFloor('evt', idTime(endpoint.fanoutCursor) - COMMIT_GRACE_MS);
  const from = lookBack > endpoint.eventsAfter ? lookBack : endpoint.eventsAfter;
  const delivered = ctx.db
    .select({ one: sql`1` })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.accountId, events.accountId),
        eq(webhookDeliveries.endpointId, endpoint.id),
        eq(webhookDeliveries.eventId, events.id),
      ),
    );
  return ctx.db
    .select({ id: events.id, type: events.type })
    .from(events)
    .where(
      and(
        eq(events.accountId, endpoint.accountId),
        gt(events.id, from),
        typeCondition(endpoint.enabledEvents),
        notExists(delivered),
      ),
    )
    .orderBy(asc(events.id))
    .limit(limit);
}

async function fanOutToEndpoint(ctx: AppContext, endpoint: EndpointRow, newest: string | null, limit: number) {
  const found = await undelivered(ctx, endpoint, limit);
  const now = toDate(ctx.clock.now());
  if (found.length > 0) {
    const rows = found.map((event) => ({
      accountId: endpoint.accountId,
      id: newId('whd'),
      endpointId: endpoint.id,
      eventId: event.id,
      eventType: event.type,
      nextAttemptAt: now,
      created: now,
    }));
    // Another worker may have fanned out the same events meanwhile: the unique (endpoint, event) index decides.
    await ctx.db.insert(webhookDeliveries).values(rows).onConflictDoNothing();
  }
  // The cursor only moves past events this scan saw whole; a full batch leaves it for the next scan.
  if (found.length < limit && newest && newest > endpoint.fanoutCursor) {
    await ctx.db
      .update(webhookEndpoints)
      .set({ fanoutCursor: newest })
      .where(byId(webhookEndpoints, endpoint.accountId, endpoint.id));
  }
  return found.length;
}

/**
 * Creates one delivery per (enabled endpoint, matching event) for events written since the endpoint started;
 * returns how many. Deliveries keep the event's id, which orders them per endpoint.
 */
export async function fanOut(ctx: AppContext, limit: number): Promise<number> {
  const endpoints = await ctx.db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.status, 'enabled'), eq(webhookEndpoints.deleted, false)));
  const newestByAccount = new Map<string, string | null>();
  let created = 0;
  for (const endpoint of endpoints) {
    // Read before scanning, so an event committed in between is newer than the cursor and scanned next time.
    if (!newestByAccount.has(endpoint.accountId))
      newestByAccount.set(endpoint.accountId, await newestEventId(ctx, endpoint.accountId));
    created += await fanOutToEndpoint(ctx, endpoint, newestByAccount.get(endpoint.accountId)!, limit);
  }
  return created;
}
