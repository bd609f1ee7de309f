import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom, shuffled } from './random.ts';
import { seededSplit } from './split.ts';

test('seededRandom repeats for a seed and differs across seeds', () => {
  const a = seededRandom(42);
  const b = seededRandom(42);
  const first = [a(), a(), a()];
  assert.deepEqual([b(), b(), b()], first);
  assert.notDeepEqual([seededRandom(43)(), seededRandom(43)()], first.slice(0, 2));
  for (const v of first) assert.ok(v >= 0 && v < 1);
  assert.deepEqual(shuffled([1, 2, 3, 4, 5], seededRandom(7)).sort(), [1, 2, 3, 4, 5]);
});

test('seededSplit is stratified, disjoint, covering and deterministic', () => {
  // 20 rows, 4 positives: 25 % → 1 positive and 4 negatives in test.
  const labels = Array.from({ length: 20 }, (_, i) => (i % 5 === 0 ? 1 : 0) as 0 | 1);
  const cases: Array<[number, number, number, number]> = [
    // [testFraction, test size, test positives, train size]
    [0.25, 5, 1, 15],
    [0.5, 10, 2, 10],
    [0.1, 2, 0, 18],
  ];
  for (const [testFraction, testSize, testPositives, trainSize] of cases) {
    const split = seededSplit(labels, { seed: 42, testFraction });
    assert.equal(split.test.length, testSize, `test size at ${testFraction}`);
    assert.equal(split.train.length, trainSize);
    assert.equal(split.test.filter((i) => labels[i] === 1).length, testPositives);
    assert.deepEqual(
      [...split.train, ...split.test].sort((a, b) => a - b),
      [...labels.keys()],
    );
    assert.deepEqual(seededSplit(labels, { seed: 42, testFraction }), split, 'same seed, same split');
  }
  assert.notDeepEqual(
    seededSplit(labels, { seed: 1, testFraction: 0.5 }),
    seededSplit(labels, { seed: 2, testFraction: 0.5 }),
  );
  assert.throws(() => seededSplit(labels, { seed: 1, testFraction: 1 }), RangeError);
});
