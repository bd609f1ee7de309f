/**
 * Coupons and discounts: when a discount applies to an invoice, and how much it takes off each line.
 * Amounts are integer minor units; each line's share is rounded once, and amount_off shares sum exactly.
 */
import { Decimal } from 'decimal.js';
import { Temporal } from 'temporal-polyfill';
import { invalid } from '../../../kernel/errors.ts';
import { assertSafeMinor, MoneyDecimal, roundToMinor } from '../../../kernel/money.ts';
import { periodBoundary } from '../../subscriptions/index.ts';

export type CouponDuration = 'once' | 'repeating' | 'forever';

/** Exactly one of percent_off (0 < p ≤ 100) and amount_off (minor units of `currency`) is set. */
export interface Coupon {
  id: string;
  percent_off?: string | number;
  amount_off?: number;
  currency?: string;
  duration: CouponDuration;
  /** Required for (and only for) duration 'repeating'. */
  duration_in_months?: number;
  /** Product ids the coupon is restricted to; absent means every product. */
  applies_to_products?: string[];
}

/** A coupon attached to a customer or subscription at `start`. */
export interface Discount {
  coupon: Coupon;
  start: Temporal.Instant;
}

/** An invoice line before discounts; `discountable: false` (prorations) means the discount is already baked in. */
export interface DiscountableLine {
  amount: number;
  product?: string;
  discountable?: boolean;
}

/** What one coupon took off one line (Stripe's discount_amounts entry). */
export interface DiscountAmount {
  coupon: string;
  amount: number;
}

/** Context for {@link discountAppliesAt}; `previousPeriodStart` is null for a subscription's first invoice. */
export interface AppliesAtOptions {
  previousPeriodStart?: Temporal.Instant | null;
  timeZone?: string;
}

const PERCENT = /^\d+(\.\d+)?$/;

function percentOf(coupon: Coupon): Decimal | undefined {
  const raw = coupon.percent_off;
  if (raw === undefined || raw === null) return undefined;
  const ok = typeof raw === 'number' ? Number.isFinite(raw) : typeof raw === 'string' && PERCENT.test(raw);
  const pct = ok ? new MoneyDecimal(raw) : undefined;
  if (pct === undefined || pct.lte(0) || pct.gt(100)) {
    throw invalid('coupon_invalid', 'percent_off must be a number greater than 0 and at most 100', 'percent_off');
  }
  return pct;
}

function assertAmountOff(coupon: Coupon): void {
  const amount = coupon.amount_off;
  if (!Number.isSafeInteger(amount) || (amount as number) <= 0) {
    throw invalid('coupon_invalid', 'amount_off must be a positive integer of minor units', 'amount_off');
  }
  if (typeof coupon.currency !== 'string') {
    throw invalid('coupon_invalid', 'currency is required with amount_off', 'currency');
  }
}

function assertDuration(coupon: Coupon): void {
  const months = coupon.duration_in_months;
  if (coupon.duration === 'repeating') {
    if (!Number.isSafeInteger(months) || (months as number) < 1) {
      throw invalid(
        'coupon_invalid',
        'repeating coupons need a positive integer duration_in_months',
        'duration_in_months',
      );
    }
  } else if (coupon.duration === 'once' || coupon.duration === 'forever') {
    if (months != null) {
      throw invalid(
        'coupon_invalid',
        'duration_in_months is only allowed with duration repeating',
        'duration_in_months',
      );
    }
  } else {
    throw invalid('coupon_invalid', "duration must be 'once', 'repeating' or 'forever'", 'duration');
  }
}

/** Throws an invalid_request TenureError naming the bad param; call it when a coupon is created, not only when billed. */
export function validateCoupon(coupon: Coupon): void {
  if (typeof coupon?.id !== 'string' || coupon.id === '') {
    throw invalid('coupon_invalid', 'coupon id is required', 'id');
  }
  const hasPercent = coupon.percent_off != null;
  if (hasPercent === (coupon.amount_off != null)) {
    throw invalid('coupon_invalid', 'set exactly one of percent_off and amount_off', 'percent_off');
  }
  if (hasPercent) percentOf(coupon);
  else assertAmountOff(coupon);
  assertDuration(coupon);
  const products = coupon.applies_to_products;
  if (products !== undefined && (!Array.isArray(products) || products.some((p) => typeof p !== 'string'))) {
    throw invalid('coupon_invalid', 'applies_to_products must be an array of product ids', 'applies_to_products');
  }
}

