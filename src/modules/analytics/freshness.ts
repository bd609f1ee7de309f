/**
 * `complete_through`: the unix second up to which every MRR movement of the account is recorded, so a client reads
 * it instead of polling and guessing. Movements are recorded by the worker after the fact (from outbox events and
 * discount edges falling due), and each customer lives in its own time: live customers in the clock's now, test-clock
 * customers in their clock's frozen time. Each timeline is complete up to its time, or to just before its oldest
 * subscription event or discount edge not recorded yet; the account is complete through the earliest of them.
 */
import { and, eq, isNull, min, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { customers, events, testClocks } from '../../db/schema/index.ts';
import { consumerPosition } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { pendingDiscountEdges } from './discount-edges.ts';
import { MRR_CONSUMER } from './record-movements.ts';

/** Subscription events of the account the MRR engine has not read, oldest per test clock ('' = live). */
async function unreadEvents(ctx: AppContext, accountId: string): Promise<Map<string, Date>> {
  const from = await consumerPosition(ctx.db, MRR_CONSUMER.name);
  const rows = await ctx.db
    .select({ clock: events.testClock, oldest: min(events.created) })
    .from(events)
    .where(
      and(
        eq(events.accountId, accountId),
        sql`(${events.xid}, ${events.seq}) > (${from.xid}, ${from.seq})`,
        sql`starts_with(${events.type}, 'customer.subscription.')`,
      ),
    )
    .groupBy(events.testClock);
  return new Map(rows.map((r) => [r.clock ?? '', new Date(r.oldest as unknown as string | Date)]));
}

/** Live customers (if any) at the clock's now, and each test clock that has customers at its frozen time. */
async function timelines(ctx: AppContext, accountId: string, now: Date): Promise<Map<string, Date>> {
  const out = new Map<string, Date>();
  const [live] = await ctx.db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.accountId, accountId), isNull(customers.testClock)))
    .limit(1);
  if (live) out.set('', now);
  const clocks = await ctx.db
    .select({ id: testClocks.id, frozenTime: testClocks.frozenTime })
    .from(testClocks)
    .where(
      and(
        eq(testClocks.accountId, accountId),
        sql`exists (select 1 from ${customers} where ${customers.accountId} = ${testClocks.accountId} and ${customers.testClock} = ${testClocks.id})`,
      ),
    );
  for (const clock of clocks) out.set(clock.id, clock.frozenTime);
  return out;
}

/** Unix seconds through which the account's MRR movements are all recorded (see above). */
export async function completeThrough(ctx: AppContext, accountId: string): Promise<number> {
  const now = toDate(ctx.clock.now());
  const times = await timelines(ctx, accountId, now);
  if (times.size === 0) return Math.floor(now.getTime() / 1000);
  const unread = await unreadEvents(ctx, accountId);
  const edges = await pendingDiscountEdges(ctx, accountId, now);
  let through = Number.POSITIVE_INFINITY;
  for (const [timeline, at] of times) {
    let complete = at.getTime() / 1000;
    // A movement at the instant of an unrecorded cause may be missing: complete only up to the second before it.
    for (const pending of [unread.get(timeline), edges.get(timeline)])
      if (pending) complete = Math.min(complete, pending.getTime() / 1000 - 1);
    through = Math.min(through, complete);
  }
  return Math.floor(through);
}

/**
 * A metrics answer with its `complete_through`, read before the figures: movements recorded in between only make
 * the figures fresher than it says, never staler.
 */
export async function withCompleteThrough<T extends object>(
  ctx: AppContext,
  accountId: string,
  read: () => Promise<T>,
): Promise<T & { complete_through: number }> {
  const through = await completeThrough(ctx, accountId);
  return { ...(await read()), complete_through: through };
}
