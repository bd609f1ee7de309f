/**
 * Histogram binning: each column gets at most `maxBins − 1` thresholds (midpoints between distinct training values,
 * at quantiles when there are more), so a split search costs one pass over a bin histogram instead of a sort.
 */
export interface BinnedMatrix {
  /** thresholds[j] ascending; bin b of column j holds values in (thresholds[b−1], thresholds[b]]. */
  thresholds: number[][];
  /** Column-major bin indices: bins[j][i] for row i. */
  bins: Uint8Array[];
  rows: number;
}

export function columnThresholds(values: readonly number[], maxBins: number): number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const midpoints = distinct.slice(1).map((v, i) => (distinct[i]! + v) / 2);
  if (midpoints.length < maxBins) return midpoints;
  const sorted = values.slice().sort((a, b) => a - b);
  const picked = new Set<number>();
  for (let q = 1; q < maxBins; q++) {
    const value = sorted[Math.floor((q * sorted.length) / maxBins)]!;
    // The midpoint just below the quantile value keeps equal values in one bin.
    const k = distinct.indexOf(value);
    if (k > 0) picked.add(midpoints[k - 1]!);
  }
  return [...picked].sort((a, b) => a - b);
}

/** The bin of `value`: how many thresholds lie strictly below it (binary search). */
export function binOf(thresholds: readonly number[], value: number): number {
  let lo = 0;
  let hi = thresholds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (thresholds[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function binMatrix(rows: readonly (readonly number[])[], maxBins = 64): BinnedMatrix {
  if (maxBins > 256) throw new RangeError('maxBins must fit a byte');
  const columns = rows[0]?.length ?? 0;
  const thresholds: number[][] = [];
  const bins: Uint8Array[] = [];
  for (let j = 0; j < columns; j++) {
    const values = rows.map((r) => r[j]!);
    const t = columnThresholds(values, maxBins);
    thresholds.push(t);
    bins.push(Uint8Array.from(values, (v) => binOf(t, v)));
  }
  return { thresholds, bins, rows: rows.length };
}
