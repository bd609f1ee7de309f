import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { TenureError } from '../../../kernel/errors.ts';
import { periodBoundary } from '../../subscriptions/index.ts';
import {
  applyDiscounts,
  type Coupon,
  type DiscountableLine,
  discountAppliesAt,
  discountEnd,
  validateCoupon,
} from './discounts.ts';
import { invoiceTotals } from './totals.ts';

// A date-only string is midnight UTC.
const I = (s: string) => Temporal.Instant.from(s.length === 10 ? `${s}T00:00:00Z` : s);

const pct = (percent_off: string | number, extra: Partial<Coupon> = {}): Coupon => ({
  id: `pct_${percent_off}`,
  percent_off,
  duration: 'forever',
  ...extra,
});
const off = (amount_off: number, extra: Partial<Coupon> = {}): Coupon => ({
  id: `off_${amount_off}`,
  amount_off,
  currency: 'usd',
  duration: 'forever',
  ...extra,
});
const repeating = (months: number): Coupon => pct(20, { duration: 'repeating', duration_in_months: months });

describe('discountEnd', () => {
  const cases: [string, Coupon, string, string, string | null][] = [
    // [name, coupon, start, timeZone, expected end]
    ['3 months', repeating(3), '2025-01-01', 'UTC', '2025-04-01T00:00:00Z'],
    ['Jan 31 + 1 month clamps to Feb 28', repeating(1), '2025-01-31', 'UTC', '2025-02-28T00:00:00Z'],
    ['Jan 31 + 2 months is Mar 31 (not chained)', repeating(2), '2025-01-31', 'UTC', '2025-03-31T00:00:00Z'],
    ['month maths in the account zone', repeating(1), '2025-01-31T02:00Z', 'America/New_York', '2025-03-01T02:00:00Z'],
    ['once has no end', pct(20, { duration: 'once' }), '2025-01-01', 'UTC', null],
    ['forever has no end', pct(20), '2025-01-01', 'UTC', null],
  ];
  for (const [name, coupon, start, zone, expected] of cases) {
    test(name, () => assert.equal(discountEnd({ coupon, start: I(start) }, zone)?.toString() ?? null, expected));
  }
});

describe('discountAppliesAt', () => {
  const once = pct(20, { duration: 'once' });
  const cases: [string, Coupon, string, string, string | null | undefined, boolean][] = [
    // [name, coupon, discount start, period start, previous period start, applies]
    ['forever, before start', pct(20), '2025-01-01', '2024-12-01', undefined, false],
    ['forever, at start', pct(20), '2025-01-01', '2025-01-01', undefined, true],
    ['forever, years later', pct(20), '2025-01-01', '2030-06-01', undefined, true],
    ['repeating 3, 3rd invoice', repeating(3), '2025-01-01', '2025-03-01', undefined, true],
    ['repeating 3, 4th invoice is at the end', repeating(3), '2025-01-01', '2025-04-01', undefined, false],
    ['repeating 1 from Jan 31, Feb 27', repeating(1), '2025-01-31', '2025-02-27', undefined, true],
    ['repeating 1 from Jan 31, Feb 28', repeating(1), '2025-01-31', '2025-02-28', undefined, false],
    [
      'repeating 2 from Jan 31, Mar 30 (chaining would stop Mar 28)',
      repeating(2),
      '2025-01-31',
      '2025-03-30',
      undefined,
      true,
    ],
    ['once, first invoice of a new subscription', once, '2025-01-01', '2025-01-01', null, true],
    ['once, second invoice', once, '2025-01-01', '2025-02-01', '2025-01-01', false],
    ['once, added mid-period: next invoice', once, '2025-01-15', '2025-02-01', '2025-01-01', true],
    ['once, added mid-period: the one after', once, '2025-01-15', '2025-03-01', '2025-02-01', false],
    ['once, period before the discount', once, '2025-01-15', '2025-01-01', null, false],
  ];
  for (const [name, coupon, start, periodStart, previous, expected] of cases) {
    test(name, () => {
      const previousPeriodStart = previous == null ? previous : I(previous);
      assert.equal(discountAppliesAt({ coupon, start: I(start) }, I(periodStart), { previousPeriodStart }), expected);
    });
  }

  test('once without previousPeriodStart throws rather than discounting every invoice', () => {
    assert.throws(() => discountAppliesAt({ coupon: once, start: I('2025-01-01') }, I('2025-02-01')), RangeError);
  });
});

