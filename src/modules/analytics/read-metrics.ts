import { and, asc, desc, eq, gte, lt } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { accounts, mrrMovements } from '../../db/schema/index.ts';
import { fromUnix, toDate, toUnix } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';
import {
  arpa,
  customerChurnRate,
  grossMrrChurnRate,
  grossRevenueRetention,
  ltv,
  type Movement,
  mrrSeries,
  netMrrChurnRate,
  netRevenueRetention,
  quickRatio,
  type SeriesInterval,
} from './core/index.ts';

export type RangeQuery = { start?: number; end?: number; interval?: SeriesInterval };

function range(ctx: AppContext, q: RangeQuery) {
  const end = q.end ?? toUnix(ctx.clock.now());
  const start = q.start ?? end - 30 * 86_400;
  if (end <= start) throw invalid('invalid_range', 'end must be after start', 'end');
  return { start, end };
}

/** Every stored movement before `end`, oldest first (the series folds the earlier ones into its start values). */
async function movementsBefore(ctx: AppContext, accountId: string, end: number): Promise<Movement[]> {
  const rows = await ctx.db
    .select()
    .from(mrrMovements)
    .where(and(eq(mrrMovements.accountId, accountId), lt(mrrMovements.date, toDate(fromUnix(end)))))
    .orderBy(asc(mrrMovements.date), asc(mrrMovements.eventId));
  return rows.map((r) => ({ at: toUnix(r.date), customer: r.customerId, type: r.type, amount: r.amount }));
}

async function timeZone(ctx: AppContext, accountId: string) {
  const [row] = await ctx.db.select({ tz: accounts.timeZone }).from(accounts).where(eq(accounts.id, accountId));
  return row?.tz ?? 'UTC';
}

/** MRR, ARR and movement totals per bucket of [start, end), from stored movements. */
export async function mrrSeriesReport(ctx: AppContext, accountId: string, q: RangeQuery) {
  const { start, end } = range(ctx, q);
  const movements = await movementsBefore(ctx, accountId, end);
  const buckets = mrrSeries(movements, start, end, q.interval ?? 'month', { timeZone: await timeZone(ctx, accountId) });
  return {
    object: 'mrr_series',
    start,
    end,
    interval: q.interval ?? 'month',
    data: buckets.map((b) => ({ ...b, mrr: b.end_mrr, arr: b.end_mrr * 12 })),
  };
}

const CSV_COLUMNS = [
  'start',
  'end',
  'start_mrr',
  'new_business',
  'expansion',
  'contraction',
  'churn',
  'reactivation',
  'mrr',
  'arr',
  'customers_end',
] as const;

/** The MRR series as CSV (dates ISO 8601, amounts in minor units). */
export async function seriesCsv(ctx: AppContext, accountId: string, q: RangeQuery): Promise<string> {
  const series = await mrrSeriesReport(ctx, accountId, q);
  const lines = series.data.map((b) =>
    CSV_COLUMNS.map((c) => (c === 'start' || c === 'end' ? new Date(b[c] * 1000).toISOString() : String(b[c]))).join(
      ',',
    ),
  );
  return `${[CSV_COLUMNS.join(','), ...lines].join('\n')}\n`;
}

/** ChartMogul's summary metrics over [start, end) as one bucket. */
export async function metricsSummary(ctx: AppContext, accountId: string, q: RangeQuery) {
  const { start, end } = range(ctx, q);
  const movements = await movementsBefore(ctx, accountId, end);
  const bucket = mergeWindow(movements, start, end);
  const inWindow = movements.filter((m) => m.at >= start);
  const joined = new Set(inWindow.filter((m) => m.type === 'new' || m.type === 'reactivation').map((m) => m.customer));
  const churnedCustomers = inWindow.filter((m) => m.type === 'churn').map((m) => m.customer);
  const churnRate = customerChurnRate({
    customers_at_start: bucket.customers_start,
    churned: churnedCustomers.length,
    churned_joined_in_period: churnedCustomers.filter((c) => joined.has(c)).length,
  });
  const arpaNow = arpa(bucket.end_mrr, bucket.customers_end);
  return {
    object: 'metrics_summary',
    start,
    end,
    mrr: bucket.end_mrr,
    arr: bucket.end_mrr * 12,
    customers: bucket.customers_end,
    arpa: arpaNow,
    customer_churn_rate: churnRate,
    gross_mrr_churn_rate: grossMrrChurnRate(bucket),
    net_mrr_churn_rate: netMrrChurnRate(bucket),
    net_revenue_retention: netRevenueRetention(bucket),
    gross_revenue_retention: grossRevenueRetention(bucket),
    ltv: arpaNow !== null && churnRate !== null ? ltv(arpaNow, churnRate) : null,
    quick_ratio: quickRatio(bucket),
    movements: {
      new_business: bucket.new_business,
      expansion: bucket.expansion,
      contraction: bucket.contraction,
      churn: bucket.churn,
      reactivation: bucket.reactivation,
    },
  };
}

/** The whole window as one bucket: a daily series, its movements summed. */
function mergeWindow(movements: Movement[], start: number, end: number) {
  const buckets = mrrSeries(movements, start, end, 'day');
  const first = buckets[0]!;
  const last = buckets.at(-1)!;
  const sum = (k: 'new_business' | 'expansion' | 'contraction' | 'churn' | 'reactivation') =>
    buckets.reduce((s, b) => s + b[k], 0);
  return {
    ...first,
    end,
    new_business: sum('new_business'),
    expansion: sum('expansion'),
    contraction: sum('contraction'),
    churn: sum('churn'),
    reactivation: sum('reactivation'),
    end_mrr: last.end_mrr,
    customers_end: last.customers_end,
  };
}

/** Stored movements in [start, end), newest first, as a list. */
export async function listMovements(ctx: AppContext, accountId: string, q: RangeQuery & { limit?: number }) {
  const { start, end } = range(ctx, q);
  const limit = q.limit ?? 100;
  const rows = await ctx.db
    .select()
    .from(mrrMovements)
    .where(
      and(
        eq(mrrMovements.accountId, accountId),
        gte(mrrMovements.date, toDate(fromUnix(start))),
        lt(mrrMovements.date, toDate(fromUnix(end))),
      ),
    )
    .orderBy(desc(mrrMovements.date), desc(mrrMovements.eventId))
    .limit(limit + 1);
  return {
    object: 'list',
    url: '/v1/metrics/movements',
    has_more: rows.length > limit,
    data: rows.slice(0, limit).map((r) => ({
      object: 'mrr_movement',
      id: r.eventId,
      customer: r.customerId,
      date: toUnix(r.date),
      type: r.type,
      amount: r.amount,
      currency: r.currency,
      mrr_after: r.mrrAfter,
    })),
  };
}
