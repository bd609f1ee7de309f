/**
 * MRR time series from movements: per bucket, start MRR, each movement category, end MRR and paying-customer counts,
 * like ChartMogul's MRR chart data table (help.chartmogul.com/hc/en-us/articles/203299912). Start values come from
 * folding every movement before `from`, so pass the customers' whole movement history, not just the window.
 */
import { Temporal } from 'temporal-polyfill';
import type { MovementTotals } from './metrics.ts';
import type { Movement, MovementType } from './movements.ts';

/** Bucket width; calendar units are laid out in `timeZone` (default UTC), so months are calendar months. */
export type SeriesInterval = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** One half-open bucket [start, end) in unix seconds. */
export interface SeriesBucket extends MovementTotals {
  start: number;
  end: number;
  start_mrr: number;
  end_mrr: number;
  customers_start: number;
  customers_new: number;
  customers_reactivated: number;
  customers_churned: number;
  customers_end: number;
}

const TOTAL_KEY: Record<MovementType, keyof MovementTotals> = {
  new: 'new_business',
  expansion: 'expansion',
  contraction: 'contraction',
  churn: 'churn',
  reactivation: 'reactivation',
};

/** Sums movements per category, keeping their sign: churn and contraction come out ≤ 0, so start + all = end. */
export function movementTotals(movements: readonly Movement[]): MovementTotals {
  const totals: MovementTotals = { new_business: 0, expansion: 0, contraction: 0, churn: 0, reactivation: 0 };
  for (const m of movements) totals[TOTAL_KEY[m.type]] += m.amount;
  return totals;
}

function assertSeconds(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be integer unix seconds, got ${value}`);
}

/** Bucket starts from `from` to `to`, each computed from `from` (not chained) so Jan 31 + 1 month clamps only once. */
function bucketStarts(from: number, to: number, interval: SeriesInterval, timeZone: string): number[] {
  const origin = Temporal.Instant.fromEpochMilliseconds(from * 1000).toZonedDateTimeISO(timeZone);
  const step = (n: number): Temporal.Duration => {
    if (interval === 'quarter') return Temporal.Duration.from({ months: 3 * n });
    return Temporal.Duration.from({ [`${interval}s`]: n });
  };
  const starts: number[] = [];
  for (let n = 0; ; n++) {
    const s = origin.add(step(n)).toInstant().epochMilliseconds / 1000;
    if (s >= to) return starts;
    starts.push(Math.floor(s));
  }
}

/** Index of the last bucket starting at or before `at` (starts ascending, at ≥ starts[0]). */
function bucketIndex(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function emptyBucket(start: number, end: number): SeriesBucket {
  return {
    start,
    end,
    start_mrr: 0,
    new_business: 0,
    expansion: 0,
    contraction: 0,
    churn: 0,
    reactivation: 0,
    end_mrr: 0,
    customers_start: 0,
    customers_new: 0,
    customers_reactivated: 0,
    customers_churned: 0,
    customers_end: 0,
  };
}

/** Movement totals and customer counters of one bucket (or of all history before the first). */
export type BucketTotals = MovementTotals & {
  customers_new: number;
  customers_reactivated: number;
  customers_churned: number;
};

/** Bucket edges of [from, to): every bucket start, then `to` (what a database groups by, e.g. width_bucket). */
export function seriesEdges(from: number, to: number, interval: SeriesInterval, timeZone = 'UTC'): number[] {
  assertSeconds(from, 'from');
  assertSeconds(to, 'to');
  if (to <= from) throw new RangeError(`to (${to}) must be after from (${from})`);
  return [...bucketStarts(from, to, interval, timeZone), to];
}

/**
 * Folds pre-aggregated totals into a series: `history` sums everything before edges[0] (start values), `totals[i]`
 * the bucket [edges[i], edges[i+1]). mrrSeries uses it on movements; the metrics read it from SQL aggregates.
 */
export function foldSeries(
  edges: readonly number[],
  history: BucketTotals,
  totals: readonly BucketTotals[],
): SeriesBucket[] {
  let mrr = sumMovements(history);
  let customers = history.customers_new + history.customers_reactivated - history.customers_churned;
  return edges.slice(0, -1).map((start, i) => {
    const t = totals[i] ?? emptyTotals();
    const b: SeriesBucket = { ...emptyBucket(start, edges[i + 1]!), ...t, start_mrr: mrr, customers_start: customers };
    mrr += sumMovements(t);
    customers += t.customers_new + t.customers_reactivated - t.customers_churned;
    b.end_mrr = mrr;
    b.customers_end = customers;
    return b;
  });
}

function sumMovements(t: MovementTotals): number {
  return t.new_business + t.expansion + t.contraction + t.churn + t.reactivation;
}

/** Zero totals, to add movements or aggregate rows to. */
export function emptyTotals(): BucketTotals {
  return {
    new_business: 0,
    expansion: 0,
    contraction: 0,
    churn: 0,
    reactivation: 0,
    customers_new: 0,
    customers_reactivated: 0,
    customers_churned: 0,
  };
}

/** Adds `count` movements of one type summing to `amount` (a customer gained or lost per new/reactivation/churn). */
export function addToTotals(t: BucketTotals, type: MovementType, amount: number, count: number): void {
  t[TOTAL_KEY[type]] += amount;
  if (type === 'new') t.customers_new += count;
  if (type === 'reactivation') t.customers_reactivated += count;
  if (type === 'churn') t.customers_churned += count;
}

/**
 * Buckets [from, to) (unix seconds) by interval; the last bucket is cut at `to`. Movement totals are signed, and
 * a customer who joins and churns in one bucket counts in both customers_new and customers_churned.
 */
export function mrrSeries(
  movements: readonly Movement[],
  from: number,
  to: number,
  interval: SeriesInterval,
  options: { timeZone?: string } = {},
): SeriesBucket[] {
  const edges = seriesEdges(from, to, interval, options.timeZone ?? 'UTC');
  const starts = edges.slice(0, -1);
  const history = emptyTotals();
  const totals = starts.map(() => emptyTotals());
  for (const m of movements) {
    if (m.at >= to) continue;
    addToTotals(m.at < from ? history : totals[bucketIndex(starts, m.at)]!, m.type, m.amount, 1);
  }
  return foldSeries(edges, history, totals);
}