/**
 * Stripe's discount.end: start + duration_in_months for repeating coupons, null for once/forever. Added in one step
 * from the start (Jan 31 + 1 month = Feb 28, + 2 months = Mar 31), never by chaining months.
 */
export function discountEnd(discount: Discount, timeZone = 'UTC'): Temporal.Instant | null {
  validateCoupon(discount.coupon);
  const { coupon, start } = discount;
  if (coupon.duration !== 'repeating') return null;
  return periodBoundary(start, 'month', 1, coupon.duration_in_months as number, timeZone);
}

/**
 * Whether the discount applies to the invoice for the period starting at `periodStart` (never before `start`).
 * forever: always; repeating: periodStart < start + N months; once: only the first invoice whose period starts at or
 * after `start`, which needs `previousPeriodStart` (null for the first invoice): a 'once' check without it throws.
 */
export function discountAppliesAt(
  discount: Discount,
  periodStart: Temporal.Instant,
  options: AppliesAtOptions = {},
): boolean {
  const end = discountEnd(discount, options.timeZone);
  if (Temporal.Instant.compare(periodStart, discount.start) < 0) return false;
  switch (discount.coupon.duration) {
    case 'forever':
      return true;
    case 'repeating':
      return Temporal.Instant.compare(periodStart, end as Temporal.Instant) < 0;
    case 'once': {
      const previous = options.previousPeriodStart;
      if (previous === undefined) {
        throw new RangeError("a 'once' discount needs previousPeriodStart (null for the first invoice)");
      }
      // Used by the first invoice after start: the one whose previous invoice (if any) began before start.
      return previous === null || Temporal.Instant.compare(previous, discount.start) < 0;
    }
  }
}

function isEligible(line: DiscountableLine, coupon: Coupon): boolean {
  // Credits and zero lines are never discounted: "a discount never makes a line negative".
  if (line.discountable === false || line.amount <= 0) return false;
  const products = coupon.applies_to_products;
  return products === undefined || (line.product !== undefined && products.includes(line.product));
}

/**
 * amount_off split in proportion to the remaining amounts: each share floored, then the leftover units go to the
 * largest line (spilling to the next largest only if it would exceed its remaining amount), so shares sum exactly.
 */
function spreadAmountOff(amountOff: number, remaining: readonly number[]): number[] {
  const total = remaining.reduce((a, b) => a + b, 0);
  const budget = Math.min(amountOff, total);
  if (budget === 0) return remaining.map(() => 0);
  const shares = remaining.map((r) =>
    new MoneyDecimal(budget).times(r).div(total).toDecimalPlaces(0, Decimal.ROUND_FLOOR).toNumber(),
  );
  let leftover = budget - shares.reduce((a, b) => a + b, 0);
  const bySize = remaining.map((_, i) => i).sort((a, b) => remaining[b] - remaining[a] || a - b);
  for (const i of bySize) {
    if (leftover === 0) break;
    const extra = Math.min(leftover, remaining[i] - shares[i]);
    shares[i] += extra;
    leftover -= extra;
  }
  return shares;
}

/**
 * Per-line discount amounts, one array per input line (same order). Discounts stack in the given order, each on what
 * earlier ones left; percent_off is rounded once half-up per line. Only positive, discountable lines whose product
 * the coupon allows are hit; amount_off needs the coupon currency to equal the invoice `currency`.
 */
export function applyDiscounts(
  lines: readonly DiscountableLine[],
  discounts: ReadonlyArray<Pick<Discount, 'coupon'>>,
  currency: string,
): DiscountAmount[][] {
  for (const line of lines) assertSafeMinor(line.amount);
  const remaining = lines.map((line) => line.amount);
  const result: DiscountAmount[][] = lines.map(() => []);
  for (const { coupon } of discounts) {
    validateCoupon(coupon);
    if (coupon.amount_off != null && coupon.currency!.toUpperCase() !== currency.toUpperCase()) {
      throw invalid('currency_mismatch', `coupon ${coupon.id} is in ${coupon.currency}, invoice in ${currency}`);
    }
    const eligible = lines.flatMap((line, i) => (isEligible(line, coupon) ? [i] : []));
    const base = eligible.map((i) => remaining[i]);
    const pct = percentOf(coupon);
    const amounts = pct
      ? base.map((r) => roundToMinor(new MoneyDecimal(r).times(pct).div(100)))
      : spreadAmountOff(coupon.amount_off as number, base);
    for (const [k, i] of eligible.entries()) {
      result[i].push({ coupon: coupon.id, amount: amounts[k] });
      remaining[i] -= amounts[k];
    }
  }
  return result;
}
