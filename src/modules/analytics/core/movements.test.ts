import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Movement, MovementType, TimelineEvent } from './movements.ts';
import { classifyMovement, movementsFromTimeline } from './movements.ts';
import type { MrrItem, SubscriptionState } from './mrr.ts';
import { customerMrr } from './mrr.ts';

test('classifyMovement', () => {
  const cases: Array<[number, number, boolean, MovementType | null]> = [
    [0, 1000, false, 'new'],
    [0, 1000, true, 'reactivation'],
    [1000, 1500, true, 'expansion'],
    [1500, 1000, true, 'contraction'],
    [1000, 1, true, 'contraction'],
    [1000, 0, true, 'churn'],
    [1000, 1000, true, null],
    [0, 0, false, null],
    [0, 0, true, null],
  ];
  for (const [before, after, paid, type] of cases) {
    assert.equal(classifyMovement(before, after, paid), type, `${before} → ${after} (paid before: ${paid})`);
  }
  assert.throws(() => classifyMovement(-1, 0, false), RangeError);
  assert.throws(() => classifyMovement(0, 1.5, false), RangeError);
});

// ChartMogul's Syncalytics lifecycle (help.chartmogul.com/hc/en-us/articles/201244842).
const plan = (name: 'silver' | 'gold', interval: 'month' | 'year', quantity: number): MrrItem => {
  const prices = { silver: { month: 3000, year: 30000 }, gold: { month: 5000, year: 50000 } };
  return { unit_amount: prices[name][interval], quantity, interval, interval_count: 1, usage_type: 'licensed' };
};
const sub = (it: MrrItem, status: SubscriptionState['status'] = 'active'): SubscriptionState => ({
  items: [it],
  status,
});
const goldYearly = plan('gold', 'year', 4);
const silverMonthly = plan('silver', 'month', 2);
const goldMonthly = plan('gold', 'month', 3);

test('ChartMogul lifecycle: new, expansion, contraction, churn, reactivation', () => {
  const snapshots: Array<[number, SubscriptionState[]]> = [
    [100, [sub(goldYearly, 'trialing')]],
    [200, [sub(goldYearly)]],
    [300, [sub(goldYearly), sub(silverMonthly)]],
    [400, [sub(goldYearly), sub(silverMonthly, 'canceled')]],
    [500, [sub(goldYearly, 'canceled'), sub(silverMonthly, 'canceled')]],
    [600, [sub(goldMonthly)]],
  ];
  const events: TimelineEvent[] = snapshots.map(([at, subs]) => ({
    at,
    customer: 'syncalytics',
    mrr_after: customerMrr(subs).mrr,
  }));
  const expected: Movement[] = [
    { at: 200, customer: 'syncalytics', type: 'new', amount: 16667 },
    { at: 300, customer: 'syncalytics', type: 'expansion', amount: 6000 },
    { at: 400, customer: 'syncalytics', type: 'contraction', amount: -6000 },
    { at: 500, customer: 'syncalytics', type: 'churn', amount: -16667 },
    { at: 600, customer: 'syncalytics', type: 'reactivation', amount: 15000 },
  ];
  assert.deepEqual(movementsFromTimeline(events), expected);
});

test('discount added is contraction, discount expiring is expansion', () => {
  const monthly: MrrItem = {
    unit_amount: 1000,
    quantity: 1,
    interval: 'month',
    interval_count: 1,
    usage_type: 'licensed',
  };
  const tenOff: SubscriptionState = {
    items: [monthly],
    status: 'active',
    discounts: [{ percent_off: 10, duration: 'repeating' }],
  };
  const plain: SubscriptionState = { items: [monthly], status: 'active' };
  const events: TimelineEvent[] = [
    { at: 1, customer: 'c', mrr_after: customerMrr([plain]).mrr },
    { at: 2, customer: 'c', mrr_after: customerMrr([tenOff]).mrr },
    { at: 3, customer: 'c', mrr_after: customerMrr([tenOff]).mrr },
    { at: 4, customer: 'c', mrr_after: customerMrr([plain]).mrr },
  ];
  assert.deepEqual(movementsFromTimeline(events), [
    { at: 1, customer: 'c', type: 'new', amount: 1000 },
    { at: 2, customer: 'c', type: 'contraction', amount: -100 },
    { at: 4, customer: 'c', type: 'expansion', amount: 100 },
  ]);
});

test('movementsFromTimeline tracks customers independently, in input order', () => {
  const events: TimelineEvent[] = [
    { at: 10, customer: 'a', mrr_after: 1000 },
    { at: 10, customer: 'b', mrr_after: 0 },
    { at: 20, customer: 'b', mrr_after: 500 },
    { at: 15, customer: 'a', mrr_after: 0 },
    { at: 30, customer: 'b', mrr_after: 0 },
    { at: 30, customer: 'a', mrr_after: 2000 },
  ];
  assert.deepEqual(movementsFromTimeline(events), [
    { at: 10, customer: 'a', type: 'new', amount: 1000 },
    { at: 20, customer: 'b', type: 'new', amount: 500 },
    { at: 15, customer: 'a', type: 'churn', amount: -1000 },
    { at: 30, customer: 'b', type: 'churn', amount: -500 },
    { at: 30, customer: 'a', type: 'reactivation', amount: 2000 },
  ]);
  assert.deepEqual(movementsFromTimeline([]), []);
});

test('movementsFromTimeline rejects out-of-order and bad MRR', () => {
  const outOfOrder: TimelineEvent[] = [
    { at: 20, customer: 'a', mrr_after: 1000 },
    { at: 10, customer: 'a', mrr_after: 0 },
  ];
  assert.throws(() => movementsFromTimeline(outOfOrder), RangeError);
  assert.throws(() => movementsFromTimeline([{ at: 1, customer: 'a', mrr_after: -1 }]), RangeError);
  assert.throws(() => movementsFromTimeline([{ at: Number.NaN, customer: 'a', mrr_after: 1 }]), RangeError);
});
