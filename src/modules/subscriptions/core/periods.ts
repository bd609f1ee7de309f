import { Temporal } from 'temporal-polyfill';

/** Billing interval unit; a period is `intervalCount` of these (e.g. month × 3 = quarterly). */
export type BillingInterval = 'day' | 'week' | 'month' | 'year';

/** A half-open billing period [start, end): an instant equal to `end` belongs to the next period. */
export interface BillingPeriod {
  index: number;
  start: Temporal.Instant;
  end: Temporal.Instant;
}

/** First period of a subscription with a billing_cycle_anchor; `isStub` is false when start is already aligned. */
export interface FirstPeriod {
  start: Temporal.Instant;
  end: Temporal.Instant;
  isStub: boolean;
  /** The full anchor-aligned period that contains the stub (denominator for day-based stub proration). */
  alignedPeriod: { start: Temporal.Instant; end: Temporal.Instant };
}

function assertIntervalCount(intervalCount: number): void {
  if (!Number.isSafeInteger(intervalCount) || intervalCount < 1) {
    throw new RangeError(`intervalCount must be a positive integer, got ${intervalCount}`);
  }
}

function assertIndex(n: number): void {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`period index must be an integer, got ${n}`);
  }
}

/**
 * Start of period n (n = 0 is the anchor; negative n goes backwards). Always computed from the anchor, never by
 * chaining "+1 month": month/year steps clamp the day (Jan 31 → Feb 28 → Mar 31) and keep the anchor's local
 * time of day in `timeZone` across DST; a local time that falls in a DST gap moves forward (Temporal 'compatible').
 */
export function periodBoundary(
  anchor: Temporal.Instant,
  interval: BillingInterval,
  intervalCount: number,
  n: number,
  timeZone: string,
): Temporal.Instant {
  assertIntervalCount(intervalCount);
  assertIndex(n);
  const local = anchor.toZonedDateTimeISO(timeZone);
  const steps = n * intervalCount;
  // ZonedDateTime.add adds calendar units to the wall-clock date-time (overflow 'constrain' clamps the day),
  // then re-resolves the instant in the zone, so 09:00 local stays 09:00 local after a DST change.
  switch (interval) {
    case 'day':
      return local.add({ days: steps }).toInstant();
    case 'week':
      return local.add({ weeks: steps }).toInstant();
    case 'month':
      return local.add({ months: steps }).toInstant();
    case 'year':
      return local.add({ years: steps }).toInstant();
    default:
      // Reachable only from untyped callers (e.g. a bad value read from the database).
      throw new RangeError(`unknown billing interval ${String(interval satisfies never)}`);
  }
}

/** Rough period index from local calendar dates; may be off by one or two, callers must adjust. */
function estimateIndex(
  anchor: Temporal.Instant,
  interval: BillingInterval,
  intervalCount: number,
  at: Temporal.Instant,
  timeZone: string,
): number {
  const from = anchor.toZonedDateTimeISO(timeZone).toPlainDate();
  const to = at.toZonedDateTimeISO(timeZone).toPlainDate();
  if (interval === 'day' || interval === 'week') {
    const days = from.until(to, { largestUnit: 'days' }).days;
    return Math.floor(days / (interval === 'week' ? 7 * intervalCount : intervalCount));
  }
  const months = (to.year - from.year) * 12 + (to.month - from.month);
  return Math.floor(months / (interval === 'year' ? 12 * intervalCount : intervalCount));
}

/** Index n with boundary(n) <= at < boundary(n + 1), for any `at` (also before the anchor, giving n < 0). */
function indexContaining(
  anchor: Temporal.Instant,
  interval: BillingInterval,
  intervalCount: number,
  at: Temporal.Instant,
  timeZone: string,
): number {
  const boundary = (k: number) => periodBoundary(anchor, interval, intervalCount, k, timeZone);
  let n = estimateIndex(anchor, interval, intervalCount, at, timeZone);
  // The date-based estimate is within a step or two (day clamping, DST, time of day), so these loops are O(1).
  while (Temporal.Instant.compare(boundary(n), at) > 0) n--;
  while (Temporal.Instant.compare(boundary(n + 1), at) <= 0) n++;
  return n;
}

/**
 * The period containing `at`, in O(1) boundary computations. Periods are half-open, so `at` exactly on a boundary
 * belongs to the NEW period. Throws RangeError when `at` is before the anchor (no period exists yet).
 */
export function periodContaining(
  anchor: Temporal.Instant,
  interval: BillingInterval,
  intervalCount: number,
  at: Temporal.Instant,
  timeZone: string,
): BillingPeriod {
  assertIntervalCount(intervalCount);
  if (Temporal.Instant.compare(at, anchor) < 0) {
    throw new RangeError(`instant ${at} is before the billing anchor ${anchor}`);
  }
  const index = indexContaining(anchor, interval, intervalCount, at, timeZone);
  return {
    index,
    start: periodBoundary(anchor, interval, intervalCount, index, timeZone),
    end: periodBoundary(anchor, interval, intervalCount, index + 1, timeZone),
  };
}

/**
 * First period for a subscription starting at `start` with a billing_cycle_anchor: the stub [start, first
 * anchor-aligned boundary strictly after start). Mirrors Stripe: the anchor may not be later than the next natural
 * billing date (start + one interval), else RangeError. An anchor in the past is projected forward on its grid.
 */
export function billingCycleAnchorFirstPeriod(
  start: Temporal.Instant,
  cycleAnchor: Temporal.Instant,
  interval: BillingInterval,
  intervalCount: number,
  timeZone: string,
): FirstPeriod {
  const naturalEnd = periodBoundary(start, interval, intervalCount, 1, timeZone);
  if (Temporal.Instant.compare(cycleAnchor, naturalEnd) > 0) {
    throw new RangeError(
      `billing_cycle_anchor ${cycleAnchor} is later than the next natural billing date ${naturalEnd}`,
    );
  }
  const index = indexContaining(cycleAnchor, interval, intervalCount, start, timeZone);
  const alignedStart = periodBoundary(cycleAnchor, interval, intervalCount, index, timeZone);
  const end = periodBoundary(cycleAnchor, interval, intervalCount, index + 1, timeZone);
  return {
    start,
    end,
    isStub: !alignedStart.equals(start),
    alignedPeriod: { start: alignedStart, end },
  };
}
