import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boostedContributions, boostedMargin, fitBoosted, predictBoosted } from './boosting.ts';
import { rocAuc } from './metrics.ts';
import { seededRandom } from './random.ts';

/** Churn when x0 > 0.6 or x1 < 0.2; x2 is noise. */
function toyData(count: number, seed: number) {
  const random = seededRandom(seed);
  const rows = Array.from({ length: count }, () => [random(), random(), random()]);
  const labels = rows.map(([a, b]) => (a! > 0.6 || b! < 0.2 ? 1 : 0) as 0 | 1);
  return { rows, labels };
}

test('fitBoosted learns an interaction of two thresholds and ranks unseen rows almost perfectly', () => {
  const train = toyData(600, 1);
  const test = toyData(300, 2);
  const model = fitBoosted(train.rows, train.labels, { rounds: 100, learningRate: 0.2, seed: 3 });
  const auc = rocAuc(
    test.rows.map((r) => predictBoosted(model, r)),
    test.labels,
  );
  assert.ok(auc > 0.99, `AUC ${auc}`);
  const cases: Array<[number[], boolean]> = [
    [[0.9, 0.9, 0.5], true],
    [[0.1, 0.1, 0.5], true],
    [[0.3, 0.7, 0.5], false],
  ];
  for (const [row, churns] of cases) assert.equal(predictBoosted(model, row) > 0.5, churns, String(row));
});

test('feature importance sums to 1 and puts the noise column last', () => {
  const { rows, labels } = toyData(600, 1);
  const { importance } = fitBoosted(rows, labels, { rounds: 50, seed: 3 });
  assert.ok(Math.abs(importance.reduce((a, v) => a + v, 0) - 1) < 1e-12);
  assert.ok(importance[2]! < importance[0]! && importance[2]! < importance[1]!, String(importance));
});

test('the same seed gives the same model; another seed a different one', () => {
  const { rows, labels } = toyData(200, 5);
  const options = { rounds: 10, seed: 9 };
  assert.deepEqual(fitBoosted(rows, labels, options), fitBoosted(rows, labels, options));
  assert.notDeepEqual(
    fitBoosted(rows, labels, options).trees,
    fitBoosted(rows, labels, { ...options, seed: 10 }).trees,
  );
});

test('bias plus per-feature contributions equals the margin (Saabas decomposition is exact)', () => {
  const { rows, labels } = toyData(300, 4);
  const model = fitBoosted(rows, labels, { rounds: 40, seed: 1 });
  for (const row of rows.slice(0, 20)) {
    const { bias, contributions } = boostedContributions(model, row);
    const total = bias + contributions.reduce((a, v) => a + v, 0);
    assert.ok(Math.abs(total - boostedMargin(model, row)) < 1e-9);
  }
  // For a churner through x0 alone, x0 carries the largest push towards churn.
  const { contributions } = boostedContributions(model, [0.95, 0.8, 0.5]);
  assert.equal(contributions.indexOf(Math.max(...contributions)), 0);
});

test('fitBoosted refuses a single class', () => {
  assert.throws(() => fitBoosted([[1], [2]], [0, 0]), /both classes/);
});
