import type { Temporal } from 'temporal-polyfill';

const MINUTE = 60;
const HOUR = 3600;

/**
 * Waits between automatic attempts after each failure (Stripe-like): 5 min, 30 min, 2 h, 5 h, then every 10 h.
 * They add up to 77 h 35 min, so a delivery is given up a little after 3 days — past the point where its endpoint
 * counts as failing for 3 days and is disabled.
 */
export const RETRY_DELAYS_SECONDS = [5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, ...Array(7).fill(10 * HOUR)];

export const DISABLE_AFTER_SECONDS = 3 * 24 * HOUR;

export type DeliveryState = {
  status: 'pending' | 'succeeded' | 'failed';
  nextAttemptAt: Temporal.Instant | null;
};

/**
 * Where a delivery stands after its `attempts`-th automatic attempt (made at `at`): succeeded, retried after the
 * next delay, or failed once the schedule is used up.
 */
export function afterAttempt(attempts: number, succeeded: boolean, at: Temporal.Instant): DeliveryState {
  if (succeeded) return { status: 'succeeded', nextAttemptAt: null };
  const delay = RETRY_DELAYS_SECONDS[attempts - 1];
  if (delay === undefined) return { status: 'failed', nextAttemptAt: null };
  return { status: 'pending', nextAttemptAt: at.add({ seconds: delay }) };
}

export type EndpointHealth = { failingSince: Temporal.Instant | null; disable: boolean };

/**
 * An endpoint's health after an attempt: any success clears the failure streak; an endpoint whose attempts have
 * failed continuously for 3 days is disabled (so a dead receiver stops costing retries).
 */
export function endpointHealth(
  failingSince: Temporal.Instant | null,
  succeeded: boolean,
  at: Temporal.Instant,
): EndpointHealth {
  if (succeeded) return { failingSince: null, disable: false };
  const since = failingSince ?? at;
  return { failingSince: since, disable: at.since(since).total('seconds') >= DISABLE_AFTER_SECONDS };
}

export const isSuccessStatus = (status: number | null): boolean => status !== null && status >= 200 && status < 300;
