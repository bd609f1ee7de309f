import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { churnScores } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';
import { notFound } from '../../kernel/errors.ts';

export interface ChurnRiskView {
  object: 'churn_risk';
  customer: string;
  score: number;
  band: 'high' | 'medium' | 'low';
  probability: number;
  reasons: { feature: string; text: string; contribution: number }[];
  /** Unix seconds of the training that scored it. */
  scored_at: number;
}

/** The customer's latest churn risk; 404 when the customer was not paying at the last training (or none ran). */
export async function getChurnRisk(ctx: AppContext, accountId: string, customerId: string): Promise<ChurnRiskView> {
  const [row] = await ctx.db
    .select()
    .from(churnScores)
    .where(and(eq(churnScores.accountId, accountId), eq(churnScores.customerId, customerId)));
  if (!row) throw notFound('churn risk for customer', customerId);
  return {
    object: 'churn_risk',
    customer: row.customerId,
    score: row.score,
    band: row.band,
    probability: row.probability,
    reasons: row.reasons,
    scored_at: toUnix(row.scoredAt),
  };
}

/**
 * Every scored customer's band and score, for segment conditions on churn risk ("band is high"); customers not
 * paying at the last training are absent.
 */
export async function churnBands(
  ctx: AppContext,
  accountId: string,
): Promise<Map<string, { band: 'high' | 'medium' | 'low'; score: number }>> {
  const rows = await ctx.db
    .select({ customer: churnScores.customerId, band: churnScores.band, score: churnScores.score })
    .from(churnScores)
    .where(eq(churnScores.accountId, accountId));
  return new Map(rows.map((r) => [r.customer, { band: r.band, score: r.score }]));
}
