/**
 * RFM scoring (recency, frequency, monetary) and the named RFM segments, as the R package `rfm` defines them.
 * Pure: the caller measures recency in days as of its own date, so the same code scores payments or engagement.
 */

export type RfmInput = {
  customer: string;
  /** Days since the last payment (or engagement event) as of the analysis date. */
  recencyDays: number;
  /** Number of payments (or active days) in the window. */
  frequency: number;
  /** Amount paid in minor units (or minutes watched). */
  monetary: number;
};

export type RfmScore = RfmInput & { r: number; f: number; m: number; segment: RfmSegment };

export type RfmSegment =
  | 'Champions'
  | 'Potential Loyalist'
  | 'Loyal Customers'
  | 'Promising'
  | 'New Customers'
  | "Can't Lose Them"
  | 'At Risk'
  | 'Need Attention'
  | 'About To Sleep'
  | 'Lost'
  | 'Others';

type Range = readonly [number, number];
type Rule = { segment: RfmSegment; r: Range; f: Range; m: Range };

/** The rules in the order `rfm` documents; the first whose three inclusive ranges all hold names the customer. */
export const rfmSegmentRules: readonly Rule[] = [
  { segment: 'Champions', r: [5, 5], f: [5, 5], m: [5, 5] },
  { segment: 'Potential Loyalist', r: [3, 5], f: [3, 5], m: [2, 5] },
  { segment: 'Loyal Customers', r: [2, 4], f: [2, 4], m: [2, 4] },
  { segment: 'Promising', r: [3, 4], f: [1, 3], m: [3, 5] },
  { segment: 'New Customers', r: [4, 5], f: [1, 3], m: [1, 5] },
  { segment: "Can't Lose Them", r: [1, 2], f: [3, 4], m: [4, 5] },
  { segment: 'At Risk', r: [1, 2], f: [2, 5], m: [4, 5] },
  { segment: 'Need Attention', r: [1, 3], f: [3, 5], m: [3, 5] },
  { segment: 'About To Sleep', r: [2, 3], f: [1, 3], m: [1, 4] },
  { segment: 'Lost', r: [1, 1], f: [1, 5], m: [1, 5] },
];

const within = (value: number, [low, high]: Range) => value >= low && value <= high;

/** The first matching rule's name, else `Others`. */
export function rfmSegment(r: number, f: number, m: number): RfmSegment {
  const rule = rfmSegmentRules.find((x) => within(r, x.r) && within(f, x.f) && within(m, x.m));
  return rule?.segment ?? 'Others';
}

/**
 * Quantile bins like dplyr's `ntile` (what `rfm` uses): sorted ascending, row i of n (0-based) gets
 * floor(bins·i/n)+1, so bin sizes differ by at most one. Ties are ordered by `tieBreak` so a score never depends
 * on the order rows arrived in.
 */
export function ntile(values: readonly number[], bins: number, tieBreak: readonly string[]): number[] {
  const order = values.map((_, i) => i);
  order.sort(
    (a, b) => values[a]! - values[b]! || (tieBreak[a]! < tieBreak[b]! ? -1 : tieBreak[a]! > tieBreak[b]! ? 1 : 0),
  );
  const scores = new Array<number>(values.length);
  for (const [rank, index] of order.entries()) scores[index] = Math.floor((bins * rank) / values.length) + 1;
  return scores;
}

/** Scores each customer 1–5 on each axis by quintile; recency is reversed (fewest days since → 5). */
export function rfmScores(rows: readonly RfmInput[], bins = 5): RfmScore[] {
  const ids = rows.map((x) => x.customer);
  const r = ntile(
    rows.map((x) => -x.recencyDays),
    bins,
    ids,
  );
  const f = ntile(
    rows.map((x) => x.frequency),
    bins,
    ids,
  );
  const m = ntile(
    rows.map((x) => x.monetary),
    bins,
    ids,
  );
  return rows.map((row, i) => ({ ...row, r: r[i]!, f: f[i]!, m: m[i]!, segment: rfmSegment(r[i]!, f[i]!, m[i]!) }));
}
