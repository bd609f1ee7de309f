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

const DAY_MS = 86_400_000;
const UTC_NAMES = new Set(['UTC', 'Etc/UTC']);

/**
 * In UTC a calendar day is always 86,400,000 ms, so the grid is plain date arithmetic on epoch milliseconds: the same
 * answers as Temporal's zoned arithmetic (periods.test.ts compares them on thousands of random grids) at a fraction
 * of the polyfill's cost, which was an eighth of the renewal worker's CPU (bench/billing-run.ts). Null when the
 * anchor is not whole milliseconds; other zones take the Temporal path.
 */
function utcAnchorMs(anchor: Temporal.Instant, timeZone: string): number | null {
  if (!UTC_NAMES.has(timeZone)) return null;
  return anchor.epochNanoseconds % 1_000_000n === 0n ? anchor.epochMilliseconds : null;
}

function daysInMonth(year: number, month0: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month0 + 1, 0);
  return d.getUTCDate();
}

/** Boundary `steps` intervals from a UTC anchor, clamping the day like Temporal's 'constrain'. */
function utcBoundaryMs(anchorMs: number, interval: BillingInterval, steps: number): number {
  if (interval === 'day') return anchorMs + steps * DAY_MS;
  if (interval === 'week') return anchorMs + steps * 7 * DAY_MS;
  if (interval !== 'month' && interval !== 'year') {
    throw new RangeError(`unknown billing interval ${String(interval satisfies never)}`);
  }
  const a = new Date(anchorMs);
  const timeOfDay = anchorMs - Math.floor(anchorMs / DAY_MS) * DAY_MS;
  const months = a.getUTCMonth() + (interval === 'year' ? 12 * steps : steps);
  const year = a.getUTCFullYear() + Math.floor(months / 12);
  const month0 = months - Math.floor(months / 12) * 12;
  const out = new Date(0);
  out.setUTCFullYear(year, month0, Math.min(a.getUTCDate(), daysInMonth(year, month0)));
  return out.getTime() + timeOfDay;
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
  const utc = utcAnchorMs(anchor, timeZone);
  if (utc !== null) return Temporal.Instant.fromEpochMilliseconds(utcBoundaryMs(utc, interval, n * intervalCount));
  return zonedBoundary(anchor.toZonedDateTimeISO(timeZone), interval, n * intervalCount);
}

function zonedBoundary(local: Temporal.ZonedDateTime, interval: BillingInterval, steps: number): Temporal.Instant {
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

/** Rough period index from calendar days or months elapsed; may be off by one or two, callers must adjust. */
function estimateFromCalendar(
  interval: BillingInterval,
  intervalCount: number,
  days: () => number,
  months: number,
): number {
  if (interval === 'day' || interval === 'week') {
    return Math.floor(days() / (interval === 'week' ? 7 * intervalCount : intervalCount));
  }
  return Math.floor(months / (interval === 'year' ? 12 * intervalCount : intervalCount));
}

/**
 * Index n with boundary(n) <= at < boundary(n + 1), for any `at` (also before the anchor, giving n < 0), and those
 * two boundaries. The calendar estimate is within a step or two (day clamping, DST, time of day), so the loops are
 * O(1).
 */
function gridAround(
  anchor: Temporal.Instant,
  interval: BillingInterval,
  intervalCount: number,
  at: Temporal.Instant,
  timeZone: string,
): { index: number; start: Temporal.Instant; end: Temporal.Instant } {
  const utc = utcAnchorMs(anchor, timeZone);
  if (utc !== null) {
    // Boundaries are whole milliseconds, so comparing with `at` floored to a millisecond is exact.
    const atMs = at.epochMilliseconds;
    const from = new Date(utc);
    const to = new Date(atMs);
    const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
    const days = () => Math.floor(atMs / DAY_MS) - Math.floor(utc / DAY_MS);
    const boundary = (k: number) => utcBoundaryMs(utc, interval, k * intervalCount);
    let n = estimateFromCalendar(interval, intervalCount, days, months);
    while (boundary(n) > atMs) n--;
    while (boundary(n + 1) <= atMs) n++;
    return {
      index: n,
      start: Temporal.Instant.fromEpochMilliseconds(boundary(n)),
      end: Temporal.Instant.fromEpochMilliseconds(boundary(n + 1)),
    };
  }
  const local = anchor.toZonedDateTimeISO(timeZone);
  const boundary = (k: number) => zonedBoundary(local, interval, k * intervalCount);
  const from = local.toPlainDate();
  const to = at.toZonedDateTimeISO(timeZone).toPlainDate();
  const months = (to.year - from.year) * 12 + (to.month - from.month);
  let n = estimateFromCalendar(interval, intervalCount, () => from.until(to, { largestUnit: 'days' }).days, months);
  let start = boundary(n);
  while (Temporal.Instant.compare(start, at) > 0) start = boundary(--n);
  let end = boundary(n + 1);
  while (Temporal.Instant.compare(end, at) <= 0) {
    start = end;
    end = boundary(++n + 1);
  }
  return { index: n, start, end };
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
  return gridAround(anchor, interval, intervalCount, at, timeZone);
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
  const { start: alignedStart, end } = gridAround(cycleAnchor, interval, intervalCount, start, timeZone);
  return {
    start,
    end,
    isStub: !alignedStart.equals(start),
    alignedPeriod: { start: alignedStart, end },
  };
}
