/**
 * An experiment's results with its goal measured where it lives: recorded conversions, or billing for `churned`
 * (cancellation requested or ended within N days of the exposure) and `revenue` (paid invoices within N days).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { invoices, subscriptions } from '../../db/schema/index.ts';
import * as experiments from '../../modules/experiments/index.ts';

const DAY_MS = 86_400_000;

type Exposure = { customerId: string; created: Date };

const within = (at: Date | null, from: Date, days: number) =>
  at !== null && at.getTime() >= from.getTime() && at.getTime() <= from.getTime() + days * DAY_MS;

async function churned(ctx: AppContext, accountId: string, exposed: Exposure[], days: number) {
  const ids = exposed.map((e) => e.customerId);
  const rows = ids.length
    ? await ctx.db
        .select({
          customer: subscriptions.customerId,
          canceledAt: subscriptions.canceledAt,
          endedAt: subscriptions.endedAt,
        })
        .from(subscriptions)
        .where(and(eq(subscriptions.accountId, accountId), inArray(subscriptions.customerId, ids)))
    : [];
  const values = new Map<string, number>();
  for (const e of exposed) {
    const lost = rows.some(
      (r) =>
        r.customer === e.customerId && (within(r.canceledAt, e.created, days) || within(r.endedAt, e.created, days)),
    );
    if (lost) values.set(e.customerId, 1);
  }
  return values;
}

async function revenue(ctx: AppContext, accountId: string, exposed: Exposure[], days: number, currency: string) {
  const ids = exposed.map((e) => e.customerId);
  const rows = ids.length
    ? await ctx.db
        .select({ customer: invoices.customerId, paid: invoices.amountPaid, paidAt: invoices.paidAt })
        .from(invoices)
        .where(
          and(
            eq(invoices.accountId, accountId),
            inArray(invoices.customerId, ids),
            eq(invoices.status, 'paid'),
            sql`lower(${invoices.currency}) = ${currency.toLowerCase()}`,
          ),
        )
    : [];
  const values = new Map<string, number>();
  for (const e of exposed) {
    const total = rows
      .filter((r) => r.customer === e.customerId && within(r.paidAt, e.created, days))
      .reduce((sum, r) => sum + r.paid, 0);
    if (total > 0) values.set(e.customerId, total);
  }
  return values;
}

export async function experimentResultsReport(
  ctx: AppContext,
  accountId: string,
  id: string,
  query: { sequential?: boolean; tuning?: number } = {},
) {
  const experiment = await experiments.findExperiment(ctx, accountId, id);
  const exposed = await experiments.exposuresOf(ctx, accountId, id);
  const goal = experiment.goal;
  const values =
    goal.type === 'churned'
      ? await churned(ctx, accountId, exposed, goal.days)
      : goal.type === 'revenue'
        ? await revenue(ctx, accountId, exposed, goal.days, goal.currency)
        : await experiments.conversionValues(ctx, accountId, id);
  const results = experiments.experimentResults(
    experiment.variants,
    exposed.map((e) => ({
      variant: e.variant,
      converted: values.has(e.customerId),
      value: values.get(e.customerId) ?? 0,
    })),
    query.sequential ? { sequentialTuning: query.tuning ?? 5000 } : {},
  );
  return {
    object: 'experiment_results' as const,
    experiment: id,
    status: experiment.status,
    goal,
    ...results,
  };
}
