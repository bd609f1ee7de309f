import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { mrrMovements } from '../../db/schema/index.ts';
import { fromUnix, toDate, toUnix } from '../../kernel/clock.ts';
import { type AggregateRow, aggregateMovements, churnInWindow } from './aggregate-movements.ts';
import {
  addToTotals,
  arpa,
  type BucketTotals,
  customerChurnRate,
  emptyTotals,
  foldSeries,
  grossMrrChurnRate,
  grossRevenueRetention,
  ltv,
  netMrrChurnRate,
  netRevenueRetention,
  quickRatio,
  type SeriesBucket,
  type SeriesInterval,
  seriesEdges,
} from './core/index.ts';
import { reportingCurrency } from './exchange-rates.ts';
import { accountTimeZone, assertBucketCount, reportRange } from './report-range.ts';
import { type MetricsQuery, sliceOf } from './slice.ts';

export type RangeQuery = { start?: number; end?: number; interval?: SeriesInterval };

const range = (ctx: AppContext, q: RangeQuery) => reportRange(ctx, q, 30);

/** Per group (null without a breakdown): totals before the first edge, and per bucket. */
function totalsByGroup(rows: readonly AggregateRow[], buckets: number) {
  const out = new Map<string | null, { history: BucketTotals; totals: BucketTotals[] }>();
  for (const r of rows) {
    let g = out.get(r.group);
    if (!g) {
      g = { history: emptyTotals(), totals: Array.from({ length: buckets }, emptyTotals) };
      out.set(r.group, g);
    }
    addToTotals(r.bucket === 0 ? g.history : g.totals[r.bucket - 1]!, r.type, r.amount, r.count);
  }
  return out;
}

/** The series of the slice, and one per breakdown value (groups sorted, null = unknown last). */
async function sliceSeries(ctx: AppContext, accountId: string, q: MetricsQuery, edges: number[]) {
  const slice = sliceOf(q);
  const currency = await reportingCurrency(ctx.db, accountId);
  const { groupBy, ...whole } = slice;
  const fold = (rows: AggregateRow[]) =>
    [...totalsByGroup(rows, edges.length - 1)].map(([group, t]) => ({
      group,
      data: foldSeries(edges, t.history, t.totals),
    }));
  const total = fold(await aggregateMovements(ctx.db, accountId, whole, edges, currency))[0]?.data;
  const groups = groupBy ? fold(await aggregateMovements(ctx.db, accountId, slice, edges, currency)) : null;
  groups?.sort(
    (a, b) => Number(a.group === null) - Number(b.group === null) || String(a.group).localeCompare(String(b.group)),
  );
  return { slice, currency, total: total ?? foldSeries(edges, emptyTotals(), []), groups };
}

const present = (buckets: SeriesBucket[]) => buckets.map((b) => ({ ...b, mrr: b.end_mrr, arr: b.end_mrr * 12 }));

/**
 * MRR, ARR and movement totals per bucket of [start, end), summed in the database from the daily rollups (see
 * aggregate-movements.ts) and folded by the core's foldSeries; `breakdown` adds one series per value.
 */
export async function mrrSeriesReport(ctx: AppContext, accountId: string, q: MetricsQuery) {
  const { start, end } = range(ctx, q);
  const interval = q.interval ?? 'month';
  assertBucketCount(start, end, interval);
  const edges = seriesEdges(start, end, interval, await accountTimeZone(ctx, accountId));
  const { currency, total, groups } = await sliceSeries(ctx, accountId, q, edges);
  return {
    object: 'mrr_series',
    start,
    end,
    interval,
    currency,
    data: present(total),
    ...(groups && {
      breakdown: { by: q.breakdown, groups: groups.map((g) => ({ value: g.group, data: present(g.data) })) },
    }),
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
export async function seriesCsv(ctx: AppContext, accountId: string, q: MetricsQuery): Promise<string> {
  const series = await mrrSeriesReport(ctx, accountId, { ...q, breakdown: undefined });
  const lines = series.data.map((b) =>
    CSV_COLUMNS.map((c) => (c === 'start' || c === 'end' ? new Date(b[c] * 1000).toISOString() : String(b[c]))).join(
      ',',
    ),
  );
  return `${[CSV_COLUMNS.join(','), ...lines].join('\n')}\n`;
}

/** ChartMogul's summary figures of one window bucket and its churn counts. */
function summarize(bucket: SeriesBucket, churn: { churned: number; joined: number } | undefined) {
  const churnRate = customerChurnRate({
    customers_at_start: bucket.customers_start,
    churned: churn?.churned ?? 0,
    churned_joined_in_period: churn?.joined ?? 0,
  });
  const arpaNow = arpa(bucket.end_mrr, bucket.customers_end);
  return {
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

/** ChartMogul's summary metrics over [start, end) as one bucket, from the rollups; `breakdown` adds one per value. */
export async function metricsSummary(ctx: AppContext, accountId: string, q: MetricsQuery) {
  const { start, end } = range(ctx, q);
  const { slice, currency, total, groups } = await sliceSeries(ctx, accountId, q, [start, end]);
  const churn = await churnInWindow(ctx.db, accountId, slice, start, end);
  const { groupBy: _, ...whole } = slice;
  const churnTotal = groups ? (await churnInWindow(ctx.db, accountId, whole, start, end))[0] : churn[0];
  return {
    object: 'metrics_summary',
    start,
    end,
    currency,
    ...summarize(total[0]!, churnTotal),
    ...(groups && {
      breakdown: {
        by: q.breakdown,
        groups: groups.map((g) => ({
          value: g.group,
          ...summarize(
            g.data[0]!,
            churn.find((c) => c.group === g.group),
          ),
        })),
      },
    }),
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
