import { type PricingInput, priceQuantity } from './core/pricing/index.ts';
import type { PriceRow } from './present.ts';

/** The pricing core's input for a stored price. */
export function pricingOf(price: PriceRow): PricingInput {
  if (price.billingScheme === 'tiered') {
    return { billing_scheme: 'tiered', tiers_mode: price.tiersMode!, tiers: price.tiers as never };
  }
  if (price.billingScheme === 'package') return { billing_scheme: 'package', package: price.package! };
  return price.unitAmountDecimal !== null && price.unitAmount === null
    ? { billing_scheme: 'per_unit', unit_amount_decimal: price.unitAmountDecimal }
    : { billing_scheme: 'per_unit', unit_amount: price.unitAmount ?? 0 };
}

/** What a period of a licensed price costs for a quantity (list price: before discounts and taxes); metered is 0. */
export function licensedAmount(price: PriceRow, quantity: number): number {
  if (price.usageType === 'metered') return 0;
  return priceQuantity(pricingOf(price), quantity).amount;
}
