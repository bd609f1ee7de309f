/**
 * The 12-month MRR forecast of an account's monthly subscriptions: the sBG fitted to its own signup cohorts,
 * applied to today's paying subscribers by how long they have paid, less cancellations already scheduled, plus
 * trials in flight at the account's observed conversion. MRR here is list price × quantity of licensed items
 * (discounts are not applied).
 */
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { rowsOf } from '../../db/index.ts';
import { accounts } from '../../db/schema/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';
import { localDay } from '../engagement/index.ts';
import { type Lifetime, paidPeriods, signupCohorts } from './core/cohorts.ts';
import { forecastMrr } from './core/forecast.ts';
import { fitSbgCohorts, sbgDerl } from './core/sbg.ts';

type SubscriptionFacts = {
  status: string;
  currency: string;
  start_date: Date;
  trial_end: Date | null;
  ended_at: Date | null;
  cancel_at_period_end: boolean;
  current_period_end: Date;
  mrr: string;
};

const months = (from: string, to: string) => {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return Math.max(0, (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0));
};

export async function mrrForecast(
  ctx: AppContext,
  accountId: string,
  options: { months?: number | undefined; currency?: string | undefined; discount_rate?: number | undefined },
) {
  const now = toDate(ctx.clock.now());
  const [account] = await ctx.db
    .select({ timeZone: accounts.timeZone })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  const day = (d: Date) => localDay(d, account?.timeZone ?? 'UTC');
  const today = day(now);
  const subs = rowsOf<SubscriptionFacts>(
    await ctx.db.execute(sql`select s.status, s.currency, s.start_date, s.trial_end, s.ended_at,
        s.cancel_at_period_end, s.current_period_end,
        coalesce(sum(p.unit_amount * i.quantity) filter (where coalesce(p.usage_type, 'licensed') = 'licensed'), 0)::text as mrr
      from subscriptions s
        join subscription_items i on i.account_id = s.account_id and i.subscription_id = s.id
        join prices p on p.account_id = i.account_id and p.id = i.price_id
      where s.account_id = ${accountId} and s.interval = 'month' and s.interval_count = 1 and s.start_date <= ${now.toISOString()}
      group by s.account_id, s.id`),
  ).map((s) => ({ ...s, ...dates(s) }));
  const paying = (s: { status: string }) => s.status === 'active' || s.status === 'past_due';
  const currency =
    options.currency?.toLowerCase() ?? mostCommon(subs.filter(paying).map((s) => s.currency)) ?? subs[0]?.currency;
  const mine = subs.filter((s) => s.currency === currency);
  // A trial that ended without a payment feeds the conversion rate, not retention.
  const trialEnded = mine.filter((s) => s.trial_end !== null && s.trial_end <= now);
  const converted = trialEnded.filter((s) => s.ended_at === null || s.ended_at > s.trial_end!);
  const lifetimes: Lifetime[] = mine
    .filter((s) => s.status !== 'trialing' && (s.trial_end === null || s.ended_at === null || s.ended_at > s.trial_end))
    .map((s) => ({ paidStart: day(s.trial_end ?? s.start_date), ended: s.ended_at ? day(s.ended_at) : null }));
  const cohorts = signupCohorts(lifetimes, today).filter((c) => c.survival.length > 0);
  if (cohorts.length === 0)
    throw invalid(
      'retention_history_missing',
      'No monthly subscription has been observed for a renewal yet',
      'currency',
    );
  const retention = fitSbgCohorts(cohorts);
  const payingNow = mine.filter(paying).map((s) => ({
    s,
    mrr: Number(s.mrr),
    paidPeriods: Math.max(1, paidPeriods({ paidStart: day(s.trial_end ?? s.start_date), ended: null }, today)),
  }));
  const active = payingNow.map(({ mrr, paidPeriods }) => ({ mrr, paidPeriods }));
  const trialConversion = trialEnded.length ? converted.length / trialEnded.length : 0;
  const data = forecastMrr({
    months: options.months ?? 12,
    retention,
    active,
    // a cancellation at period end: from the month after the current period, that subscriber's MRR is gone
    scheduled: payingNow
      .filter(({ s }) => s.cancel_at_period_end)
      .map(({ s, mrr, paidPeriods }) => ({
        delta: -mrr,
        paidPeriods,
        fromMonth: months(today, day(s.current_period_end)) + 1,
      })),
    trials: mine
      .filter((s) => s.status === 'trialing' && s.trial_end !== null)
      .map((s) => ({ mrr: Number(s.mrr), firstPaidMonth: months(today, day(s.trial_end!)) + 1 })),
    trialConversion,
  });
  const discountRate = options.discount_rate ?? 0.01;
  const currentMrr = active.reduce((s, a) => s + a.mrr, 0);
  const averageMrr = active.length ? currentMrr / active.length : 0;
  const derl = sbgDerl(retention, discountRate, 1);
  return {
    object: 'mrr_forecast' as const,
    as_of: toUnix(now),
    currency: currency ?? null,
    retention: {
      alpha: round(retention.alpha, 4),
      beta: round(retention.beta, 4),
      cohorts: cohorts.length,
      subscriptions: lifetimes.length,
    },
    trial_conversion: round(trialConversion, 4),
    current_mrr: currentMrr,
    lifetime_value: {
      discount_rate: discountRate,
      expected_residual_months: round(derl, 3),
      new_subscriber: Math.round(averageMrr * (1 + derl)),
    },
    data,
  };
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** pg returns timestamptz as Date, PGlite too; normalise for both drivers. */
function dates(s: SubscriptionFacts) {
  const d = (v: Date | string | null) => (v === null ? null : new Date(v));
  return {
    start_date: d(s.start_date)!,
    trial_end: d(s.trial_end),
    ended_at: d(s.ended_at),
    current_period_end: d(s.current_period_end)!,
  };
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
