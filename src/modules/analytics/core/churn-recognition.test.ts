import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CancellationSnapshot, type ChurnRecognition, recognizedStatus } from './churn-recognition.ts';

const FEB_1 = 1738368000;
const FEB_15 = FEB_1 + 14 * 86_400;
const MAR_1 = FEB_1 + 28 * 86_400;

const canceledNow: CancellationSnapshot = { status: 'canceled', ended_at: FEB_15, current_period_end: MAR_1 };
const canceledAtEnd: CancellationSnapshot = { status: 'canceled', ended_at: MAR_1, current_period_end: MAR_1 };
const inTrial: CancellationSnapshot = { ...canceledNow, trial_end: MAR_1 };
const afterTrial: CancellationSnapshot = { ...canceledNow, trial_end: FEB_1 };
const byDunning: CancellationSnapshot = { ...canceledNow, status_before_cancel: 'past_due' };
const wasActive: CancellationSnapshot = { ...canceledNow, status_before_cancel: 'active' };
const scheduled: CancellationSnapshot = { status: 'active', cancel_at_period_end: true, current_period_end: MAR_1 };

test('recognizedStatus: when a cancellation stops counting, per churn_recognition', () => {
  const cases: [string, CancellationSnapshot, number, ChurnRecognition, string][] = [
    ['canceled now, period_end: counts until the paid period ends', canceledNow, FEB_15, 'period_end', 'active'],
    ['… and stops at its end', canceledNow, MAR_1, 'period_end', 'canceled'],
    ['canceled now, billing_cancel: stops at once', canceledNow, FEB_15, 'billing_cancel', 'canceled'],
    ['canceled now, cancellation_request: stops at once', canceledNow, FEB_15, 'cancellation_request', 'canceled'],
    ['canceled at period end: the same under period_end', canceledAtEnd, MAR_1, 'period_end', 'canceled'],
    ['canceled during a trial: nothing was paid', inTrial, FEB_15, 'period_end', 'canceled'],
    ['canceled after the trial: the paid period counts', afterTrial, FEB_15, 'period_end', 'active'],
    ['canceled by dunning while past_due: its period was never paid', byDunning, FEB_15, 'period_end', 'canceled'],
    ['canceled while active: counts until its period ends', wasActive, FEB_15, 'period_end', 'active'],
    ['scheduled, period_end: still active', scheduled, FEB_15, 'period_end', 'active'],
    ['scheduled, billing_cancel: still active', scheduled, FEB_15, 'billing_cancel', 'active'],
    ['scheduled, cancellation_request: stops at the request', scheduled, FEB_15, 'cancellation_request', 'canceled'],
    ['past_due is left to the past-due options', { status: 'past_due' }, FEB_15, 'period_end', 'past_due'],
  ];
  for (const [name, sub, at, recognition, want] of cases) {
    assert.equal(recognizedStatus(sub, at, recognition), want, name);
  }
});
