import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { grossMrrChurnRate, netMrrChurnRate, quickRatio } from './metrics.ts';
import type { Movement } from './movements.ts';
import type { SeriesBucket, SeriesInterval } from './series.ts';
import { movementTotals, mrrSeries } from './series.ts';

const ts = (iso: string): number => Temporal.Instant.from(iso).epochMilliseconds / 1000;
const mv = (iso: string, customer: string, type: Movement['type'], amount: number): Movement => ({
  at: ts(iso),
  customer,
  type,
  amount,
});

const movements: Movement[] = [
  mv('2024-01-15T00:00:00Z', 'a', 'new', 16667),
  mv('2024-02-03T00:00:00Z', 'a', 'expansion', 6000),
  mv('2024-02-10T00:00:00Z', 'b', 'new', 1000),
  mv('2024-02-20T00:00:00Z', 'a', 'contraction', -6000),
  mv('2024-03-05T00:00:00Z', 'a', 'churn', -16667),
  mv('2024-04-02T00:00:00Z', 'a', 'reactivation', 15000),
  mv('2024-04-30T23:59:59Z', 'b', 'churn', -1000),
  mv('2024-05-01T00:00:00Z', 'c', 'new', 9999),
];

const zero = { new_business: 0, expansion: 0, contraction: 0, churn: 0, reactivation: 0 };

test('mrrSeries folds earlier history into start values and buckets by calendar month', () => {
  const series = mrrSeries(movements, ts('2024-02-01T00:00:00Z'), ts('2024-05-01T00:00:00Z'), 'month');
  const expected: SeriesBucket[] = [
    {
      ...zero,
      start: ts('2024-02-01T00:00:00Z'),
      end: ts('2024-03-01T00:00:00Z'),
      start_mrr: 16667,
      new_business: 1000,
      expansion: 6000,
      contraction: -6000,
      end_mrr: 17667,
      customers_start: 1,
      customers_new: 1,
      customers_reactivated: 0,
      customers_churned: 0,
      customers_end: 2,
    },
    {
      ...zero,
      start: ts('2024-03-01T00:00:00Z'),
      end: ts('2024-04-01T00:00:00Z'),
      start_mrr: 17667,
      churn: -16667,
      end_mrr: 1000,
      customers_start: 2,
      customers_new: 0,
      customers_reactivated: 0,
      customers_churned: 1,
      customers_end: 1,
    },
    {
      ...zero,
      start: ts('2024-04-01T00:00:00Z'),
      end: ts('2024-05-01T00:00:00Z'),
      start_mrr: 1000,
      reactivation: 15000,
      churn: -1000,
      end_mrr: 15000,
      customers_start: 1,
      customers_new: 0,
      customers_reactivated: 1,
      customers_churned: 1,
      customers_end: 1,
    },
  ];
  assert.deepEqual(series, expected);
  // A bucket feeds the metric formulas directly.
  assert.equal(grossMrrChurnRate(series[1]!), 16667 / 17667);
  assert.equal(netMrrChurnRate(series[2]!), -14);
  assert.equal(quickRatio(series[0]!), 7000 / 6000);
});

test('mrrSeries bucket boundaries', () => {
  const cases: Array<[string, string, string, SeriesInterval, string | undefined, string[]]> = [
    [
      'month from Jan 31 clamps Feb without drifting',
      '2024-01-31T00:00:00Z',
      '2024-04-15T00:00:00Z',
      'month',
      undefined,
      ['2024-01-31T00:00:00Z', '2024-02-29T00:00:00Z', '2024-03-31T00:00:00Z', '2024-04-15T00:00:00Z'],
    ],
    [
      'New York months keep local midnight across DST',
      '2024-02-01T05:00:00Z',
      '2024-04-01T04:00:00Z',
      'month',
      'America/New_York',
      ['2024-02-01T05:00:00Z', '2024-03-01T05:00:00Z', '2024-04-01T04:00:00Z'],
    ],
    [
      'weeks, last one cut at to',
      '2024-01-01T00:00:00Z',
      '2024-01-20T00:00:00Z',
      'week',
      undefined,
      ['2024-01-01T00:00:00Z', '2024-01-08T00:00:00Z', '2024-01-15T00:00:00Z', '2024-01-20T00:00:00Z'],
    ],
    [
      'quarters',
      '2024-01-01T00:00:00Z',
      '2025-01-01T00:00:00Z',
      'quarter',
      undefined,
      [
        '2024-01-01T00:00:00Z',
        '2024-04-01T00:00:00Z',
        '2024-07-01T00:00:00Z',
        '2024-10-01T00:00:00Z',
        '2025-01-01T00:00:00Z',
      ],
    ],
    [
      'one day',
      '2024-01-01T00:00:00Z',
      '2024-01-02T00:00:00Z',
      'day',
      undefined,
      ['2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z'],
    ],
  ];
  for (const [name, from, to, interval, timeZone, edges] of cases) {
    const series = mrrSeries([], ts(from), ts(to), interval, { timeZone });
    const got = [...series.map((b) => b.start), series.at(-1)!.end];
    assert.deepEqual(got, edges.map(ts), name);
  }
});

test('mrrSeries buckets instants in the time zone', () => {
  // 2024-03-01T03:00Z is still Feb 29 in New York.
  const late = [mv('2024-03-01T03:00:00Z', 'a', 'new', 500)];
  const series = mrrSeries(late, ts('2024-02-01T05:00:00Z'), ts('2024-04-01T04:00:00Z'), 'month', {
    timeZone: 'America/New_York',
  });
  assert.deepEqual(
    series.map((b) => [b.new_business, b.end_mrr]),
    [
      [500, 500],
      [0, 500],
    ],
  );
  assert.throws(() => mrrSeries([], 10, 10, 'day'), RangeError);
  assert.throws(() => mrrSeries([], 0.5, 10, 'day'), RangeError);
});

test('movementTotals keeps signs', () => {
  assert.deepEqual(movementTotals(movements), {
    new_business: 16667 + 1000 + 9999,
    expansion: 6000,
    contraction: -6000,
    churn: -17667,
    reactivation: 15000,
  });
  assert.deepEqual(movementTotals([]), zero);
});
