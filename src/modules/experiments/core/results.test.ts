import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ExposedCustomer, experimentResults } from './results.ts';

/** `n` exposed customers of a variant, the first `converted` of them converting with `value` each. */
const arm = (variant: string, n: number, converted: number, value = 0): ExposedCustomer[] =>
  Array.from({ length: n }, (_, i) => ({ variant, converted: i < converted, value: i < converted ? value : 0 }));

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

test('the issue figures through the whole pipeline: 100/1,000 vs 120/1,000', () => {
  const variants = [
    { key: 'control', weight: 1 },
    { key: 'coupon', weight: 1 },
  ];
  const results = experimentResults(variants, [...arm('control', 1000, 100, 500), ...arm('coupon', 1000, 120, 500)]);
  assert.equal(results.control, 'control');
  assert.deepEqual(
    results.variants.map((v) => [v.key, v.exposures, v.conversions, v.conversion_rate, v.value_mean]),
    [
      ['control', 1000, 100, 0.1, 50],
      ['coupon', 1000, 120, 0.12, 60],
    ],
  );
  const [comparison] = results.comparisons;
  assert.equal(comparison!.variant, 'coupon');
  assert.equal(round(comparison!.rate!.p_value, 3), 0.153);
  assert.equal(round(comparison!.rate!.relative_lift!, 4), 0.2);
  assert.equal(round(comparison!.value!.absolute_lift, 4), 10);
  assert.equal(results.srm.mismatch, false);
  // The revenue sd of a 0/500 arm with 10 % converting: 500·√(0.1·0.9·1000/999)
  assert.equal(round(results.variants[0]!.value_sd!, 4), round(500 * Math.sqrt((0.1 * 0.9 * 1000) / 999), 4));
});

test('SRM flagged, empty arms give no comparison, three arms compare each with the control', () => {
  const flagged = experimentResults(
    [
      { key: 'a', weight: 50 },
      { key: 'b', weight: 50 },
    ],
    [...arm('a', 1000, 0), ...arm('b', 1200, 0)],
  );
  assert.equal(flagged.srm.mismatch, true);
  const empty = experimentResults(
    [
      { key: 'a', weight: 1 },
      { key: 'b', weight: 1 },
    ],
    arm('a', 5, 1, 100),
  );
  assert.deepEqual(empty.comparisons, [{ variant: 'b', rate: null, value: null }]);
  assert.equal(empty.variants[1]!.conversion_rate, null);
  const three = experimentResults(
    [
      { key: 'a', weight: 1 },
      { key: 'b', weight: 1 },
      { key: 'c', weight: 1 },
    ],
    [...arm('a', 500, 50), ...arm('b', 500, 50), ...arm('c', 500, 100)],
  );
  assert.deepEqual(
    three.comparisons.map((c) => [c.variant, c.rate!.significant]),
    [
      ['b', false],
      ['c', true],
    ],
  );
  assert.throws(() => experimentResults([{ key: 'a', weight: 1 }], []), RangeError);
});

test('nobody converted yet: every figure is a finite number or null, never NaN', () => {
  const results = experimentResults(
    [
      { key: 'a', weight: 1 },
      { key: 'b', weight: 1 },
    ],
    [...arm('a', 6, 0), ...arm('b', 7, 0)],
  );
  const numbers: unknown[] = [];
  JSON.stringify(results, (_key, value) => {
    if (typeof value === 'number') numbers.push(value);
    return value;
  });
  assert.ok(
    numbers.every((n) => Number.isFinite(n)),
    JSON.stringify(results),
  );
  assert.equal(results.comparisons[0]!.rate!.p_value, 1);
  assert.equal(results.comparisons[0]!.value!.p_value, 1);
});
