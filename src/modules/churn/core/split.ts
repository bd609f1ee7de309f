import { seededRandom, shuffled } from './random.ts';

export interface Split {
  train: number[];
  test: number[];
}

/**
 * Deterministic stratified split of row indices: each class is shuffled with the seed and `round(n × fraction)` of
 * it goes to the test side, so a 14 % churn rate stays 14 % on both sides. Indices come back in ascending order.
 */
export function seededSplit(labels: readonly (0 | 1)[], options: { seed: number; testFraction: number }): Split {
  const { seed, testFraction } = options;
  if (!(testFraction > 0 && testFraction < 1)) throw new RangeError('testFraction must be between 0 and 1');
  const random = seededRandom(seed);
  const train: number[] = [];
  const test: number[] = [];
  for (const cls of [0, 1] as const) {
    const members = labels.flatMap((label, i) => (label === cls ? [i] : []));
    const order = shuffled(members, random);
    const testCount = Math.round(members.length * testFraction);
    test.push(...order.slice(0, testCount));
    train.push(...order.slice(testCount));
  }
  return { train: train.sort((a, b) => a - b), test: test.sort((a, b) => a - b) };
}
