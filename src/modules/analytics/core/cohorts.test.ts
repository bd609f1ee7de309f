import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import type { CustomerCohortRow, CustomerLifespan, MrrCohortRow } from './cohorts.ts';
import { customerCohorts, mrrCohorts } from './cohorts.ts';
import type { Movement } from './movements.ts';

const ts = (iso: string): number => Temporal.Instant.from(iso).epochMilliseconds / 1000;

test('customerCohorts: retained while not churned by the end of each month', () => {
  const customers: CustomerLifespan[] = [
    { first_paid: '2024-01' },
    { first_paid: '2024-01', churned: '2024-01' },
    { first_paid: '2024-01', churned: '2024-02' },
    { first_paid: '2024-01', churned: '2024-03' },
    { first_paid: '2024-02', churned: null },
    { first_paid: '2024-02', churned: '2024-03' },
    { first_paid: '2024-04' },
  ];
  const expected: CustomerCohortRow[] = [
    { cohort: '2024-01', customers: 4, retained: [3, 2, 1], rate: [0.75, 0.5, 0.25] },
    { cohort: '2024-02', customers: 2, retained: [2, 1], rate: [1, 0.5] },
  ];
  assert.deepEqual(customerCohorts(customers, '2024-03'), expected);
  assert.deepEqual(customerCohorts([], '2024-03'), []);
});

test('customerCohorts rejects bad months', () => {
  const bad: Array<[string, CustomerLifespan[], string]> = [
    ['churned before first paid', [{ first_paid: '2024-02', churned: '2024-01' }], '2024-03'],
    ['not YYYY-MM', [{ first_paid: '2024-2' }], '2024-03'],
    ['month 13', [{ first_paid: '2024-13' }], '2024-03'],
    ['bad through', [], '2024'],
  ];
  for (const [name, customers, through] of bad)
    assert.throws(() => customerCohorts(customers, through), RangeError, name);
});

test('mrrCohorts: month-end MRR against New Business value', () => {
  const movements: Movement[] = [
    { at: ts('2024-01-10T00:00:00Z'), customer: 'a', type: 'new', amount: 10000 },
    { at: ts('2024-02-05T00:00:00Z'), customer: 'a', type: 'expansion', amount: 5000 },
    { at: ts('2024-03-01T00:00:00Z'), customer: 'a', type: 'churn', amount: -15000 },
    { at: ts('2024-01-20T00:00:00Z'), customer: 'b', type: 'new', amount: 10000 },
    { at: ts('2024-02-01T00:00:00Z'), customer: 'c', type: 'new', amount: 3000 },
    { at: ts('2024-02-15T00:00:00Z'), customer: 'c', type: 'contraction', amount: -1000 },
    { at: ts('2024-03-10T00:00:00Z'), customer: 'c', type: 'churn', amount: -2000 },
    { at: ts('2024-03-20T00:00:00Z'), customer: 'c', type: 'reactivation', amount: 4000 },
    // No 'new' movement: joined before the history starts, so no cohort.
    { at: ts('2024-01-05T00:00:00Z'), customer: 'd', type: 'expansion', amount: 700 },
    // Joins after `through`.
    { at: ts('2024-04-01T00:00:00Z'), customer: 'e', type: 'new', amount: 100 },
  ];
  const expected: MrrCohortRow[] = [
    { cohort: '2024-01', customers: 2, value: 20000, mrr: [20000, 25000, 10000], rate: [1, 1.25, 0.5] },
    { cohort: '2024-02', customers: 1, value: 3000, mrr: [2000, 4000], rate: [0.6666666666666666, 1.3333333333333333] },
  ];
  assert.deepEqual(mrrCohorts(movements, '2024-03'), expected);
});

test('mrrCohorts buckets months in the time zone', () => {
  // 2024-02-01T03:00Z is still January in New York.
  const movements: Movement[] = [{ at: ts('2024-02-01T03:00:00Z'), customer: 'a', type: 'new', amount: 1000 }];
  assert.deepEqual(mrrCohorts(movements, '2024-02', { timeZone: 'America/New_York' }), [
    { cohort: '2024-01', customers: 1, value: 1000, mrr: [1000, 1000], rate: [1, 1] },
  ]);
  assert.deepEqual(mrrCohorts(movements, '2024-02'), [
    { cohort: '2024-02', customers: 1, value: 1000, mrr: [1000], rate: [1] },
  ]);
});
