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

/** Paying customers gained (new, reactivation) or lost (churn) by a movement; expansion/contraction keep the count. */
function customerDelta(type: MovementType): number {
  if (type === 'new' || type === 'reactivation') return 1;
  return type === 'churn' ? -1 : 0;
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

/** Adds one movement to its bucket's category total and customer counters. */
function addMovement(bucket: SeriesBucket, m: Movement): void {
  bucket[TOTAL_KEY[m.type]] += m.amount;
  if (m.type === 'new') bucket.customers_new++;
  if (m.type === 'reactivation') bucket.customers_reactivated++;
  if (m.type === 'churn') bucket.customers_churned++;
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
  assertSeconds(from, 'from');
  assertSeconds(to, 'to');
  if (to <= from) throw new RangeError(`to (${to}) must be after from (${from})`);
  const starts = bucketStarts(from, to, interval, options.timeZone ?? 'UTC');
  const buckets = starts.map((s, i) => emptyBucket(s, starts[i + 1] ?? to));
  let mrr = 0;
  let customers = 0;
  for (const m of movements) {
    if (m.at >= to) continue;
    if (m.at < from) {
      mrr += m.amount;
      customers += customerDelta(m.type);
    } else {
      addMovement(buckets[bucketIndex(starts, m.at)]!, m);
    }
  }
  for (const b of buckets) {
    b.start_mrr = mrr;
    b.customers_start = customers;
    mrr += b.new_business + b.expansion + b.contraction + b.churn + b.reactivation;
    customers += b.customers_new + b.customers_reactivated - b.customers_churned;
    b.end_mrr = mrr;
    b.customers_end = customers;
  }
  return buckets;
}
