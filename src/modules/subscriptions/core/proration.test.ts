import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Decimal } from 'decimal.js';
import { Temporal } from 'temporal-polyfill';
import type { BillingInterval } from './periods.ts';
import { firstPeriodStubAmount, prorateAmount, prorationFraction, prorationLines } from './proration.ts';

const I = (s: string) => Temporal.Instant.from(s);

describe('prorationFraction', () => {
  // 30-day period: April 2025 in UTC.
  const start = '2025-04-01T00:00:00Z';
  const end = '2025-05-01T00:00:00Z';
  const cases: [string, string, string | undefined, string][] = [
    // [name, from, to, expected]
    ['halfway, remaining', '2025-04-16T00:00:00Z', undefined, '0.5'],
    ['sub-second part is floored', '2025-04-16T00:00:00.999Z', undefined, '0.5'],
    ['at period start', start, undefined, '1'],
    ['at period end', end, undefined, '0'],
    ['explicit [from, to)', start, '2025-04-11T00:00:00Z', '0.3333333333333333333333333333333333333333'],
    ['one second', '2025-04-30T23:59:59Z', undefined, '0.0000003858024691358024691358024691358024691358'],
  ];
  for (const [name, from, to, expected] of cases) {
    test(name, () => {
      const f = prorationFraction(I(start), I(end), I(from), to === undefined ? undefined : I(to));
      assert.equal(f.toFixed(), expected);
    });
  }

  test('rejects instants outside the period and empty periods', () => {
    assert.throws(() => prorationFraction(I(start), I(end), I('2025-03-31T23:59:59Z')), RangeError);
    assert.throws(() => prorationFraction(I(start), I(end), I('2025-05-01T00:00:01Z')), RangeError);
    assert.throws(() => prorationFraction(I(start), I(end), I(end), I(start)), RangeError);
    assert.throws(() => prorationFraction(I(start), I(start), I(start)), RangeError);
  });
});

describe('prorateAmount', () => {
  const third = new Decimal(1).div(3);
  const cases: [string, number, Decimal.Value, number][] = [
    ['half of 10.00', 1000, '0.5', 500],
    ['22/31 of 50.00', 5000, new Decimal(22).div(31), 3548],
    ['tie rounds half-up', 3, '0.5', 2],
    ['float trap 1005 × 0.5', 1005, '0.5', 503],
    ['negative tie rounds away from zero', -3, '0.5', -2],
    ['one third of 999', 999, third, 333],
    ['two thirds of 1000', 1000, new Decimal(2).div(3), 667],
    ['whole fraction', 4999, 1, 4999],
    ['zero fraction', 4999, 0, 0],
  ];
  for (const [name, amount, fraction, expected] of cases) {
    test(name, () => {
      assert.equal(prorateAmount(amount, fraction), expected);
    });
  }

  test('never returns -0', () => {
    assert.ok(Object.is(prorateAmount(-1, '0.1'), 0));
  });

  test('rejects fractional amounts and fractions outside [0, 1]', () => {
    assert.throws(() => prorateAmount(10.5, '0.5'), RangeError);
    assert.throws(() => prorateAmount(100, '1.01'), RangeError);
    assert.throws(() => prorateAmount(100, '-0.01'), RangeError);
  });
});

