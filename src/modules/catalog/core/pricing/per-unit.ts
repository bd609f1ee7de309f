/** Per-unit (flat rate) pricing: quantity × unit amount. */
import { assertQuantity, readAmount, toResult } from './amounts.ts';
import type { PerUnitPrice, PriceResult } from './types.ts';
import { PricingInputError } from './types.ts';

/** Validates a per-unit price: exactly one of unit_amount / unit_amount_decimal. */
export function validatePerUnit(price: PerUnitPrice): void {
  if (readAmount(price, 'unit_amount', '') === undefined) {
    throw new PricingInputError('unit_amount', 'unit_amount or unit_amount_decimal is required');
  }
}

/** Multiplies in decimal and rounds once, so 123,457 × 0.01 minor units is 1235, not 123,457 × round(0.01). */
export function pricePerUnit(price: PerUnitPrice, quantity: number): PriceResult {
  validatePerUnit(price);
  assertQuantity(quantity);
  const unit = readAmount(price, 'unit_amount', '')!;
  return toResult(unit.times(quantity));
}
