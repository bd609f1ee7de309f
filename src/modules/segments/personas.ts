/** k-means personas over numeric segment fields of every customer (see core/clusters.ts). */
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { accounts } from '../../db/schema/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';
import { localDay } from '../engagement/index.ts';
import { clusterCustomers } from './core/clusters.ts';
import { readSegmentFacts } from './read-facts.ts';

export const PERSONA_FEATURES = [
  'viewing_minutes_7d',
  'viewing_minutes_30d',
  'viewing_minutes_90d',
  'active_days_7d',
  'active_days_30d',
  'active_days_90d',
  'customer_age_days',
  'mrr',
  'payment_failures_90d',
] as const;

export async function findPersonas(
  ctx: AppContext,
  accountId: string,
  input: { features: string[]; k?: number | undefined; seed?: number | undefined },
) {
  const now = toDate(ctx.clock.now());
  const [account] = await ctx.db
    .select({ timeZone: accounts.timeZone })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  const facts = await readSegmentFacts(ctx, accountId, now, localDay(now, account?.timeZone ?? 'UTC'), []);
  const rows = [...facts].map(([id, f]) => ({ id, values: input.features.map((name) => Number(f.fields[name] ?? 0)) }));
  const k = input.k;
  if (rows.length < Math.max(3, (k ?? 2) + 1))
    throw invalid('parameter_invalid', `Clustering needs more customers than clusters (${rows.length} customers)`, 'k');
  const result = clusterCustomers({
    features: input.features,
    rows,
    seed: input.seed ?? 42,
    ...(k !== undefined && { k }),
    kRange: [2, Math.min(10, rows.length - 1)],
  });
  return {
    object: 'personas' as const,
    k: result.k,
    features: input.features,
    silhouettes: result.silhouettes.map((s) => ({ k: s.k, score: Math.round(s.score * 1000) / 1000 })),
    clusters: result.clusters.map((c) => ({
      ...c,
      centroid: Object.fromEntries(Object.entries(c.centroid).map(([f, v]) => [f, Math.round(v * 100) / 100])),
    })),
  };
}
