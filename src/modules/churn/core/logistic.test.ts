import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitLogistic, predictLogistic, sigmoid, solveSpd } from './logistic.ts';

test('solveSpd solves a symmetric positive-definite system exactly', () => {
  // [[4,2],[2,3]] x = [2, 1] → x = [0.5, 0].
  const close = (actual: number[], expected: number[]) =>
    actual.forEach((v, i) => {
      assert.ok(Math.abs(v - expected[i]!) < 1e-12, `${v} ≈ ${expected[i]}`);
    });
  close(
    solveSpd(
      [
        [4, 2],
        [2, 3],
      ],
      [2, 1],
    ),
    [0.5, 0],
  );
  close(solveSpd([[2]], [3]), [1.5]);
  close(
    solveSpd(
      [
        [4, 2, 0],
        [2, 5, 1],
        [0, 1, 3],
      ],
      [6, 8, 4],
    ),
    [1, 1, 1],
  );
  assert.throws(
    () =>
      solveSpd(
        [
          [1, 2],
          [2, 1],
        ],
        [1, 1],
      ),
    /positive definite/,
  );
});

test('sigmoid is symmetric and does not overflow', () => {
  const cases: Array<[number, number]> = [
    [0, 0.5],
    [1000, 1],
    [-1000, 0],
    [Math.log(3), 0.75],
  ];
  for (const [z, p] of cases) assert.ok(Math.abs(sigmoid(z) - p) < 1e-15, `sigmoid(${z})`);
  assert.ok(Math.abs(sigmoid(2) + sigmoid(-2) - 1) < 1e-15);
});

test('fitLogistic reaches the penalised optimum: the gradient Σ(p − y)x + λw vanishes', () => {
  const rows = [[-2], [-1], [-0.5], [0.5], [1], [2], [0], [1.5]];
  const labels: (0 | 1)[] = [0, 0, 1, 0, 1, 1, 0, 1];
  for (const l2 of [0.1, 1, 10]) {
    const model = fitLogistic(rows, labels, { l2 });
    const residuals = rows.map((row, i) => predictLogistic(model, row) - labels[i]!);
    const interceptGradient = residuals.reduce((a, r) => a + r, 0);
    const weightGradient = residuals.reduce((a, r, i) => a + r * rows[i]![0]!, 0) + l2 * model.weights[0]!;
    assert.ok(Math.abs(interceptGradient) < 1e-9, `intercept gradient at λ=${l2}`);
    assert.ok(Math.abs(weightGradient) < 1e-9, `weight gradient at λ=${l2}`);
    assert.ok(model.weights[0]! > 0, 'churn rises with x');
  }
  // A stronger penalty shrinks the weight.
  assert.ok(fitLogistic(rows, labels, { l2: 10 }).weights[0]! < fitLogistic(rows, labels, { l2: 0.1 }).weights[0]!);
});

test('fitLogistic on balanced, x-independent labels has intercept and weight 0', () => {
  const model = fitLogistic([[-1], [1], [-1], [1]], [0, 0, 1, 1], { l2: 1 });
  assert.ok(Math.abs(model.intercept) < 1e-12);
  assert.ok(Math.abs(model.weights[0]!) < 1e-12);
});
