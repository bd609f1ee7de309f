import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { anyOf, subscriptionCustomer } from '../../db/index.ts';
import { accounts, customers, events, mrrDiscountEdges, subscriptions, testClocks } from '../../db/schema/index.ts';
import { fromUnix, toDate, toUnix } from '../../kernel/clock.ts';
import type { DueEdge } from './cause.ts';
import { pastDueChurnAt, pastDueSince } from './core/index.ts';
import { analyticsOptions } from './options.ts';

/** Sorts after `evt_` ids, so a subscription event at the same instant is recorded first (see discount-edges.ts). */
const KEY_PREFIX = 'pastdue_';

type Candidate = {
  accountId: string;
  id: string;
  customerId: string;
  pastDueSince: Date | null;
  clockTime: Date | null;
};

/** Past-due subscriptions of accounts that auto-churn them, with their clock's time when on a test clock. */
async function candidates(ctx: AppContext, accountIds: string[]): Promise<Candidate[]> {
  if (accountIds.length === 0) return [];
  return ctx.db
    .select({
      accountId: subscriptions.accountId,
      id: subscriptions.id,
      customerId: subscriptions.customerId,
      pastDueSince: subscriptions.pastDueSince,
      clockTime: testClocks.frozenTime,
    })
    .from(subscriptions)
    .innerJoin(customers, subscriptionCustomer)
    .leftJoin(testClocks, and(eq(testClocks.accountId, customers.accountId), eq(testClocks.id, customers.testClock)))
    .where(and(inArray(subscriptions.accountId, accountIds), eq(subscriptions.status, 'past_due')));
}

/**
 * When the subscription's current past_due run began, replayed from its stored events (clock time): only for
 * subscriptions that became past_due before `past_due_since` was recorded (migration 0010).
 */
async function runStartFromEvents(ctx: AppContext, c: Candidate): Promise<number | null> {
  const rows = await ctx.db
    .select({ created: events.created, status: sql<string>`${events.data}->'object'->>'status'` })
    .from(events)
    .where(
      and(
        eq(events.accountId, c.accountId),
        sql`starts_with(${events.type}, 'customer.subscription.')`,
        sql`${events.data}->'object'->>'id' = ${c.id}`,
      ),
    )
    .orderBy(asc(events.id));
  const since = pastDueSince(rows.map((r) => ({ id: c.id, status: r.status, at: toUnix(r.created) })));
  return since.get(c.id) ?? null;
}

/** The runs among `keys` already recorded, in one query for the whole tick. */
async function handledKeys(ctx: AppContext, accountIds: string[], keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await ctx.db
    .select({ key: mrrDiscountEdges.discountId })
    .from(mrrDiscountEdges)
    .where(and(anyOf(mrrDiscountEdges.accountId, accountIds), anyOf(mrrDiscountEdges.discountId, keys)));
  return new Set(rows.map((r) => r.key));
}

/**
 * Auto-churn of past-due subscriptions as due work (account option `past_due_churn_after_days`, options.ts): when
 * a subscription has been past_due for N days — in the customer's time, so test clocks included — the customer's MRR
 * is recomputed once at that instant through the movement engine (merged in time order with subscription events,
 * like discount edges), which no longer counts the subscription: a churn, or a contraction if the customer pays for
 * others. Recovery is the subscription event back to active, recorded as reactivation or expansion.
 * Each run (keyed by subscription and run start) is handled once; the marker reuses mrr_discount_edges with a
 * `pastdue_` key, since no schema change was allowed for this (ids never collide with discount ids).
 */
export async function duePastDueChurns(ctx: AppContext, now: Date, limit: number): Promise<DueEdge[]> {
  const rows = await ctx.db
    .select({ id: accounts.id, settings: accounts.settings })
    .from(accounts)
    .where(sql`${accounts.settings}->'analytics'->'past_due_churn_after_days' is not null`);
  const days = new Map<string, number>();
  for (const a of rows) {
    const n = analyticsOptions(a.settings).pastDueChurnAfterDays;
    if (n !== null) days.set(a.id, n);
  }
  const runs: { c: Candidate; at: number; key: string }[] = [];
  for (const c of await candidates(ctx, [...days.keys()])) {
    const since = c.pastDueSince ? toUnix(c.pastDueSince) : await runStartFromEvents(ctx, c);
    if (since === null) continue;
    const at = pastDueChurnAt(since, days.get(c.accountId)!);
    if (at > toUnix(c.clockTime ?? now)) continue;
    runs.push({ c, at, key: `${KEY_PREFIX}${c.id}_${since}` });
  }
  const handled = await handledKeys(
    ctx,
    [...days.keys()],
    runs.map((r) => r.key),
  );
  const due: DueEdge[] = [];
  for (const { c, at, key } of runs) {
    if (due.length >= limit) break;
    if (handled.has(key)) continue;
    due.push({
      accountId: c.accountId,
      cause: { key, at: toDate(fromUnix(at)), customerId: c.customerId, upToEvent: null },
      markDone: async (db) => {
        await db
          .insert(mrrDiscountEdges)
          .values({ accountId: c.accountId, discountId: key, edge: 'start' })
          .onConflictDoNothing();
      },
    });
  }
  return due;
}
