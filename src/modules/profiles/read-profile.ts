/**
 * The subscriber profile: one read that joins what Tenure knows of a customer — declared attributes, geography,
 * technographics, behaviour from the engagement rollups and value from billing — as of the customer's clock.
 */
import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { rowsOf } from '../../db/index.ts';
import { accounts, engagementDaily, mrrMovements, payments, subscriptions } from '../../db/schema/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { findCustomer } from '../customers/index.ts';
import { localDay } from '../engagement/index.ts';
import { timeFor } from '../test-clocks/index.ts';
import { behaviourOf, wholeMonths } from './core/behaviour.ts';

const DAY_MS = 86_400_000;

export async function readProfile(ctx: AppContext, accountId: string, customerId: string) {
  const customer = await findCustomer(ctx, accountId, customerId);
  const now = toDate(await timeFor(ctx, accountId, customer.testClock));
  const [account] = await ctx.db
    .select({ timeZone: accounts.timeZone })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  const timeZone = account?.timeZone ?? 'UTC';
  const today = localDay(now, timeZone);
  const since = localDay(new Date(now.getTime() - 95 * DAY_MS), timeZone);
  const [days, subs, mrr, billing] = await Promise.all([
    ctx.db
      .select()
      .from(engagementDaily)
      .where(
        and(
          eq(engagementDaily.accountId, accountId),
          eq(engagementDaily.customerId, customerId),
          gte(engagementDaily.day, since),
        ),
      ),
    ctx.db
      .select({
        startDate: subscriptions.startDate,
        status: subscriptions.status,
        pastDueSince: subscriptions.pastDueSince,
      })
      .from(subscriptions)
      .where(and(eq(subscriptions.accountId, accountId), eq(subscriptions.customerId, customerId))),
    ctx.db
      .select({ mrr: mrrMovements.mrrAfter, currency: mrrMovements.currency })
      .from(mrrMovements)
      .where(and(eq(mrrMovements.accountId, accountId), eq(mrrMovements.customerId, customerId)))
      .orderBy(desc(mrrMovements.date), desc(mrrMovements.eventId))
      .limit(1),
    billingFacts(ctx, accountId, customerId, new Date(now.getTime() - 90 * DAY_MS)),
  ]);
  const lastEngaged = await lastEngagedDay(ctx, accountId, customerId);
  const { behaviour, technographics } = behaviourOf(
    [
      ...days.map((d) => ({ ...d, secondsWatched: d.secondsWatched })),
      // a day older than the 95 fetched still sets recency
      ...(lastEngaged && lastEngaged < since
        ? [{ day: lastEngaged, secondsWatched: 0, events: 1, genres: {}, channels: {}, devices: {} }]
        : []),
    ],
    today,
  );
  const firstStart = subs.reduce<Date | null>((a, s) => (a === null || s.startDate < a ? s.startDate : a), null);
  const pastDue = subs.map((s) => s.pastDueSince).filter((d): d is Date => d !== null);
  const oldestPastDue = pastDue.length ? Math.min(...pastDue.map((d) => d.getTime())) : null;
  const address = customer.address ?? {};
  return {
    object: 'customer_profile' as const,
    customer: customer.id,
    as_of: toUnix(now),
    declared: { attributes: customer.attributes, tags: customer.tags },
    geography: {
      country: address.country ?? null,
      region: address.region ?? null,
      city: address.city ?? null,
      postal_code: address.postal_code ?? null,
      locale: customer.locale,
    },
    technographics: { ...technographics, connection_speed: null },
    behaviour: {
      ...behaviour,
      tenure_months: firstStart ? wholeMonths(localDay(firstStart, timeZone), today) : 0,
      subscriptions: {
        total: subs.length,
        active: subs.filter((s) => s.status === 'active' || s.status === 'past_due' || s.status === 'trialing').length,
      },
      payment_failures: billing.failures,
      days_past_due: oldestPastDue === null ? 0 : Math.max(0, Math.floor((now.getTime() - oldestPastDue) / DAY_MS)),
    },
    value: {
      mrr: mrr[0]?.mrr ?? 0,
      mrr_currency: mrr[0]?.currency ?? null,
      revenue_to_date: billing.revenue,
    },
  };
}

/** The newest day with any engagement, however old. */
async function lastEngagedDay(ctx: AppContext, accountId: string, customerId: string): Promise<string | null> {
  const [row] = await ctx.db
    .select({ day: engagementDaily.day })
    .from(engagementDaily)
    .where(and(eq(engagementDaily.accountId, accountId), eq(engagementDaily.customerId, customerId)))
    .orderBy(desc(engagementDaily.day))
    .limit(1);
  return row?.day ?? null;
}

/**
 * Revenue to date per currency: succeeded payments less what was refunded from them. Failed payment attempts,
 * all time and in the last 90 days.
 */
async function billingFacts(ctx: AppContext, accountId: string, customerId: string, since: Date) {
  const rows = rowsOf<{ currency: string; revenue: number; failures: number; recent: number }>(
    await ctx.db.execute(sql`select ${payments.currency} as currency,
        coalesce(sum(${payments.amount} - ${payments.amountRefunded}) filter (where ${payments.status} = 'succeeded'), 0)::bigint as revenue,
        (count(*) filter (where ${payments.status} = 'failed'))::int as failures,
        (count(*) filter (where ${payments.status} = 'failed' and ${payments.created} >= ${since.toISOString()}))::int as recent
      from ${payments} where ${payments.accountId} = ${accountId} and ${payments.customerId} = ${customerId}
      group by 1 order by 1`),
  );
  return {
    revenue: rows
      .filter((r) => Number(r.revenue) !== 0)
      .map((r) => ({ currency: r.currency, amount: Number(r.revenue) })),
    failures: {
      total: rows.reduce((s, r) => s + r.failures, 0),
      last_90_days: rows.reduce((s, r) => s + r.recent, 0),
    },
  };
}
