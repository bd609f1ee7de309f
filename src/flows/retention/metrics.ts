/** Retention metrics over the sessions of a range, each checked against billing: was the subscription canceled? */
import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { subscriptions } from '../../db/schema/index.ts';
import * as retention from '../../modules/retention/index.ts';

export async function retentionMetricsReport(ctx: AppContext, accountId: string, range: { from?: Date; to?: Date }) {
  const sessions = await retention.sessionsCreated(ctx, accountId, range);
  const ids = [...new Set(sessions.map((s) => s.subscriptionId))];
  const subs =
    ids.length === 0
      ? []
      : await ctx.db
          .select({ id: subscriptions.id, canceledAt: subscriptions.canceledAt, endedAt: subscriptions.endedAt })
          .from(subscriptions)
          .where(and(eq(subscriptions.accountId, accountId), inArray(subscriptions.id, ids)));
  const billing = new Map(subs.map((s) => [s.id, s]));
  const metrics = retention.retentionMetrics(
    sessions.map((s) => ({
      created: s.created,
      outcome: s.outcome,
      offersShown: s.offersShown.length,
      accepted: s.acceptedOffer !== null,
      mrr: s.mrr,
      currency: s.currency,
      canceledAt: billing.get(s.subscriptionId)?.canceledAt ?? null,
      endedAt: billing.get(s.subscriptionId)?.endedAt ?? null,
    })),
  );
  return { object: 'retention_metrics' as const, ...metrics };
}
