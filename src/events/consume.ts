/**
 * The one outbox reader. Events are read in commit order, not id order: an event id is minted (wall time) before its
 * transaction commits, so by id a late commit lands behind events already read. Each event row carries its writing
 * transaction's id (`xid`) and a sequence number; a reader takes rows in (xid, seq) order and only below the oldest
 * transaction of this database still running (see commitHorizon). Every row below that horizon is final — committed or gone — so a
 * position never moves past an event that could still appear, however long its transaction stays open: the readers
 * wait for it instead of a wall-clock grace after which it was skipped. On PGlite (one connection) the horizon is
 * simply the next transaction, and the same code holds.
 */
import { and, asc, count, eq, inArray, isNull, min, or, type SQL, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../db/index.ts';
import { events, outboxConsumers } from '../db/schema/index.ts';
import { comparePositions, nextPosition, type OutboxPosition, START } from './core/position.ts';

export type { OutboxPosition } from './core/position.ts';

export type OutboxEvent = typeof events.$inferSelect;
export type OutboxConsumer = {
  /** The key of its position in `outbox_consumers` and its label at /metrics. */
  name: string;
  /** Event types it reads: exact (`invoice.paid`), a family (`invoice.*`) or `*`. */
  types: readonly string[];
};

/** `invoice.*` matches every invoice event, as webhook endpoints and Stripe's event list allow; `*` all. */
export function typeCondition(patterns: readonly string[]): SQL | undefined {
  if (patterns.includes('*')) return undefined;
  const prefixes = patterns.filter((p) => p.endsWith('.*')).map((p) => p.slice(0, -1));
  const exact = patterns.filter((p) => !p.endsWith('.*'));
  const parts: SQL[] = prefixes.map((prefix) => sql`starts_with(${events.type}, ${prefix})`);
  if (exact.length) parts.push(inArray(events.type, exact));
  return parts.length ? or(...parts) : sql`false`;
}

const after = (position: OutboxPosition) => sql`(${events.xid}, ${events.seq}) > (${position.xid}, ${position.seq})`;

/**
 * The lowest xid that may still commit events: the oldest transaction of this database still running (or prepared),
 * or this transaction's own xid if lower (our own uncommitted events are not final either); else the next xid to be
 * assigned. Every event with a lower xid is visible to any later statement. Transactions of other databases on the
 * same server are left out (they cannot write our outbox), so a long bulk load elsewhere does not stall consumers.
 * The snapshot's running xids (xid8) are matched on their low 32 bits to pg_stat_activity's backend_xid (xid).
 */
async function commitHorizon(db: Db): Promise<number> {
  // Statistics views are read once per transaction unless cleared: a stale list could miss a newer writer.
  await db.execute(sql`select pg_stat_clear_snapshot()`);
  const [row] = rowsOf<{ horizon: string | number }>(
    // A plain SELECT (no WITH): the PGlite worker counts any other statement as a write that ends its idle backoff.
    await db.execute(sql`
      select least(
        coalesce(
          (select min(x::text::bigint) from pg_snapshot_xip(pg_current_snapshot()) as x
            where x::text::bigint % 4294967296 in (
              select backend_xid::text::bigint from pg_stat_activity
                where datname = current_database() and backend_xid is not null
              union all
              select transaction::text::bigint from pg_prepared_xacts where database = current_database())),
          pg_snapshot_xmax(pg_current_snapshot())::text::bigint),
        coalesce(pg_current_xact_id_if_assigned()::text::bigint, pg_snapshot_xmax(pg_current_snapshot())::text::bigint)
      ) as horizon`),
  );
  return Number(row!.horizon);
}

/**
 * Up to `limit` events of `types` after `from`, in commit order, and the position to read from next: the last row
 * of a full batch, else everything below the horizon (so events of other types are never scanned twice).
 */
export async function readOutbox(
  db: Db,
  from: OutboxPosition,
  types: readonly string[],
  limit: number,
): Promise<{ events: OutboxEvent[]; next: OutboxPosition }> {
  const horizon = await commitHorizon(db);
  const rows = await db
    .select()
    .from(events)
    .where(and(sql`${events.xid} < ${horizon}`, after(from), typeCondition(types)))
    .orderBy(asc(events.xid), asc(events.seq))
    .limit(limit);
  return { events: rows, next: nextPosition(from, rows, limit, horizon) };
}

/** The consumer's position (the start of the outbox if it never ran). */
export async function consumerPosition(db: Db, name: string): Promise<OutboxPosition> {
  const [row] = await db.select().from(outboxConsumers).where(eq(outboxConsumers.name, name));
  return row ? { xid: row.xid, seq: row.seq } : START;
}

/**
 * One batch of a consumer, in one transaction: its position is locked (another worker holding it means that worker
 * is on this batch: 0 is returned), up to `limit` events are read and handed to `handle` with the transaction, and
 * the position moves past them. A failing `handle` rolls everything back, so the batch is read again.
 * Returns how many events were handled. Writes nothing when nothing is new (an idle PGlite worker backs off).
 */
export async function consumeOutbox(
  db: Db,
  consumer: OutboxConsumer,
  limit: number,
  handle: (tx: Db, batch: OutboxEvent[]) => Promise<void>,
): Promise<number> {
  const [known] = await db.select().from(outboxConsumers).where(eq(outboxConsumers.name, consumer.name));
  if (!known)
    await db
      .insert(outboxConsumers)
      .values({ name: consumer.name, ...START })
      .onConflictDoNothing();
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select()
      .from(outboxConsumers)
      .where(eq(outboxConsumers.name, consumer.name))
      .for('update', { skipLocked: true });
    if (!locked) return 0;
    const from = { xid: locked.xid, seq: locked.seq };
    const { events: batch, next } = await readOutbox(tx, from, consumer.types, limit);
    if (batch.length > 0) await handle(tx, batch);
    if (comparePositions(next, from) !== 0)
      await tx.update(outboxConsumers).set(next).where(eq(outboxConsumers.name, consumer.name));
    return batch.length;
  });
}

/** Events the consumer has not read yet, and the oldest live (not test-clock) one's time: for /metrics. */
export async function consumerBacklog(
  db: Db,
  consumer: OutboxConsumer,
): Promise<{ count: number; oldest: Date | null }> {
  const from = await consumerPosition(db, consumer.name);
  const [row] = await db
    .select({
      count: count(),
      // Test-clock events carry simulated time: only live ones tell how long the consumer lags.
      oldest: sql<Date | null>`min(case when ${isNull(events.testClock)} then ${events.created} end)`.mapWith(
        events.created,
      ),
    })
    .from(events)
    .where(and(after(from), typeCondition(consumer.types)));
  return { count: row?.count ?? 0, oldest: row?.oldest ?? null };
}

/** The oldest `created` among one account's unread events of the consumer, per test clock ('' = live customers). */
export async function unreadSince(db: Db, consumer: OutboxConsumer, accountId: string, testClock: string | null) {
  const from = await consumerPosition(db, consumer.name);
  const [row] = await db
    .select({ oldest: min(events.created) })
    .from(events)
    .where(
      and(
        eq(events.accountId, accountId),
        testClock === null ? isNull(events.testClock) : eq(events.testClock, testClock),
        after(from),
        typeCondition(consumer.types),
      ),
    );
  return row?.oldest ?? null;
}
