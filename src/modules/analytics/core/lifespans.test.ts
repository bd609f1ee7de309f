import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import type { CustomerLifespan } from './cohorts.ts';
import { customerLifespans, monthIn } from './lifespans.ts';
import type { Movement } from './movements.ts';

const ts = (iso: string): number => Temporal.Instant.from(iso).epochMilliseconds / 1000;
const mv = (customer: string, iso: string, type: Movement['type'], amount: number): Movement => ({
  customer,
  at: ts(iso),
  type,
  amount,
});

test('customerLifespans: first new month, first churn month after it', () => {
  const cases: Array<[string, Movement[], CustomerLifespan[]]> = [
    ['never churned', [mv('a', '2024-01-10T00:00:00Z', 'new', 100)], [{ first_paid: '2024-01', churned: null }]],
    [
      'expansion then churn',
      [
        mv('a', '2024-01-10T00:00:00Z', 'new', 100),
        mv('a', '2024-02-10T00:00:00Z', 'expansion', 50),
        mv('a', '2024-04-01T00:00:00Z', 'churn', -150),
      ],
      [{ first_paid: '2024-01', churned: '2024-04' }],
    ],
    [
      'reactivation ignored: the first churn counts',
      [
        mv('a', '2024-03-01T00:00:00Z', 'churn', -100),
        mv('a', '2024-01-31T23:00:00Z', 'new', 100),
        mv('a', '2024-05-01T00:00:00Z', 'reactivation', 100),
        mv('a', '2024-07-01T00:00:00Z', 'churn', -100),
      ],
      [{ first_paid: '2024-01', churned: '2024-03' }],
    ],
    ['no new movement: cohort unknown', [mv('b', '2024-03-01T00:00:00Z', 'churn', -100)], []],
  ];
  for (const [name, movements, expected] of cases) assert.deepEqual(customerLifespans(movements), expected, name);
});

test('customerLifespans buckets months in the account time zone', () => {
  const movements = [mv('a', '2024-01-31T23:30:00Z', 'new', 100), mv('a', '2024-02-29T23:30:00Z', 'churn', -100)];
  assert.deepEqual(customerLifespans(movements, 'UTC'), [{ first_paid: '2024-01', churned: '2024-02' }]);
  assert.deepEqual(customerLifespans(movements, 'Europe/Lisbon'), [{ first_paid: '2024-01', churned: '2024-02' }]);
  assert.deepEqual(customerLifespans(movements, 'Europe/Berlin'), [{ first_paid: '2024-02', churned: '2024-03' }]);
  assert.equal(monthIn(ts('2024-12-31T23:00:00Z'), 'Asia/Tokyo'), '2025-01');
});
