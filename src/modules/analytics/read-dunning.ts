import { and, eq, gte, isNotNull, lt, min } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { invoices, payments, subscriptions } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';
import { type DunningRecord, dunningOutcome, dunningRecovery } from './core/index.ts';
import { type ReportQuery, reportRange, unixOrNull } from './report-range.ts';

const earliest = (...at: (number | null)[]): number | null => {
  const known = at.filter((x): x is number => x !== null);
  return known.length ? Math.min(...known) : null;
};

/**
 * Dunning recovery over [start, end): invoices whose first failed automatic charge attempt (a `failed` payment row
 * written by collection, not an out-of-band one) falls in the window, with their outcome as of `end` (see
 * core/dunning.ts). Default window: the last 30 days. `data` lists the invoices behind the figures.
 */
export async function dunningReport(ctx: AppContext, accountId: string, q: ReportQuery) {
  const { start, end, startDate, endDate } = reportRange(ctx, q, 30);
  const firstFailure = ctx.db
    .select({ invoiceId: payments.invoiceId, at: min(payments.created).as('failed_at') })
    .from(payments)
    .where(
      and(
        eq(payments.accountId, accountId),
        eq(payments.status, 'failed'),
        eq(payments.outOfBand, false),
        isNotNull(payments.invoiceId),
      ),
    )
    .groupBy(payments.invoiceId)
    .as('first_failure');
  const rows = await ctx.db
    .select({
      id: invoices.id,
      customer: invoices.customerId,
      currency: invoices.currency,
      amountDue: invoices.amountDue,
      paidAt: invoices.paidAt,
      status: invoices.status,
      voidedAt: invoices.voidedAt,
      uncollectibleAt: invoices.markedUncollectibleAt,
      failedAt: firstFailure.at,
      subStatus: subscriptions.status,
      subEndedAt: subscriptions.endedAt,
      subCanceledAt: subscriptions.canceledAt,
      cancellation: subscriptions.cancellationDetails,
    })
    .from(firstFailure)
    .innerJoin(invoices, and(eq(invoices.accountId, accountId), eq(invoices.id, firstFailure.invoiceId)))
    .leftJoin(subscriptions, and(eq(subscriptions.accountId, accountId), eq(subscriptions.id, invoices.subscriptionId)))
    .where(
      and(
        eq(invoices.collectionMethod, 'charge_automatically'),
        gte(firstFailure.at, startDate),
        lt(firstFailure.at, endDate),
      ),
    )
    .orderBy(firstFailure.at, invoices.id);
  const records = rows.map((r) => {
    const canceledByDunning = r.subStatus === 'canceled' && r.cancellation?.reason === 'payment_failed';
    return {
      customer: r.customer,
      record: {
        invoice: r.id,
        currency: r.currency,
        amount_due: r.amountDue,
        failed_at: toUnix(new Date(r.failedAt as unknown as string | Date)),
        paid_at: r.status === 'paid' ? unixOrNull(r.paidAt) : null,
        lost_at: earliest(
          unixOrNull(r.voidedAt),
          unixOrNull(r.uncollectibleAt),
          canceledByDunning ? unixOrNull(r.subEndedAt ?? r.subCanceledAt) : null,
        ),
      } satisfies DunningRecord,
    };
  });
  return {
    object: 'dunning_recovery',
    start,
    end,
    ...dunningRecovery(
      records.map((x) => x.record),
      start,
      end,
    ),
    data: records.map(({ customer, record }) => ({
      object: 'dunning_invoice',
      id: record.invoice,
      customer,
      currency: record.currency,
      amount_due: record.amount_due,
      failed_at: record.failed_at,
      outcome: dunningOutcome(record, end),
      paid_at: record.paid_at,
      lost_at: record.lost_at,
    })),
  };
}
