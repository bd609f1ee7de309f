import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type DunningRecord, type DunningRecovery, dunningOutcome, dunningRecovery } from './dunning.ts';

const DAY = 86_400;
const START = 200 * DAY;
const END = 231 * DAY;
const inv = (over: Partial<DunningRecord>): DunningRecord => ({
  invoice: 'in',
  currency: 'usd',
  amount_due: 1000,
  failed_at: START + DAY,
  paid_at: null,
  lost_at: null,
  ...over,
});

test('dunningOutcome as of a time', () => {
  const cases: Array<[string, DunningRecord, string]> = [
    ['paid on a retry', inv({ paid_at: START + 5 * DAY }), 'recovered'],
    ['paid after asOf', inv({ paid_at: END }), 'in_dunning'],
    ['voided', inv({ lost_at: START + 20 * DAY }), 'lost'],
    ['lost, then paid anyway', inv({ lost_at: START + 20 * DAY, paid_at: START + 25 * DAY }), 'recovered'],
    ['lost after asOf', inv({ lost_at: END + DAY }), 'in_dunning'],
    ['still retrying', inv({}), 'in_dunning'],
  ];
  for (const [name, r, expected] of cases) assert.equal(dunningOutcome(r, END), expected, name);
});

test('dunningRecovery: recovered ÷ (recovered + lost), amounts per currency', () => {
  const records: DunningRecord[] = [
    inv({ paid_at: START + 3 * DAY }),
    inv({ paid_at: START + 9 * DAY, amount_due: 2500 }),
    inv({ paid_at: START + 9 * DAY, amount_due: 1500, currency: 'eur' }),
    inv({ lost_at: START + 22 * DAY }),
    inv({ failed_at: END - DAY, amount_due: 700 }),
    // Entered before or after the window: ignored, even if recovered inside it.
    inv({ failed_at: START - DAY, paid_at: START + DAY }),
    inv({ failed_at: END, paid_at: END + DAY }),
  ];
  const expected: DunningRecovery = {
    entered: 5,
    recovered: 3,
    lost: 1,
    in_dunning: 1,
    recovery_rate: 0.75,
    amounts: [
      { currency: 'eur', entered: 1500, recovered: 1500, lost: 0, in_dunning: 0 },
      { currency: 'usd', entered: 5200, recovered: 3500, lost: 1000, in_dunning: 700 },
    ],
  };
  assert.deepEqual(dunningRecovery(records, START, END), expected);
});

test('dunningRecovery: nothing settled gives a null rate; bad input throws', () => {
  assert.equal(dunningRecovery([inv({})], START, END).recovery_rate, null);
  assert.equal(dunningRecovery([inv({ lost_at: START + 2 * DAY })], START, END).recovery_rate, 0);
  assert.throws(() => dunningRecovery([], END, START), RangeError);
  assert.throws(() => dunningRecovery([inv({ amount_due: 1.5 })], START, END), RangeError);
});
