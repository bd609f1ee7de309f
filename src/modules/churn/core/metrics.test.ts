import assert from 'node:assert/strict';
import { test } from 'node:test';
import { calibrationTable, rocAuc, topFraction } from './metrics.ts';

test('rocAuc of known rankings', () => {
  const cases: Array<[string, number[], (0 | 1)[], number]> = [
    ['perfect', [0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1], 1],
    ['reversed', [0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1], 0],
    ['scikit-learn example', [0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1], 0.75],
    ['all tied', [0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1], 0.5],
    ['one tie across classes', [0.1, 0.5, 0.5, 0.9], [0, 0, 1, 1], 0.875],
    ['3 positives, 2 negatives', [1, 2, 3, 4, 5], [1, 0, 1, 0, 1], 0.5],
  ];
  for (const [name, scores, labels, auc] of cases) assert.equal(rocAuc(scores, labels), auc, name);
  assert.throws(() => rocAuc([0.1, 0.2], [1, 1]), /both classes/);
});

test('topFraction counts ceil(n × fraction) rows from the top', () => {
  // 20 rows, scores 20..1; positives at ranks 1, 3 and 10 → top 2 holds one of the three.
  const scores = Array.from({ length: 20 }, (_, i) => 20 - i);
  const labels = scores.map((_, i) => ([0, 2, 9].includes(i) ? 1 : 0) as 0 | 1);
  assert.deepEqual(topFraction(scores, labels, 0.1), { count: 2, precision: 0.5, recall: 1 / 3, lift: 0.5 / 0.15 });
  assert.deepEqual(topFraction(scores, labels, 0.5), { count: 10, precision: 0.3, recall: 1, lift: 2 });
  assert.equal(topFraction(scores.slice(0, 11), labels.slice(0, 11), 0.1).count, 2);
});

test('calibrationTable: equal-count bins, lowest first, mean predicted against observed', () => {
  const probabilities = [0.9, 0.1, 0.2, 0.8, 0.3, 0.7];
  const labels: (0 | 1)[] = [1, 0, 0, 1, 1, 0];
  assert.deepEqual(calibrationTable(probabilities, labels, 3), [
    { count: 2, meanPredicted: (0.1 + 0.2) / 2, observedRate: 0 },
    { count: 2, meanPredicted: (0.3 + 0.7) / 2, observedRate: 0.5 },
    { count: 2, meanPredicted: (0.8 + 0.9) / 2, observedRate: 1 },
  ]);
  // 5 rows into 2 bins: ⌊5/2⌋ = 2 then 3.
  assert.deepEqual(
    calibrationTable([0.1, 0.2, 0.3, 0.4, 0.5], [0, 0, 1, 1, 1], 2).map((b) => b.count),
    [2, 3],
  );
});
