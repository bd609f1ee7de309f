/** Shared parsing of amounts and quantities, and the single rounding step. */
import type { Decimal } from 'decimal.js';
import { MoneyDecimal, roundToMinor } from '../../../../kernel/money.ts';
import type { PriceResult, TierBreakdown } from './types.ts';
import { PricingInputError } from './types.ts';

// Non-negative plain decimal, at most 12 places (Stripe's limit for *_decimal).
const DECIMAL_AMOUNT = /^\d+(\.\d{1,12})?$/;

/** True for a safe integer ≥ min; rejects NaN, floats, strings and numbers beyond 2**53. */
export function isIntAtLeast(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min;
}

/**
 * Reads `key` or `key_decimal` (e.g. unit_amount / unit_amount_decimal) from a price or tier.
 * Returns undefined when neither is set (null counts as unset, as JSON APIs send it); setting both is an error.
 */
export function readAmount(source: object, key: 'unit_amount' | 'flat_amount', path: string): Decimal | undefined {
  const fields = source as Record<string, unknown>;
  const integer = fields[key];
  const decimal = fields[`${key}_decimal`];
  if (integer != null && decimal != null) {
    throw new PricingInputError(`${path}${key}_decimal`, `Set only one of ${key} and ${key}_decimal`);
  }
  if (integer != null) {
    if (!isIntAtLeast(integer, 0)) {
      throw new PricingInputError(`${path}${key}`, `${key} must be a non-negative integer of minor units`);
    }
    return new MoneyDecimal(integer);
  }
  if (decimal != null) {
    if (typeof decimal !== 'string' || !DECIMAL_AMOUNT.test(decimal)) {
      throw new PricingInputError(`${path}${key}_decimal`, `${key}_decimal must be a non-negative decimal string`);
    }
    return new MoneyDecimal(decimal);
  }
  return undefined;
}

/** Quantities are whole, non-negative safe integers; fractional usage must be aggregated upstream. */
export function assertQuantity(quantity: unknown): asserts quantity is number {
  if (!isIntAtLeast(quantity, 0)) {
    throw new PricingInputError('quantity', 'quantity must be a non-negative integer');
  }
}

/** Builds the result, rounding the exact total once; an amount beyond 2**53 minor units is blamed on quantity. */
export function toResult(total: Decimal, tiers?: TierBreakdown[]): PriceResult {
  let amount: number;
  try {
    amount = roundToMinor(total);
  } catch {
    throw new PricingInputError('quantity', 'quantity makes the amount exceed the largest supported amount');
  }
  // toFixed() without places never switches to exponent notation (unlike toString for 1e-7).
  const result: PriceResult = { amount, amount_decimal: total.toFixed() };
  if (tiers) result.tiers = tiers;
  return result;
}
