import assert from 'node:assert/strict';
import { test } from 'node:test';
import { binMatrix, binOf, columnThresholds } from './bins.ts';
import { growTree, treePath } from './tree.ts';

test('columnThresholds: midpoints between distinct values, quantile midpoints when there are too many', () => {
  const cases: Array<[number[], number, number[]]> = [
    [[1, 2, 3, 4], 64, [1.5, 2.5, 3.5]],
    [[3, 1, 1, 3], 64, [2]],
    [[5, 5, 5], 64, []],
    [[1, 2, 3, 4, 5, 6, 7, 8], 4, [2.5, 4.5, 6.5]],
  ];
  for (const [values, maxBins, thresholds] of cases) assert.deepEqual(columnThresholds(values, maxBins), thresholds);
});

test('binOf puts a value equal to a threshold on its left side', () => {
  const cases: Array<[number, number]> = [
    [0, 0],
    [1.5, 0],
    [2, 1],
    [2.5, 1],
    [9, 3],
  ];
  for (const [value, bin] of cases) assert.equal(binOf([1.5, 2.5, 3.5], value), bin, String(value));
});

test('growTree splits a toy set on the informative column at the midpoint', () => {
  // Column 0 separates the classes between 2 and 3; column 1 is noise.
  const rows = [
    [1, 7],
    [2, 3],
    [3, 7],
    [4, 3],
  ];
  const data = binMatrix(rows);
  // Gradients of the log-loss at p = 0.5 for labels 0, 0, 1, 1.
  const grad = Float64Array.from([0.5, 0.5, -0.5, -0.5]);
  const hess = Float64Array.from([0.25, 0.25, 0.25, 0.25]);
  const gains = [0, 0];
  const options = { maxDepth: 1, lambda: 0, minChildWeight: 0, learningRate: 1 };
  const tree = growTree(data, [0, 1, 2, 3], [0, 1], grad, hess, options, gains);
  assert.deepEqual(tree.feature, [0, -1, -1]);
  assert.deepEqual(tree.bin, [1, -1, -1]);
  assert.equal(tree.threshold[0], 2.5);
  // Leaf value −G/H: left −1/0.5 = −2, right +2; root 0. Gain G_L²/H_L + G_R²/H_R − G²/H = 2 + 2 − 0.
  assert.deepEqual(tree.value, [-0, -2, 2]);
  assert.deepEqual(gains, [4, 0]);
  assert.deepEqual(treePath(tree, [2.5, 0]), [0, 1]);
  assert.deepEqual(treePath(tree, [2.6, 0]), [0, 2]);
});

test('growTree respects minChildWeight and stops when nothing gains', () => {
  const data = binMatrix([[1], [2], [3], [4]]);
  const grad = Float64Array.from([0.5, 0.5, -0.5, -0.5]);
  const hess = Float64Array.from([0.25, 0.25, 0.25, 0.25]);
  const heavy = { maxDepth: 3, lambda: 0, minChildWeight: 0.6, learningRate: 1 };
  assert.deepEqual(growTree(data, [0, 1, 2, 3], [0], grad, hess, heavy, [0]).feature, [-1]);
  const flat = Float64Array.from([0, 0, 0, 0]);
  assert.deepEqual(growTree(data, [0, 1, 2, 3], [0], flat, hess, { ...heavy, minChildWeight: 0 }, [0]).feature, [-1]);
});
