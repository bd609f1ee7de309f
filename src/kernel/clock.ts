import { Temporal } from 'temporal-polyfill';

/** The one port through which Tenure reads the time; tests pass a fake, test clocks live in the database. */
export interface Clock {
  now(): Temporal.Instant;
}

/** The real clock: the only place in Tenure that reads the system time. */
export const systemClock: Clock = {
  now: () => Temporal.Instant.fromEpochMilliseconds(wallMs()),
};

/** A clock a test can set and move; it never reads the system time. */
export class FakeClock implements Clock {
  #at: Temporal.Instant;
  constructor(at: string | Temporal.Instant) {
    this.#at = typeof at === 'string' ? Temporal.Instant.from(at) : at;
  }
  now(): Temporal.Instant {
    return this.#at;
  }
  set(at: string | Temporal.Instant): void {
    this.#at = typeof at === 'string' ? Temporal.Instant.from(at) : at;
  }
  advance(duration: Temporal.DurationLike): void {
    this.#at = this.#at.add(duration);
  }
}

/** Milliseconds since this process started (monotonic), only for measuring start-up phases. */
export function processUptimeMs(): number {
  return performance.now();
}

/** Wall-clock milliseconds, only for ordering ids and expiring caches — never for business time. */
export function wallMs(): number {
  return Date.now();
}

/** Unix seconds, the API's representation of instants (Stripe's `created`). */
export function toUnix(at: Temporal.Instant | Date): number {
  const ms = at instanceof Date ? at.getTime() : at.epochMilliseconds;
  return Math.floor(ms / 1000);
}

export function fromUnix(seconds: number): Temporal.Instant {
  return Temporal.Instant.fromEpochMilliseconds(seconds * 1000);
}

export function toDate(at: Temporal.Instant): Date {
  return new Date(at.epochMilliseconds);
}

export function fromDate(at: Date): Temporal.Instant {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime());
}

/** Starts a monotonic stopwatch for measuring how long I/O took (a duration, never business time). */
export function stopwatch(): () => number {
  const start = performance.now();
  return () => Math.round(performance.now() - start);
}