describe('applyDiscounts', () => {
  const line = (amount: number, product?: string, discountable?: boolean): DiscountableLine => ({
    amount,
    ...(product === undefined ? {} : { product }),
    ...(discountable === undefined ? {} : { discountable }),
  });
  const cases: [string, DiscountableLine[], Coupon[], number[][]][] = [
    // [name, lines, coupons in order, expected amounts per line per eligible coupon]
    ['20% of $30', [line(3000)], [pct(20)], [[600]]],
    ['percent rounds half-up per line', [line(1010), line(1010)], [pct(15)], [[152], [152]]],
    ['decimal-string percent', [line(1004)], [pct('12.5')], [[126]]],
    ['number percent 33.3', [line(1000)], [pct(33.3)], [[333]]],
    ['100% takes the whole line', [line(999)], [pct(100)], [[999]]],
    [
      'restricted to products',
      [line(1000, 'a'), line(2000, 'b'), line(500)],
      [pct(10, { applies_to_products: ['b'] })],
      [[], [200], []],
    ],
    [
      'amount_off proportional, leftover to the largest',
      [line(3000), line(1000), line(2000)],
      [off(1000)],
      [[501], [166], [333]],
    ],
    ['amount_off capped at the lines', [line(1000), line(2000)], [off(5000)], [[1000], [2000]]],
    ['amount_off leftover spills past a full line', [line(2), line(1), line(1)], [off(3)], [[2], [1], [0]]],
    ['amount_off on equal lines, tie to the first', [line(100), line(100), line(100)], [off(100)], [[34], [33], [33]]],
    [
      'restricted amount_off',
      [line(1000, 'a'), line(3000, 'b')],
      [off(500, { applies_to_products: ['a'] })],
      [[500], []],
    ],
    [
      'credits and non-discountable lines untouched',
      [line(-500), line(1000, 'p', false), line(1000)],
      [off(300)],
      [[], [], [300]],
    ],
    ['stacked percents compound', [line(1000)], [pct(10, { id: 'a' }), pct(10, { id: 'b' })], [[100, 90]]],
    ['amount_off after 50% only has the rest', [line(1000)], [pct(50), off(2000)], [[500, 500]]],
    ['no lines', [], [pct(20)], []],
  ];
  for (const [name, lines, coupons, expected] of cases) {
    test(name, () => {
      const result = applyDiscounts(
        lines,
        coupons.map((coupon) => ({ coupon })),
        'USD',
      );
      assert.deepEqual(
        result.map((l) => l.map((d) => d.amount)),
        expected,
      );
    });
  }

  test('entries name the coupon', () => {
    assert.deepEqual(applyDiscounts([line(3000)], [{ coupon: pct(20) }], 'usd'), [[{ coupon: 'pct_20', amount: 600 }]]);
  });

  test('amount_off in another currency throws', () => {
    assert.throws(() => applyDiscounts([line(1000)], [{ coupon: off(100) }], 'EUR'), { code: 'currency_mismatch' });
  });
});

describe('validateCoupon', () => {
  const cases: [string, Coupon, string][] = [
    ['both percent and amount', { ...pct(10), amount_off: 100, currency: 'usd' }, 'percent_off'],
    ['neither', { id: 'x', duration: 'forever' }, 'percent_off'],
    ['percent 0', pct(0), 'percent_off'],
    ['percent over 100', pct('100.5'), 'percent_off'],
    ['percent in exponent notation', pct('1e1'), 'percent_off'],
    ['fractional amount_off', off(1.5), 'amount_off'],
    ['amount_off without currency', { id: 'x', amount_off: 100, duration: 'forever' }, 'currency'],
    ['repeating without months', pct(10, { duration: 'repeating' }), 'duration_in_months'],
    ['months on forever', pct(10, { duration_in_months: 3 }), 'duration_in_months'],
    ['unknown duration', pct(10, { duration: 'weekly' as Coupon['duration'] }), 'duration'],
    ['empty id', pct(10, { id: '' }), 'id'],
  ];
  for (const [name, coupon, param] of cases) {
    test(`rejects ${name}`, () => {
      assert.throws(
        () => validateCoupon(coupon),
        (e: unknown) => e instanceof TenureError && e.kind === 'invalid_request' && e.param === param,
      );
    });
  }
});

test('acceptance: 20% repeating 3 months on $30/month from 2025-01-01 → 2400, 2400, 2400, 3000', () => {
  const anchor = I('2025-01-01');
  const discount = { coupon: repeating(3), start: anchor };
  const amounts = [0, 1, 2, 3].map((n) => {
    const periodStart = periodBoundary(anchor, 'month', 1, n, 'UTC');
    const discounts = discountAppliesAt(discount, periodStart) ? [discount] : [];
    const [discount_amounts] = applyDiscounts([{ amount: 3000 }], discounts, 'usd');
    const lines = [{ amount: 3000, discount_amounts: discount_amounts!, tax_amounts: [] }];
    return invoiceTotals({ currency: 'usd', lines, startingBalance: 0 }).amount_due;
  });
  assert.deepEqual(amounts, [2400, 2400, 2400, 3000]);
});
