/**
 * What priority rules look at, for one customer at the ticket's instant: entitlements (from billing, pure
 * `entitlementsAt`), plans of live subscriptions, segment membership, MRR and the churn band of the last training.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../../context.ts';
import { mrrMovements, segmentMembers } from '../../db/schema/index.ts';
import { TenureError } from '../../kernel/errors.ts';
import { getChurnRisk } from '../../modules/churn/index.ts';
import { entitlementsAt, loadAccessData } from '../../modules/entitlements/index.ts';
import type { CustomerSupportFacts } from '../../modules/support/index.ts';
import { listSubscriptions } from '../billing/index.ts';

const LIVE = new Set(['active', 'trialing', 'past_due']);

export async function plans(ctx: AppContext, accountId: string, customerId: string) {
  const subs = await listSubscriptions(ctx, accountId, { customer: customerId, status: 'all', limit: 100 });
  const prices = subs.data
    .filter((s) => LIVE.has(s.status))
    .flatMap((s) => s.items.data.map((item) => item.price as { id: string; product: string | { id: string } }));
  const productId = (p: (typeof prices)[number]) => (typeof p.product === 'string' ? p.product : p.product.id);
  return { prices: [...new Set(prices.map((p) => p.id))], products: [...new Set(prices.map(productId))] };
}

async function churnBand(ctx: AppContext, accountId: string, customerId: string) {
  try {
    return (await getChurnRisk(ctx, accountId, customerId)).band;
  } catch (error) {
    if (error instanceof TenureError && error.kind === 'not_found') return null;
    throw error;
  }
}

export async function customerSupportFacts(
  ctx: AppContext,
  accountId: string,
  customerId: string,
  at: Temporal.Instant,
): Promise<CustomerSupportFacts> {
  const access = await loadAccessData(ctx.db, accountId, { customers: [customerId] });
  const { entitlements } = entitlementsAt(access.subscriptions, access.products, at);
  const segments = await ctx.db
    .select({ id: segmentMembers.segmentId })
    .from(segmentMembers)
    .where(and(eq(segmentMembers.accountId, accountId), eq(segmentMembers.customerId, customerId)));
  const [mrr] = await ctx.db
    .select({ mrr: mrrMovements.mrrAfter })
    .from(mrrMovements)
    .where(and(eq(mrrMovements.accountId, accountId), eq(mrrMovements.customerId, customerId)))
    .orderBy(desc(mrrMovements.date), desc(mrrMovements.eventId))
    .limit(1);
  return {
    entitlements: entitlements as unknown as Record<string, unknown>,
    ...(await plans(ctx, accountId, customerId)),
    segments: segments.map((s) => s.id),
    mrr: Number(mrr?.mrr ?? 0),
    churnBand: await churnBand(ctx, accountId, customerId),
  };
}
