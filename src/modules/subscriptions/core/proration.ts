import { Decimal } from 'decimal.js';
import type { Temporal } from 'temporal-polyfill';
import { type BillingInterval, billingCycleAnchorFirstPeriod } from './periods.ts';

/**
 * Decimal context for proration. 40 significant digits keeps intermediate quotients exact far beyond the cent
 * (a safe-integer amount times a fraction of a period of ≤ 10^10 s), so the only rounding that can change a
 * result is the single half-up rounding to minor units at the end.
 */
const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** A charged item (Stripe-style snake_case): `unit_amount` is integer minor units, `quantity` a whole number. */
export interface ProrationItem {
  price_id: string;
  unit_amount: number;
  quantity: number;
}

/** One proration invoice line; `amount` is minor units, negative for credits of unused time. */
export interface ProrationLine {
  price_id: string;
  quantity: number;
  amount: number;
  proration: true;
  period: { start: Temporal.Instant; end: Temporal.Instant };
}

/** Input for {@link prorationLines}; the change takes effect at `changeAt` within [periodStart, periodEnd]. */
export interface ProrationInput {
  periodStart: Temporal.Instant;
  periodEnd: Temporal.Instant;
  changeAt: Temporal.Instant;
  oldItems: readonly ProrationItem[];
  newItems: readonly ProrationItem[];
}

/** Input for {@link firstPeriodStubAmount}: a subscription starting at `start` with a billing_cycle_anchor. */
export interface StubInput {
  fullAmountMinor: number;
  start: Temporal.Instant;
  cycleAnchor: Temporal.Instant;
  interval: BillingInterval;
  intervalCount: number;
  timeZone: string;
}

/** Result of {@link firstPeriodStubAmount}; `stubDays`/`periodDays` are local calendar days (for the line text). */
export interface StubAmount {
  amount: number;
  stubDays: number;
  periodDays: number;
  period: { start: Temporal.Instant; end: Temporal.Instant };
}

/** Whole epoch seconds, floored (not truncated) so instants before 1970 still count correctly. */
function epochSeconds(instant: Temporal.Instant): number {
  return Math.floor(instant.epochMilliseconds / 1000);
}

function assertSafeInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${what} must be an integer number of minor units, got ${value}`);
  }
}

/**
 * Share of the period covered by [from, to) as an unrounded Decimal (seconds ÷ seconds, sub-second parts
 * floored); `to` defaults to periodEnd, i.e. "time remaining". Throws unless start ≤ from ≤ to ≤ end and start < end.
 */
export function prorationFraction(
  periodStart: Temporal.Instant,
  periodEnd: Temporal.Instant,
  from: Temporal.Instant,
  to: Temporal.Instant = periodEnd,
): Decimal {
  const [start, end, a, b] = [periodStart, periodEnd, from, to].map(epochSeconds) as [number, number, number, number];
  if (!(start < end)) {
    throw new RangeError(`empty or inverted period [${periodStart}, ${periodEnd})`);
  }
  if (!(start <= a && a <= b && b <= end)) {
    throw new RangeError(`[${from}, ${to}) is not within the period [${periodStart}, ${periodEnd})`);
  }
  return new Exact(b - a).div(end - start);
}

/**
 * `fullAmountMinor × fraction`, rounded ONCE half-up to integer minor units (ties away from zero, so a credit is
 * the exact mirror of the matching charge). Never returns -0. Fraction must be within [0, 1].
 */
export function prorateAmount(fullAmountMinor: number, fraction: Decimal.Value): number {
  assertSafeInteger(fullAmountMinor, 'fullAmountMinor');
  const f = new Exact(fraction);
  if (f.isNaN() || f.lt(0) || f.gt(1)) {
    throw new RangeError(`proration fraction must be within [0, 1], got ${f.toString()}`);
  }
  const amount = new Exact(fullAmountMinor).times(f).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
  return amount === 0 ? 0 : amount;
}

/** Line total before proration; rejects fractional or unsafe amounts instead of silently losing precision. */
function itemTotal(item: ProrationItem): number {
  assertSafeInteger(item.unit_amount, `unit_amount of ${item.price_id}`);
  if (!Number.isSafeInteger(item.quantity) || item.quantity < 0) {
    throw new RangeError(`quantity of ${item.price_id} must be a non-negative integer, got ${item.quantity}`);
  }
  const total = item.unit_amount * item.quantity;
  assertSafeInteger(total, `unit_amount × quantity of ${item.price_id}`);
  return total;
}

/**
 * Stripe-style mid-period change: one credit line (negative) per old item for the unused time and one charge line
 * per new item for the remaining time, both covering [changeAt, periodEnd) and prorated to the second. Each line
 * rounds once, on unit_amount × quantity (not per unit): 3 × 1 at half the period is 2 (1.5 → 2), not 3 × 1.
 */
export function prorationLines(input: ProrationInput): ProrationLine[] {
  const { periodStart, periodEnd, changeAt } = input;
  const fraction = prorationFraction(periodStart, periodEnd, changeAt);
  const period = { start: changeAt, end: periodEnd };
  const line = (item: ProrationItem, sign: 1 | -1): ProrationLine => {
    const prorated = prorateAmount(itemTotal(item), fraction);
    return {
      price_id: item.price_id,
      quantity: item.quantity,
      // `0 - x` rather than `-x` so a zero credit is +0 (deepEqual and JSON treat -0 differently).
      amount: sign === 1 ? prorated : 0 - prorated,
      proration: true,
      period,
    };
  };
  return [...input.oldItems.map((item) => line(item, -1)), ...input.newItems.map((item) => line(item, 1))];
}

/** Calendar days between the local dates of two instants in `timeZone` (a DST day still counts as one day). */
function localDays(from: Temporal.Instant, to: Temporal.Instant, timeZone: string): number {
  const a = from.toZonedDateTimeISO(timeZone).toPlainDate();
  const b = to.toZonedDateTimeISO(timeZone).toPlainDate();
  return a.until(b, { largestUnit: 'days' }).days;
}

/**
 * First-invoice amount for a billing_cycle_anchor stub, prorated by DAYS in the account time zone (Stripe's
 * first-invoice rule, unlike mid-period changes which prorate by seconds): stub days ÷ days of the anchor-aligned
 * period containing the stub, rounded once half-up. A start already on the anchor grid bills the full amount.
 */
export function firstPeriodStubAmount(input: StubInput): StubAmount {
  const { fullAmountMinor, start, cycleAnchor, interval, intervalCount, timeZone } = input;
  assertSafeInteger(fullAmountMinor, 'fullAmountMinor');
  const first = billingCycleAnchorFirstPeriod(start, cycleAnchor, interval, intervalCount, timeZone);
  const period = { start: first.start, end: first.end };
  const periodDays = localDays(first.alignedPeriod.start, first.alignedPeriod.end, timeZone);
  if (!first.isStub) {
    return { amount: fullAmountMinor, stubDays: periodDays, periodDays, period };
  }
  const stubDays = localDays(first.start, first.end, timeZone);
  const amount = prorateAmount(fullAmountMinor, new Exact(stubDays).div(periodDays));
  return { amount, stubDays, periodDays, period };
}
