import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CustomerSupportFacts, choosePriority, type PriorityRule, priorityRank, ruleMatches } from './priority.ts';

const facts = (over: Partial<CustomerSupportFacts> = {}): CustomerSupportFacts => ({
  entitlements: { priority_support: false, bouquets: [], max_connections: 1 },
  prices: ['price_basic'],
  products: ['prod_basic'],
  segments: [],
  mrr: 1500,
  churnBand: null,
  ...over,
});

test('each condition, alone, against matching and non-matching customers', () => {
  const cases: [string, PriorityRule['conditions'], Partial<CustomerSupportFacts>, boolean][] = [
    ['no conditions match everyone', {}, {}, true],
    ['entitlement true', { entitlement: 'priority_support' }, { entitlements: { priority_support: true } }, true],
    ['entitlement false', { entitlement: 'priority_support' }, {}, false],
    ['entitlement absent', { entitlement: 'catchup' }, {}, false],
    ['entitlement as a positive number', { entitlement: 'max_connections' }, {}, true],
    ['entitlement as an empty list', { entitlement: 'bouquets' }, {}, false],
    ['plan among prices', { prices: ['price_gold', 'price_basic'] }, {}, true],
    ['plan not among prices', { prices: ['price_gold'] }, {}, false],
    ['tier among products', { products: ['prod_basic'] }, {}, true],
    ['segment member', { segment: 'seg_vip' }, { segments: ['seg_vip'] }, true],
    ['segment non-member', { segment: 'seg_vip' }, { segments: ['seg_other'] }, false],
    ['MRR at the threshold', { mrr_gte: 1500 }, {}, true],
    ['MRR below it', { mrr_gte: 1501 }, {}, false],
    ['churn band listed', { churn_risk: ['high'] }, { churnBand: 'high' }, true],
    ['churn band not listed', { churn_risk: ['high'] }, { churnBand: 'low' }, false],
    ['no churn score', { churn_risk: ['high', 'medium', 'low'] }, {}, false],
    ['all conditions hold', { prices: ['price_basic'], mrr_gte: 1000, segment: 's' }, { segments: ['s'] }, true],
    ['one of several fails', { prices: ['price_basic'], mrr_gte: 9000 }, {}, false],
  ];
  for (const [name, conditions, over, expected] of cases) {
    assert.equal(ruleMatches(conditions, facts(over)), expected, name);
  }
});

test('the first matching rule wins; without a match a ticket is normal', () => {
  const rules: PriorityRule[] = [
    { name: 'at risk and valuable', priority: 'urgent', conditions: { churn_risk: ['high'], mrr_gte: 5000 } },
    { name: 'priority support', priority: 'high', conditions: { entitlement: 'priority_support' } },
    { name: 'gold plan', priority: 'normal', conditions: { prices: ['price_gold'] } },
    { name: 'trial-like', priority: 'low', conditions: { segment: 'seg_free' } },
  ];
  const cases: [Partial<CustomerSupportFacts>, string, string | null][] = [
    [{ churnBand: 'high', mrr: 6000, entitlements: { priority_support: true } }, 'urgent', 'at risk and valuable'],
    [{ churnBand: 'high', mrr: 100, entitlements: { priority_support: true } }, 'high', 'priority support'],
    [{ prices: ['price_gold'], segments: ['seg_free'] }, 'normal', 'gold plan'],
    [{ segments: ['seg_free'] }, 'low', 'trial-like'],
    [{}, 'normal', null],
  ];
  for (const [over, priority, rule] of cases) {
    assert.deepEqual(choosePriority(rules, facts(over)), { priority, rule }, JSON.stringify(over));
  }
  assert.deepEqual(choosePriority([], facts()), { priority: 'normal', rule: null });
});

test('ranks sort urgent first', () => {
  assert.deepEqual((['low', 'urgent', 'normal', 'high'] as const).map(priorityRank), [3, 0, 2, 1]);
});
