import { and, eq, gt, gte, inArray, isNotNull, lte, ne } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { bulkInsert } from '../../db/index.ts';
import {
  accounts,
  churnScores,
  churnTrainings,
  customers,
  engagementDaily,
  invoices,
  mrrMovements,
  payments,
} from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';
import type { History } from './core/snapshots.ts';
import {
  defaultTrainingOptions,
  type TrainingOptions,
  type TrainingReport,
  trainAndScore,
} from './core/train-and-score.ts';

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Retrained weekly: churn patterns move slowly, and a training reads the account's whole billing history. */
export const RETRAIN_EVERY_DAYS = 7;

/**
 * The account's history up to `asOf` as plain rows: MRR movements, settled payments, finalized invoices, the daily
 * viewing rollups (engagement) and the customers' declared attributes (current values: attributes are not dated).
 */
export async function readChurnHistory(ctx: AppContext, accountId: string, asOf: Date): Promise<History> {
  const [movementRows, paymentRows, invoiceRows, customerRows, viewingRows] = await Promise.all([
    ctx.db
      .select({
        customer: mrrMovements.customerId,
        at: mrrMovements.date,
        type: mrrMovements.type,
        mrrAfter: mrrMovements.mrrAfter,
      })
      .from(mrrMovements)
      .where(and(eq(mrrMovements.accountId, accountId), lte(mrrMovements.date, asOf))),
    ctx.db
      .select({ customer: payments.customerId, at: payments.created, status: payments.status })
      .from(payments)
      .where(
        and(
          eq(payments.accountId, accountId),
          inArray(payments.status, ['succeeded', 'failed']),
          lte(payments.created, asOf),
        ),
      ),
    ctx.db
      .select({
        customer: invoices.customerId,
        dueDate: invoices.dueDate,
        finalizedAt: invoices.finalizedAt,
        paidAt: invoices.paidAt,
      })
      .from(invoices)
      .where(
        and(
          eq(invoices.accountId, accountId),
          isNotNull(invoices.finalizedAt),
          ne(invoices.status, 'void'),
          lte(invoices.finalizedAt, asOf),
        ),
      ),
    ctx.db
      .select({ id: customers.id, attributes: customers.attributes })
      .from(customers)
      .where(and(eq(customers.accountId, accountId), eq(customers.deleted, false))),
    ctx.db
      .select({
        customer: engagementDaily.customerId,
        day: engagementDaily.day,
        seconds: engagementDaily.secondsWatched,
      })
      .from(engagementDaily)
      .where(
        and(
          eq(engagementDaily.accountId, accountId),
          gt(engagementDaily.secondsWatched, 0),
          // The earliest snapshot looks 60 days back (viewing change over two 30-day windows): older days are unread.
          gte(engagementDaily.day, dayOf(asOf.getTime() - (defaultTrainingOptions.lookbackDays + 60) * 86_400_000)),
          lte(engagementDaily.day, dayOf(asOf.getTime())),
        ),
      ),
  ]);
  return {
    attributes: new Map(customerRows.map((c) => [c.id, c.attributes])),
    movements: movementRows.map((m) => ({ ...m, at: toUnix(m.at) })),
    payments: paymentRows.map((p) => ({
      customer: p.customer,
      at: toUnix(p.at),
      status: p.status as 'succeeded' | 'failed',
    })),
    viewing: viewingRows.map((v) => ({
      customer: v.customer,
      day: Date.parse(`${v.day}T00:00:00Z`) / 1000,
      minutes: v.seconds / 60,
    })),
    // An automatically charged invoice is due when it is finalized; a sent one at its due date.
    invoices: invoiceRows.map((i) => ({
      customer: i.customer,
      dueAt: toUnix(i.dueDate ?? i.finalizedAt!),
      paidAt: i.paidAt ? toUnix(i.paidAt) : null,
    })),
  };
}

/**
 * Trains on the account's history as of `asOf`, replaces its churn scores and schedules the next training, in one
 * transaction after the (slow, pure) training so no lock is held while it runs.
 */
export async function trainAccountChurn(
  ctx: AppContext,
  accountId: string,
  asOf: Date,
  options: Partial<TrainingOptions> = {},
): Promise<TrainingReport> {
  const history = await readChurnHistory(ctx, accountId, asOf);
  const { report, scores } = trainAndScore(history, toUnix(asOf), options);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(churnScores).where(eq(churnScores.accountId, accountId));
    await bulkInsert(
      tx,
      churnScores,
      scores.map(({ customer, risk }) => ({
        accountId,
        customerId: customer,
        scoredAt: asOf,
        probability: risk.probability,
        score: risk.score,
        band: risk.band,
        reasons: risk.reasons,
      })),
    );
    const next = {
      dueAt: new Date(asOf.getTime() + RETRAIN_EVERY_DAYS * 86_400_000),
      trainedAt: asOf,
      report: { ...report },
    };
    await tx
      .insert(churnTrainings)
      .values({ accountId, ...next })
      .onConflictDoUpdate({ target: churnTrainings.accountId, set: next });
  });
  return report;
}

/** Trains one account, or every account, at `asOf` (on demand: `tenure churn train`, e.g. at a test clock's time). */
export async function trainAccountsChurn(
  ctx: AppContext,
  asOf: Date,
  accountId?: string,
): Promise<{ accountId: string; report: TrainingReport }[]> {
  const ids = accountId ? [accountId] : (await ctx.db.select({ id: accounts.id }).from(accounts)).map((a) => a.id);
  const out: { accountId: string; report: TrainingReport }[] = [];
  for (const id of ids) out.push({ accountId: id, report: await trainAccountChurn(ctx, id, asOf) });
  return out;
}
