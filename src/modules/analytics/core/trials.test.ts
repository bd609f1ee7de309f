import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type TrialConversion, type TrialRecord, trialConversion, trialOutcome } from './trials.ts';

const DAY = 86_400;
const START = 100 * DAY;
const END = 130 * DAY;
const trial = (over: Partial<TrialRecord>): TrialRecord => ({
  subscription: 'sub',
  trial_start: START,
  trial_end: START + 14 * DAY,
  trialing_now: false,
  canceled_at: null,
  first_paid_at: null,
  ...over,
});

test('trialOutcome as of a time', () => {
  const cases: Array<[string, TrialRecord, number, string]> = [
    ['paid after the trial', trial({ first_paid_at: START + 14 * DAY }), END, 'converted'],
    ['paid after asOf is not yet converted', trial({ first_paid_at: END + DAY }), END, 'unpaid'],
    ['canceled during the trial', trial({ canceled_at: START + 3 * DAY }), END, 'canceled'],
    ['expired at trial end (cancel behaviour)', trial({ canceled_at: START + 14 * DAY }), END, 'canceled'],
    [
      'converted, then canceled later: still converted',
      trial({ first_paid_at: START + 14 * DAY, canceled_at: START + 20 * DAY }),
      END,
      'converted',
    ],
    ['trial end after asOf', trial({ trial_end: END + DAY }), END, 'trialing'],
    ['still trialing on its clock', trial({ trialing_now: true, trial_end: START }), END, 'trialing'],
    ['ended, first invoice in dunning', trial({}), END, 'unpaid'],
    [
      'canceled during trial ends it early (before asOf)',
      trial({ trial_end: END + 5 * DAY, canceled_at: END - DAY }),
      END,
      'canceled',
    ],
  ];
  for (const [name, t, asOf, expected] of cases) assert.equal(trialOutcome(t, asOf), expected, name);
});

test('trialConversion: converted ÷ trials that ended in the window', () => {
  const trials: TrialRecord[] = [
    // Started before the window, ended and converted in it: counts as ended and converted, not as started.
    trial({ trial_start: START - 10 * DAY, trial_end: START + 4 * DAY, first_paid_at: START + 4 * DAY }),
    // Started and converted in the window.
    trial({ first_paid_at: START + 14 * DAY }),
    trial({ first_paid_at: START + 15 * DAY }),
    // Canceled during the trial.
    trial({ canceled_at: START + 2 * DAY }),
    // Ended unpaid (first invoice failing).
    trial({}),
    // Started in the window, ends after it.
    trial({ trial_start: END - 5 * DAY, trial_end: END + 9 * DAY }),
    // Ended before the window: ignored.
    trial({ trial_start: START - 30 * DAY, trial_end: START - 16 * DAY, first_paid_at: START - 16 * DAY }),
    // Starts after the window: ignored.
    trial({ trial_start: END, trial_end: END + 14 * DAY }),
  ];
  const expected: TrialConversion = {
    started: 5,
    ended: 5,
    converted: 3,
    canceled: 1,
    unpaid: 1,
    still_trialing: 1,
    conversion_rate: 0.6,
  };
  assert.deepEqual(trialConversion(trials, START, END), expected);
});

test('trialConversion: no ended trial gives a null rate; a bad window throws', () => {
  assert.deepEqual(trialConversion([trial({ trialing_now: true })], START, END), {
    started: 1,
    ended: 0,
    converted: 0,
    canceled: 0,
    unpaid: 0,
    still_trialing: 1,
    conversion_rate: null,
  });
  assert.equal(
    trialConversion([trial({}), trial({}), trial({ first_paid_at: START + 14 * DAY })], START, END).conversion_rate,
    1 / 3,
  );
  assert.throws(() => trialConversion([], END, START), RangeError);
});
