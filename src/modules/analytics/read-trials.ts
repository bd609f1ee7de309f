import { and, eq, gt, gte, isNotNull, lt, min, or } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { invoices, subscriptions } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';
import { type TrialRecord, trialConversion, trialOutcome } from './core/index.ts';
import { type ReportQuery, reportRange, unixOrNull } from './report-range.ts';

/**
 * Trial conversion over [start, end) from the subscriptions' trial columns and their first paid invoice with a
 * non-zero total (see core/trials.ts for the definitions). Default window: the last 30 days. `data` lists every trial
 * behind the figures with its outcome as of `end`, so each number can be checked.
 */
export async function trialReport(ctx: AppContext, accountId: string, q: ReportQuery) {
  const { start, end, startDate, endDate } = reportRange(ctx, q, 30);
  const paid = ctx.db
    .select({ subscriptionId: invoices.subscriptionId, at: min(invoices.paidAt).as('first_paid_at') })
    .from(invoices)
    .where(
      and(
        eq(invoices.accountId, accountId),
        eq(invoices.status, 'paid'),
        gt(invoices.total, 0),
        isNotNull(invoices.subscriptionId),
      ),
    )
    .groupBy(invoices.subscriptionId)
    .as('paid');
  const rows = await ctx.db
    .select({
      id: subscriptions.id,
      customer: subscriptions.customerId,
      status: subscriptions.status,
      trialStart: subscriptions.trialStart,
      trialEnd: subscriptions.trialEnd,
      canceledAt: subscriptions.canceledAt,
      endedAt: subscriptions.endedAt,
      firstPaidAt: paid.at,
    })
    .from(subscriptions)
    .leftJoin(paid, eq(paid.subscriptionId, subscriptions.id))
    .where(
      and(
        eq(subscriptions.accountId, accountId),
        isNotNull(subscriptions.trialStart),
        isNotNull(subscriptions.trialEnd),
        lt(subscriptions.trialStart, endDate),
        // A trial whose scheduled end is before the window ended before it (cancelling only ends it earlier).
        or(gte(subscriptions.trialEnd, startDate), eq(subscriptions.status, 'trialing')),
      ),
    )
    .orderBy(subscriptions.trialStart, subscriptions.id);
  const trials = rows.map((r) => ({
    customer: r.customer,
    record: {
      subscription: r.id,
      trial_start: toUnix(r.trialStart!),
      trial_end: toUnix(r.trialEnd!),
      trialing_now: r.status === 'trialing',
      // When it actually stopped: a cancel-at-period-end requested in the trial ends it at trial end, not at request.
      canceled_at: r.status === 'canceled' ? unixOrNull(r.endedAt ?? r.canceledAt) : null,
      first_paid_at: r.firstPaidAt == null ? null : toUnix(new Date(r.firstPaidAt as unknown as string | Date)),
    } satisfies TrialRecord,
  }));
  const figures = trialConversion(
    trials.map((t) => t.record),
    start,
    end,
  );
  return {
    object: 'trial_conversion',
    start,
    end,
    ...figures,
    data: trials.map(({ customer, record }) => ({
      object: 'trial',
      id: record.subscription,
      customer,
      trial_start: record.trial_start,
      trial_end: record.trial_end,
      outcome: trialOutcome(record, end),
      converted_at: record.first_paid_at,
    })),
  };
}
