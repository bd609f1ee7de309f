import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { type PriceTier, priceQuantity } from '../../catalog/core/pricing/index.ts';
import { aggregateUsage, dedupeUsageEvents, type UsageAggregation, type UsageEvent } from './aggregate.ts';

// Period [1000, 2000) in unix seconds.
const period = { start: 1000, end: 2000 };

const ev = (identifier: string, quantity: number, timestamp: number, value_key?: string): UsageEvent =>
  value_key === undefined ? { identifier, quantity, timestamp } : { identifier, quantity, timestamp, value_key };

const events: UsageEvent[] = [
  ev('e1', 5, 999, 'u1'), // just before the period
  ev('e2', 3, 1000, 'u1'), // exactly at start: included
  ev('e3', 7, 1500, 'u2'),
  ev('e2', 100, 1600, 'u9'), // duplicate of e2: ignored, first wins
  ev('e4', 2, 1500, 'u1'), // same timestamp as e3, later in input
  ev('e5', 50, 2000, 'u3'), // exactly at end: next period
];

describe('aggregateUsage', () => {
  const cases: [string, UsageAggregation, number][] = [
    ['sum counts each identifier once', 'sum', 12],
    ['count', 'count', 3],
    ['max', 'max', 7],
    ['unique_count of value_key', 'unique_count', 2],
    ['last: timestamp tie goes to the later input', 'last', 2],
  ];
  for (const [name, aggregation, expected] of cases) {
    test(name, () => assert.equal(aggregateUsage(events, period, aggregation), expected));
  }

  const empty: UsageAggregation[] = ['sum', 'count', 'max', 'unique_count', 'last'];
  for (const aggregation of empty) {
    test(`${aggregation} of an empty period is 0`, () => {
      assert.equal(aggregateUsage(events, { start: 3000, end: 4000 }, aggregation), 0);
    });
  }

  test('last prefers the latest timestamp over input order', () => {
    assert.equal(aggregateUsage([ev('a', 9, 1900), ev('b', 1, 1100)], period, 'last'), 9);
  });

  test('a duplicate identifier outside the period does not count inside it', () => {
    // First report was at 999 (previous period); the retry at 1500 is the same event.
    assert.equal(aggregateUsage([ev('x', 4, 999), ev('x', 4, 1500)], period, 'sum'), 0);
  });

  test('accepts Temporal.Instant bounds', () => {
    const bounds = {
      start: Temporal.Instant.fromEpochMilliseconds(1_000_000),
      end: Temporal.Instant.from('1970-01-01T00:33:20Z'),
    };
    assert.equal(aggregateUsage(events, bounds, 'sum'), 12);
  });

  test('250 summed units priced graduated ($1 ×100, $0.50 ×100, $0.10 after) = 15500', () => {
    const usage = [ev('a', 100, 1001), ev('b', 120, 1200), ev('b', 120, 1200), ev('c', 30, 1999)];
    const tiers: PriceTier[] = [
      { up_to: 100, unit_amount: 100 },
      { up_to: 200, unit_amount: 50 },
      { up_to: 'inf', unit_amount: 10 },
    ];
    const quantity = aggregateUsage(usage, period, 'sum');
    assert.equal(quantity, 250);
    assert.equal(priceQuantity({ billing_scheme: 'tiered', tiers_mode: 'graduated', tiers }, quantity).amount, 15500);
  });

  const invalid: [string, UsageEvent[], UsageAggregation, { start: number; end: number }][] = [
    ['fractional quantity', [ev('a', 1.5, 1000)], 'sum', period],
    ['negative quantity', [ev('a', -1, 1000)], 'sum', period],
    ['fractional timestamp', [ev('a', 1, 1000.5)], 'sum', period],
    ['empty identifier', [ev('', 1, 1000)], 'sum', period],
    ['unique_count without value_key', [ev('a', 1, 1000)], 'unique_count', period],
    ['inverted period', [], 'sum', { start: 2000, end: 1000 }],
    ['unknown aggregation', [], 'avg' as UsageAggregation, period],
  ];
  for (const [name, input, aggregation, bounds] of invalid) {
    test(`rejects ${name}`, () => assert.throws(() => aggregateUsage(input, bounds, aggregation), RangeError));
  }

  test('sum beyond 2**53 throws', () => {
    const big = [ev('a', Number.MAX_SAFE_INTEGER, 1000), ev('b', 1, 1000)];
    assert.throws(() => aggregateUsage(big, period, 'sum'), RangeError);
  });
});

test('dedupeUsageEvents keeps the first of each identifier, in input order', () => {
  assert.deepEqual(
    dedupeUsageEvents(events).map((e) => [e.identifier, e.quantity]),
    [
      ['e1', 5],
      ['e2', 3],
      ['e3', 7],
      ['e4', 2],
      ['e5', 50],
    ],
  );
});
