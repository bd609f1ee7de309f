/** Checks that scores and labels line up and that both classes are present (AUC is undefined otherwise). */
function assertScored(scores: readonly number[], labels: readonly (0 | 1)[]): void {
  if (scores.length !== labels.length) throw new RangeError('scores and labels differ in length');
  if (!labels.includes(1) || !labels.includes(0)) throw new RangeError('both classes must be present');
}

/**
 * Area under the ROC curve by the Mann–Whitney rank sum; tied scores get their average rank, so a tie between a
 * positive and a negative counts one half, as on a ROC curve drawn through the tie.
 */
export function rocAuc(scores: readonly number[], labels: readonly (0 | 1)[]): number {
  assertScored(scores, labels);
  const order = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let positiveRankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]!] === scores[order[start]!]) end++;
    const averageRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) if (labels[order[k]!] === 1) positiveRankSum += averageRank;
    start = end + 1;
  }
  const positives = labels.filter((l) => l === 1).length;
  const negatives = labels.length - positives;
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Descending by score; ties keep input order so the result is deterministic. */
function rankedDescending(scores: readonly number[]): number[] {
  return scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
}

export interface TopFractionResult {
  count: number;
  precision: number;
  recall: number;
  /** Precision divided by the base rate: how many times better than picking at random. */
  lift: number;
}

/** Precision and recall among the highest-scored `ceil(n × fraction)` rows (the top decile by default). */
export function topFraction(scores: readonly number[], labels: readonly (0 | 1)[], fraction = 0.1): TopFractionResult {
  assertScored(scores, labels);
  const count = Math.ceil(labels.length * fraction);
  const hits = rankedDescending(scores)
    .slice(0, count)
    .filter((i) => labels[i] === 1).length;
  const positives = labels.filter((l) => l === 1).length;
  const precision = hits / count;
  return { count, precision, recall: hits / positives, lift: precision / (positives / labels.length) };
}

export interface CalibrationBin {
  count: number;
  meanPredicted: number;
  observedRate: number;
}

/** Equal-count bins by predicted probability, lowest first: bin i holds sorted rows [⌊i·n/b⌋, ⌊(i+1)·n/b⌋). */
export function calibrationTable(
  probabilities: readonly number[],
  labels: readonly (0 | 1)[],
  bins = 10,
): CalibrationBin[] {
  if (probabilities.length !== labels.length) throw new RangeError('probabilities and labels differ in length');
  const order = rankedDescending(probabilities).reverse();
  const table: CalibrationBin[] = [];
  for (let b = 0; b < bins; b++) {
    const members = order.slice(Math.floor((b * order.length) / bins), Math.floor(((b + 1) * order.length) / bins));
    if (members.length === 0) continue;
    const sum = (f: (i: number) => number) => members.reduce((a, i) => a + f(i), 0);
    table.push({
      count: members.length,
      meanPredicted: sum((i) => probabilities[i]!) / members.length,
      observedRate: sum((i) => labels[i]!) / members.length,
    });
  }
  return table;
}