describe('prorationLines', () => {
  const periodStart = I('2025-04-01T00:00:00Z');
  const periodEnd = I('2025-05-01T00:00:00Z');
  const item = (price_id: string, unit_amount: number, quantity = 1) => ({ price_id, unit_amount, quantity });
  const cases: [string, string, ReturnType<typeof item>[], ReturnType<typeof item>[], [string, number, number][]][] = [
    // [name, changeAt, oldItems, newItems, expected [price_id, quantity, amount]]
    [
      'upgrade 10 → 20 halfway',
      '2025-04-16T00:00:00Z',
      [item('basic', 1000)],
      [item('pro', 2000)],
      [
        ['basic', 1, -500],
        ['pro', 1, 1000],
      ],
    ],
    [
      'rounds once on unit × quantity',
      '2025-04-16T00:00:00Z',
      [item('seat', 1, 3)],
      [item('seat', 1, 5)],
      [
        ['seat', 3, -2],
        ['seat', 5, 3],
      ],
    ],
    [
      'at period start: full credit and charge',
      '2025-04-01T00:00:00Z',
      [item('basic', 1000)],
      [item('pro', 2000)],
      [
        ['basic', 1, -1000],
        ['pro', 1, 2000],
      ],
    ],
    [
      'at period end: zero lines, no -0',
      '2025-05-01T00:00:00Z',
      [item('basic', 1000)],
      [item('pro', 2000)],
      [
        ['basic', 1, 0],
        ['pro', 1, 0],
      ],
    ],
    // 1,789,000 of 2,592,000 s remain; 4999 × that = 3450.31 → 3450; 1999 × that = 1379.71 → 1380.
    [
      'to the second',
      '2025-04-10T07:03:20Z',
      [item('a', 1999)],
      [item('b', 4999)],
      [
        ['a', 1, -1380],
        ['b', 1, 3450],
      ],
    ],
    [
      'quantity change only',
      '2025-04-16T00:00:00Z',
      [item('seat', 1500, 2)],
      [item('seat', 1500, 4)],
      [
        ['seat', 2, -1500],
        ['seat', 4, 3000],
      ],
    ],
  ];
  for (const [name, changeAt, oldItems, newItems, expected] of cases) {
    test(name, () => {
      const lines = prorationLines({ periodStart, periodEnd, changeAt: I(changeAt), oldItems, newItems });
      const period = { start: I(changeAt), end: periodEnd };
      const want = expected.map(([price_id, quantity, amount]) => ({
        price_id,
        quantity,
        amount,
        proration: true,
        period,
      }));
      assert.deepEqual(lines, want);
    });
  }

  test('rejects bad items and change outside the period', () => {
    const at = I('2025-04-16T00:00:00Z');
    const bad = (oldItems: ReturnType<typeof item>[]) => () =>
      prorationLines({ periodStart, periodEnd, changeAt: at, oldItems, newItems: [] });
    assert.throws(bad([item('x', 10.5)]), RangeError);
    assert.throws(bad([item('x', 100, -1)]), RangeError);
    assert.throws(bad([item('x', 100, 1.5)]), RangeError);
    assert.throws(bad([item('x', Number.MAX_SAFE_INTEGER, 2)]), RangeError);
    const outside = { periodStart, periodEnd, changeAt: I('2025-05-02T00:00:00Z'), oldItems: [], newItems: [] };
    assert.throws(() => prorationLines(outside), RangeError);
  });
});

describe('firstPeriodStubAmount', () => {
  const cases: [string, number, string, string, BillingInterval, string, number, number, number][] = [
    // [name, full, start, cycleAnchor, interval, timeZone, amount, stubDays, periodDays]
    [
      '$50/month from Aug 10, anchor Sep 1',
      5000,
      '2025-08-10T00:00:00Z',
      '2025-09-01T00:00:00Z',
      'month',
      'UTC',
      3548,
      22,
      31,
    ],
    ['counts days, not seconds', 5000, '2025-08-10T18:45:00Z', '2025-09-01T00:00:00Z', 'month', 'UTC', 3548, 22, 31],
    ['aligned start bills in full', 5000, '2025-09-01T00:00:00Z', '2025-09-01T00:00:00Z', 'month', 'UTC', 5000, 30, 30],
    ['yearly stub 292/365', 12000, '2025-03-15T00:00:00Z', '2026-01-01T00:00:00Z', 'year', 'UTC', 9600, 292, 365],
    // Sao Paulo lost an hour on 2018-11-04: seconds would give 2577, days give 16/31 × 5000 = 2580.6 → 2581.
    [
      'Sao Paulo across DST start',
      5000,
      '2018-10-25T03:00:00Z',
      '2018-11-10T02:00:00Z',
      'month',
      'America/Sao_Paulo',
      2581,
      16,
      31,
    ],
    // Tehran (+03:30 → +04:30 on 2021-03-22): start is Mar 9 in UTC but Mar 10 locally; 22/31 × 9900 = 7025.8.
    [
      'Tehran local dates and DST',
      9900,
      '2021-03-09T20:30:00Z',
      '2021-03-31T19:30:00Z',
      'month',
      'Asia/Tehran',
      7026,
      22,
      31,
    ],
  ];
  for (const [name, full, start, anchor, interval, tz, amount, stubDays, periodDays] of cases) {
    test(name, () => {
      const input = { fullAmountMinor: full, start: I(start), cycleAnchor: I(anchor), interval, intervalCount: 1 };
      const r = firstPeriodStubAmount({ ...input, timeZone: tz });
      assert.deepEqual(
        { amount: r.amount, stubDays: r.stubDays, periodDays: r.periodDays, start: r.period.start.toString() },
        { amount, stubDays, periodDays, start },
      );
    });
  }

  test('anchor beyond the next natural billing date throws', () => {
    const input = { fullAmountMinor: 5000, start: I('2025-08-10T00:00:00Z'), cycleAnchor: I('2025-10-01T00:00:00Z') };
    assert.throws(
      () => firstPeriodStubAmount({ ...input, interval: 'month', intervalCount: 1, timeZone: 'UTC' }),
      RangeError,
    );
  });
});
