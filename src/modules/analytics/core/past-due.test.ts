import assert from 'node:assert/strict';
import { test } from 'node:test';
import { customerMrr } from './mrr.ts';
import { pastDueChurnAt, pastDueSince, type SubscriptionSnapshot } from './past-due.ts';

const DAY = 86_400;
const snap = (id: string, status: string, day: number): SubscriptionSnapshot => ({ id, status, at: day * DAY });

test('pastDueSince: the start of the trailing past_due run', () => {
  const cases: Array<[string, SubscriptionSnapshot[], [string, number][]]> = [
    ['never past_due', [snap('a', 'trialing', 0), snap('a', 'active', 10)], []],
    [
      'past_due, updated inside the run',
      [snap('a', 'active', 0), snap('a', 'past_due', 30), snap('a', 'past_due', 44)],
      [['a', 30 * DAY]],
    ],
    ['recovered', [snap('a', 'past_due', 30), snap('a', 'active', 39)], []],
    [
      'a second run restarts the count',
      [snap('a', 'past_due', 30), snap('a', 'active', 39), snap('a', 'past_due', 60)],
      [['a', 60 * DAY]],
    ],
    ['canceled from past_due', [snap('a', 'past_due', 30), snap('a', 'canceled', 51)], []],
    [
      'two subscriptions',
      [snap('a', 'past_due', 30), snap('b', 'past_due', 31), snap('a', 'active', 32)],
      [['b', 31 * DAY]],
    ],
  ];
  for (const [name, snapshots, expected] of cases) assert.deepEqual([...pastDueSince(snapshots)], expected, name);
});

test('pastDueChurnAt is N whole days later, where the MRR core stops counting', () => {
  assert.equal(pastDueChurnAt(30 * DAY, 14), 44 * DAY);
  assert.equal(pastDueChurnAt(30 * DAY, 0), 30 * DAY);
  assert.throws(() => pastDueChurnAt(0, -1), RangeError);
  assert.throws(() => pastDueChurnAt(0, 1.5), RangeError);
  const item = {
    unit_amount: 1000,
    quantity: 1,
    interval: 'month' as const,
    interval_count: 1,
    usage_type: 'licensed' as const,
  };
  const since = 30 * DAY;
  const at = pastDueChurnAt(since, 14);
  const mrrAt = (t: number) =>
    customerMrr([{ status: 'past_due', items: [item], past_due_since: since, at: t }], { pastDueChurnAfterDays: 14 })
      .mrr;
  assert.equal(mrrAt(at - 1), 1000);
  assert.equal(mrrAt(at), 0);
});
