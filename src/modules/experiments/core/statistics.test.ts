import assert from 'node:assert/strict';
import { test } from 'node:test';
import { confidenceSequence, relativeLift, sampleRatioMismatch, twoProportionTest, welchTTest } from './statistics.ts';

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

test('two-proportion z-test: 100/1,000 vs 120/1,000 → p ≈ 0.153, not significant', () => {
  const result = twoProportionTest({ conversions: 100, exposures: 1000 }, { conversions: 120, exposures: 1000 });
  assert.equal(round(result.p_value, 3), 0.153);
  assert.equal(round(result.statistic, 4), 1.4293);
  assert.equal(result.significant, false);
  assert.equal(round(result.absolute_lift, 4), 0.02);
  assert.equal(round(result.relative_lift!, 4), 0.2);
  // Wald interval of the difference: 0.02 ± 1.96·√(0.1·0.9/1000 + 0.12·0.88/1000)
  assert.equal(round(result.absolute_ci.lower, 4), -0.0074);
  assert.equal(round(result.absolute_ci.upper, 4), 0.0474);
  assert.ok(result.relative_ci!.lower < 0 && result.relative_ci!.upper > 0.4);
});

test('two-proportion table: significance follows the sample size', () => {
  const cases: Array<[string, [number, number], [number, number], boolean]> = [
    ['same rate', [50, 500], [50, 500], false],
    ['10% vs 12% on 10,000 each', [1000, 10000], [1200, 10000], true],
    ['10% vs 8% on 10,000 each', [1000, 10000], [800, 10000], true],
    ['all convert', [10, 10], [10, 10], false],
  ];
  for (const [name, [cc, ce], [tc, te], significant] of cases) {
    const result = twoProportionTest({ conversions: cc, exposures: ce }, { conversions: tc, exposures: te });
    assert.equal(result.significant, significant, name);
  }
  assert.throws(() => twoProportionTest({ conversions: 2, exposures: 1 }, { conversions: 0, exposures: 1 }));
  assert.throws(() => twoProportionTest({ conversions: 0, exposures: 0 }, { conversions: 0, exposures: 1 }));
});

test("Welch's t: 0.41 (sd 3.9, n 3,407) vs 0.70 (sd 6.2, n 3,461) → 0.29, CI [0.0454, 0.5346], p 0.0202", () => {
  const result = welchTTest({ mean: 0.41, sd: 3.9, n: 3407 }, { mean: 0.7, sd: 6.2, n: 3461 });
  assert.equal(round(result.absolute_lift, 4), 0.29);
  assert.equal(round(result.absolute_ci.lower, 4), 0.0454);
  assert.equal(round(result.absolute_ci.upper, 4), 0.5346);
  assert.equal(round(result.p_value, 4), 0.0202);
  assert.equal(result.significant, true);
  assert.ok(result.df > 5800 && result.df < 5900, `df ${result.df}`);
  assert.equal(round(result.relative_lift!, 4), 0.7073);
});

test('Welch on small samples uses the t distribution, wider than the normal', () => {
  const result = welchTTest({ mean: 10, sd: 2, n: 5 }, { mean: 13, sd: 2, n: 5 });
  assert.ok(result.df > 7.99 && result.df < 8.01);
  // t(0.975, 8) = 2.306; half-width 2.306·√(0.8+0.8)
  assert.equal(round(result.absolute_ci.upper - 3, 3), 2.917);
  assert.equal(round(result.p_value, 4), 0.0451); // scipy.stats.t.sf(2.3717, 8)·2
  const flat = welchTTest({ mean: 1, sd: 0, n: 3 }, { mean: 1, sd: 0, n: 3 });
  assert.equal(flat.p_value, 1);
  assert.equal(flat.df, 4, 'finite degrees of freedom when both arms are constant');
  for (const value of [flat.statistic, flat.absolute_ci.lower, flat.absolute_ci.upper, flat.relative_lift!]) {
    assert.ok(Number.isFinite(value));
  }
  assert.throws(() => welchTTest({ mean: 1, sd: 1, n: 1 }, { mean: 1, sd: 1, n: 5 }), RangeError);
});

test('delta-method relative lift', () => {
  // 10% → 12% with Var 0.00009 and 0.0001056: √(0.0001056/0.01 + 0.0144·0.00009/0.0001) = √0.02352 = 0.15336
  const result = relativeLift(0.1, 0.12, 0.00009, 0.0001056, 1.959964);
  assert.equal(round(result!.lift, 4), 0.2);
  assert.equal(round(result!.ci.upper - 0.2, 4), round(1.959964 * Math.sqrt(0.02352), 4));
  assert.equal(relativeLift(0, 0.1, 0.1, 0.1, 1.96), null);
});

test('sample-ratio mismatch: chi-square against the configured weights', () => {
  const cases: Array<[string, number[], number[], boolean]> = [
    ['issue: 50/50 with 1,000 vs 1,200', [1000, 1200], [50, 50], true],
    ['50/50 with 1,000 vs 1,030', [1000, 1030], [50, 50], false],
    ['80/20 honoured', [8000, 2000], [80, 20], false],
    ['80/20 served 50/50', [5000, 5000], [80, 20], true],
    ['three arms even', [1000, 1010, 990], [1, 1, 1], false],
  ];
  for (const [name, observed, weights, mismatch] of cases) {
    assert.equal(sampleRatioMismatch(observed, weights).mismatch, mismatch, name);
  }
  const issue = sampleRatioMismatch([1000, 1200], [1, 1]);
  assert.equal(round(issue.chi_square, 2), 18.18);
  assert.ok(issue.p_value < 0.0001);
  assert.deepEqual(sampleRatioMismatch([0, 0], [1, 1]), { chi_square: 0, p_value: 1, mismatch: false });
  assert.throws(() => sampleRatioMismatch([1], [1]), RangeError);
});

test('sequential mode: an asymptotic confidence sequence, wider than the fixed interval', () => {
  // The Welch example is significant at a fixed horizon (p 0.0202) but not under continuous peeking.
  const welch = welchTTest(
    { mean: 0.41, sd: 3.9, n: 3407 },
    { mean: 0.7, sd: 6.2, n: 3461 },
    { sequentialTuning: 5000 },
  );
  assert.equal(round(welch.sequential_ci!.lower, 4), -0.0894);
  assert.equal(round(welch.sequential_ci!.upper, 4), 0.6694);
  assert.equal(welch.significant, false);
  assert.equal(round(welch.p_value, 4), 0.0202, 'the fixed-horizon p-value is still reported');
  const rates = twoProportionTest(
    { conversions: 100, exposures: 1000 },
    { conversions: 120, exposures: 1000 },
    { sequentialTuning: 5000 },
  );
  assert.equal(round(rates.sequential_ci!.upper - 0.02, 4), 0.0437);
  // A large effect stays significant in sequential mode.
  const big = twoProportionTest(
    { conversions: 1000, exposures: 20000 },
    { conversions: 1400, exposures: 20000 },
    { sequentialTuning: 5000 },
  );
  assert.equal(big.significant, true);
  assert.ok(big.sequential_ci!.upper - big.sequential_ci!.lower > big.absolute_ci.upper - big.absolute_ci.lower);
  assert.equal(
    twoProportionTest({ conversions: 1, exposures: 10 }, { conversions: 1, exposures: 10 }).sequential_ci,
    undefined,
  );
  assert.throws(() => confidenceSequence(0, 1, 0), RangeError);
});
