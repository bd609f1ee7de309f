import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { type DunningPolicy, nextRetryAt, policyProblem, stageDueAt } from './dunning.ts';

const killBill: DunningPolicy = {
  retryDays: [1, 8, 4, 7],
  stages: [
    { afterDays: 10, action: 'warn' },
    { afterDays: 14, action: 'block_access' },
    { afterDays: 21, action: 'cancel' },
  ],
};
const day = (i: Temporal.Instant | null) => i?.toString().slice(0, 10) ?? null;

test("retries follow Kill Bill's example: 08-06 fails, then 08-07, 08-15, 08-19, 08-26, then none", () => {
  let at = Temporal.Instant.from('2021-08-06T00:00:00Z');
  const attempts = [day(at)];
  for (let failed = 1; ; failed++) {
    const next = nextRetryAt(killBill, failed, at, 'UTC');
    if (!next) break;
    attempts.push(day(next));
    at = next;
  }
  assert.deepEqual(attempts, ['2021-08-06', '2021-08-07', '2021-08-15', '2021-08-19', '2021-08-26']);
});

test('overdue stages by days unpaid: warning 08-16, blocked 08-20, cancel 08-27', () => {
  const since = Temporal.Instant.from('2021-08-06T00:00:00Z');
  assert.deepEqual(
    [0, 1, 2, 3].map((i) => day(stageDueAt(killBill, i, since, 'UTC'))),
    ['2021-08-16', '2021-08-20', '2021-08-27', null],
  );
});

test('a retry a day later keeps its local time across DST', () => {
  const at = Temporal.Instant.from('2025-03-29T09:00:00+01:00[Europe/Amsterdam]');
  assert.equal(nextRetryAt(killBill, 1, at, 'Europe/Amsterdam')!.toString(), '2025-03-30T07:00:00Z');
});

const problems: [string, DunningPolicy, string | null][] = [
  ['valid', killBill, null],
  ['zero-day retry', { ...killBill, retryDays: [0] }, 'dunning.retry_days'],
  [
    'stages out of order',
    {
      retryDays: [1],
      stages: [
        { afterDays: 5, action: 'warn' },
        { afterDays: 5, action: 'cancel' },
      ],
    },
    'dunning.stages[1].after_days',
  ],
  [
    'final action before the end',
    {
      retryDays: [1],
      stages: [
        { afterDays: 5, action: 'cancel' },
        { afterDays: 9, action: 'warn' },
      ],
    },
    'dunning.stages[0].action',
  ],
];
for (const [name, policy, param] of problems) {
  test(`policyProblem: ${name}`, () => assert.equal(policyProblem(policy)?.param ?? null, param));
}
