import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  arpa,
  customerChurnRate,
  grossMrrChurnRate,
  grossRevenueRetention,
  ltv,
  netMrrChurnRate,
  netRevenueRetention,
  quickRatio,
} from './metrics.ts';

test('customerChurnRate excludes customers who joined or reactivated in the period', () => {
  const cases: Array<[string, Parameters<typeof customerChurnRate>[0], number | null]> = [
    [
      '100 at start, 11 cancel, 1 of them joined this month',
      { customers_at_start: 100, churned: 11, churned_joined_in_period: 1 },
      0.1,
    ],
    [
      'ChartMogul: 12 churned, 1 reactivated, 1 joined',
      { customers_at_start: 100, churned: 12, churned_joined_in_period: 1, churned_reactivated_in_period: 1 },
      0.1,
    ],
    ['no churn', { customers_at_start: 100, churned: 0 }, 0],
    ['no customers at start', { customers_at_start: 0, churned: 0 }, null],
  ];
  for (const [name, input, rate] of cases) assert.equal(customerChurnRate(input), rate, name);
  assert.throws(
    () => customerChurnRate({ customers_at_start: 10, churned: 1, churned_joined_in_period: 2 }),
    RangeError,
  );
  assert.throws(() => customerChurnRate({ customers_at_start: 10, churned: 1.5 }), RangeError);
});

test('gross and net MRR churn rate (ChartMogul: $10 churn + $10 contraction on $100, $10 expansion)', () => {
  assert.equal(grossMrrChurnRate({ start_mrr: 10000, churn: 1000, contraction: 1000 }), 0.2);
  // Sign-agnostic: the negative amounts mrrSeries reports give the same rate.
  assert.equal(grossMrrChurnRate({ start_mrr: 10000, churn: -1000, contraction: -1000 }), 0.2);
  assert.equal(grossMrrChurnRate({ start_mrr: 0, churn: 0, contraction: 0 }), null);
  const base = { start_mrr: 10000, churn: 1000, contraction: 1000, expansion: 1000 };
  assert.equal(netMrrChurnRate({ ...base, reactivation: 0 }), 0.1);
  // ChartMogul's B2B formula also offsets reactivation.
  assert.equal(netMrrChurnRate({ ...base, reactivation: 500 }), 0.05);
  assert.equal(netMrrChurnRate({ ...base, expansion: 3000, reactivation: 0 }), -0.1);
  assert.throws(() => grossMrrChurnRate({ start_mrr: -1, churn: 0, contraction: 0 }), RangeError);
  assert.throws(() => grossMrrChurnRate({ start_mrr: 1, churn: Number.NaN, contraction: 0 }), RangeError);
});

test('NRR and GRR exclude new business and reactivation', () => {
  const cases: Array<[string, number, number, number, number, number | null, number | null]> = [
    // name, start, expansion, contraction, churn, NRR, GRR
    ['$100 start, $10 each way', 10000, 1000, 1000, 1000, 0.9, 0.8],
    ['expansion beats losses', 10000, 3000, 500, 500, 1.2, 0.9],
    ['no movement', 10000, 0, 0, 0, 1, 1],
    ['no start MRR', 0, 0, 0, 0, null, null],
  ];
  for (const [name, start_mrr, expansion, contraction, churn, nrr, grr] of cases) {
    assert.equal(netRevenueRetention({ start_mrr, expansion, contraction, churn }), nrr, `NRR ${name}`);
    assert.equal(grossRevenueRetention({ start_mrr, contraction, churn }), grr, `GRR ${name}`);
  }
});

test('ARPA, LTV and quick ratio', () => {
  // ChartMogul: customers paying $100, $100, $300, $500, $500 → $300.
  assert.equal(arpa(10000 + 10000 + 30000 + 50000 + 50000, 5), 30000);
  assert.equal(arpa(1000, 3), 333);
  assert.equal(arpa(2000, 3), 667);
  assert.equal(arpa(0, 0), null);
  // ChartMogul: ARPA $100, churn 5% → $2,000 (floating point would give 200000.00000000003).
  assert.equal(ltv(10000, 0.05), 200000);
  assert.equal(ltv(10000, 0.03), 333333);
  assert.equal(ltv(10000, 0), null);
  const totals = { new_business: 2000, expansion: 1000, reactivation: 1000, churn: -1000, contraction: -1000 };
  assert.equal(quickRatio(totals), 2);
  assert.equal(quickRatio({ ...totals, churn: 0, contraction: 0 }), null);
});
