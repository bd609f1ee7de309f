/**
 * Dunning as pure rules: when the next retry is due (each interval counted from the previous attempt) and when each
 * overdue stage falls due (days unpaid, counted from when the invoice was first due). Days are calendar days in
 * the account's time zone, so a retry "in 1 day" keeps its local time across DST.
 */
import { Temporal } from 'temporal-polyfill';

export type StageAction = 'warn' | 'block_access' | 'cancel' | 'unpaid' | 'pause';
export type DunningPolicy = {
  /** Days between attempts: retry k comes retryDays[k-1] days after attempt k. */
  retryDays: number[];
  /** Overdue stages by days unpaid, in increasing order. */
  stages: { afterDays: number; action: StageAction }[];
};

export const DEFAULT_DUNNING: DunningPolicy = {
  retryDays: [1, 3, 5, 7],
  stages: [
    { afterDays: 7, action: 'warn' },
    { afterDays: 21, action: 'cancel' },
  ],
};

const addDays = (at: Temporal.Instant, days: number, timeZone: string) =>
  at.toZonedDateTimeISO(timeZone).add({ days }).toInstant();

/** After `failedAttempts` failures, the last at `lastAttemptAt`: the next retry, or null when retries are used up. */
export function nextRetryAt(
  policy: DunningPolicy,
  failedAttempts: number,
  lastAttemptAt: Temporal.Instant,
  timeZone: string,
): Temporal.Instant | null {
  const days = policy.retryDays[failedAttempts - 1];
  return days === undefined ? null : addDays(lastAttemptAt, days, timeZone);
}

/** When overdue stage `index` falls due for an invoice unpaid since `unpaidSince`; null past the last stage. */
export function stageDueAt(
  policy: DunningPolicy,
  index: number,
  unpaidSince: Temporal.Instant,
  timeZone: string,
): Temporal.Instant | null {
  const stage = policy.stages[index];
  return stage ? addDays(unpaidSince, stage.afterDays, timeZone) : null;
}

export function earliest(...xs: (Temporal.Instant | null)[]): Temporal.Instant | null {
  return xs.reduce<Temporal.Instant | null>((a, b) => (b && (!a || Temporal.Instant.compare(b, a) < 0) ? b : a), null);
}

/** Validates a policy from the API; returns the message and the field at fault, or null when it is fine. */
export function policyProblem(policy: DunningPolicy): { message: string; param: string } | null {
  if (policy.retryDays.some((d) => !Number.isInteger(d) || d < 1 || d > 60)) {
    return { message: 'Retry intervals are whole days from 1 to 60', param: 'dunning.retry_days' };
  }
  for (const [i, stage] of policy.stages.entries()) {
    const previous = policy.stages[i - 1];
    if (previous && stage.afterDays <= previous.afterDays) {
      return { message: 'Stages must come in increasing days', param: `dunning.stages[${i}].after_days` };
    }
    const final = stage.action === 'cancel' || stage.action === 'unpaid' || stage.action === 'pause';
    if (final && i !== policy.stages.length - 1) {
      return {
        message: 'cancel, unpaid and pause end dunning: only the last stage may take them',
        param: `dunning.stages[${i}].action`,
      };
    }
  }
  return null;
}
