import { and, eq, isNotNull, lt, notExists, or, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { subscriptionCustomer } from '../../db/index.ts';
import { accounts, customers, mrrDiscountEdges, subscriptions, testClocks } from '../../db/schema/index.ts';
import type { DueEdge } from './cause.ts';

/**
 * Sorts before `evt_` ids: a subscription event at the same instant, even one recorded later (a test clock stopped
 * exactly at the period end), then finds this movement as its predecessor and does not count the end twice.
 */
const KEY_PREFIX = 'cpe_';

/**
 * Churn at the end of the service period (`churn_recognition: period_end`, the default): a subscription canceled
 * before the end of the period it was invoiced for keeps counting until then (core/churn-recognition.ts), so the
 * customer's MRR is recomputed once at that instant — in the customer's time, test clocks included — through the
 * movement engine, like discount edges. The marker reuses mrr_discount_edges with a `cpe_` key.
 */
export async function dueServiceEnds(ctx: AppContext, now: Date, limit: number): Promise<DueEdge[]> {
  const key = sql<string>`${KEY_PREFIX} || ${subscriptions.id}`;
  const rows = await ctx.db
    .select({
      accountId: subscriptions.accountId,
      customerId: subscriptions.customerId,
      key,
      at: subscriptions.currentPeriodEnd,
    })
    .from(subscriptions)
    .innerJoin(accounts, eq(accounts.id, subscriptions.accountId))
    .innerJoin(customers, subscriptionCustomer)
    .leftJoin(testClocks, and(eq(testClocks.accountId, customers.accountId), eq(testClocks.id, customers.testClock)))
    .where(
      and(
        eq(subscriptions.status, 'canceled'),
        isNotNull(subscriptions.endedAt),
        lt(subscriptions.endedAt, subscriptions.currentPeriodEnd),
        // Canceled during a trial: nothing was paid for, so nothing to wait for.
        or(sql`${subscriptions.trialEnd} is null`, lt(subscriptions.trialEnd, subscriptions.endedAt)),
        sql`${subscriptions.currentPeriodEnd} <= coalesce(${testClocks.frozenTime}, ${now})`,
        sql`coalesce(${accounts.settings}->'analytics'->>'churn_recognition', 'period_end') = 'period_end'`,
        notExists(
          ctx.db
            .select({ one: sql`1` })
            .from(mrrDiscountEdges)
            .where(and(eq(mrrDiscountEdges.accountId, subscriptions.accountId), eq(mrrDiscountEdges.discountId, key))),
        ),
      ),
    )
    .limit(limit);
  return rows.map((r) => ({
    accountId: r.accountId,
    cause: { key: r.key, at: r.at, customerId: r.customerId, upToEvent: null },
    markDone: async (db) => {
      await db
        .insert(mrrDiscountEdges)
        .values({ accountId: r.accountId, discountId: r.key, edge: 'start' })
        .onConflictDoNothing();
    },
  }));
}
