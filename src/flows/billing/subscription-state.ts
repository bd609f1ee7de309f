import { Temporal } from 'temporal-polyfill';
import { toDate } from '../../kernel/clock.ts';
import type { SubscriptionRow } from '../../modules/subscriptions/index.ts';
import { type LifecycleState, nextActionAt, TRIAL_WILL_END_NOTICE_MS } from '../../modules/subscriptions/index.ts';

const inst = (d: Date | null) => (d ? Temporal.Instant.fromEpochMilliseconds(d.getTime()) : null);
const date = (i: Temporal.Instant | null) => (i ? toDate(i) : null);

export function stateOf(row: SubscriptionRow): LifecycleState {
  const resumes = row.pauseCollection?.resumes_at;
  return {
    status: row.status,
    anchor: inst(row.billingCycleAnchor)!,
    interval: row.interval,
    intervalCount: row.intervalCount,
    currentPeriodStart: inst(row.currentPeriodStart)!,
    currentPeriodEnd: inst(row.currentPeriodEnd)!,
    trialEnd: inst(row.trialEnd),
    trialWillEndAt: inst(row.trialWillEndAt),
    trialEndBehavior: row.trialEndBehavior,
    cancelAt: inst(row.cancelAt),
    canceledAt: inst(row.canceledAt),
    endedAt: inst(row.endedAt),
    resumeAt: inst(row.resumeAt),
    collectionResumesAt: resumes ? Temporal.Instant.fromEpochMilliseconds(resumes * 1000) : null,
  };
}

/** Writes a lifecycle state back onto the row (and the next due time the worker looks for). */
export function applyState(row: SubscriptionRow, s: LifecycleState): void {
  row.status = s.status;
  row.billingCycleAnchor = toDate(s.anchor);
  row.currentPeriodStart = toDate(s.currentPeriodStart);
  row.currentPeriodEnd = toDate(s.currentPeriodEnd);
  row.trialWillEndAt = date(s.trialWillEndAt);
  row.cancelAt = date(s.cancelAt);
  row.canceledAt = date(s.canceledAt);
  row.endedAt = date(s.endedAt);
  row.resumeAt = date(s.resumeAt);
  if (!s.collectionResumesAt && row.pauseCollection?.resumes_at) row.pauseCollection = null;
  row.nextActionAt = date(nextActionAt(s));
}

/** `trial_will_end` is due 3 days before the trial ends, or at once when the trial is shorter than that. */
export function trialWillEndAt(start: Temporal.Instant, trialEnd: Temporal.Instant): Temporal.Instant {
  const notice = trialEnd.subtract({ milliseconds: TRIAL_WILL_END_NOTICE_MS });
  return Temporal.Instant.compare(notice, start) < 0 ? start : notice;
}
