/** Entry points: dispatch on billing_scheme, for creating prices and for pricing a quantity. */
import { assertQuantity } from './amounts.ts';
import { priceGraduated } from './graduated.ts';
import { pricePackage, validatePackage } from './package.ts';
import { pricePerUnit, validatePerUnit } from './per-unit.ts';
import { parseTiers } from './tiers.ts';
import type { PriceResult, PricingInput, TieredPrice } from './types.ts';
import { PricingInputError } from './types.ts';
import { priceVolume } from './volume.ts';

/** Runs the same checks as priceQuantity without a quantity; call it when a price is created, not only when billed. */
export function validatePricing(price: PricingInput): void {
  if (typeof price !== 'object' || price === null) throw new PricingInputError('billing_scheme', 'price is required');
  switch (price.billing_scheme) {
    case 'per_unit':
      validatePerUnit(price);
      return;
    case 'tiered':
      assertTiersMode(price);
      parseTiers(price.tiers);
      return;
    case 'package':
      validatePackage(price.package);
      return;
    default:
      throw new PricingInputError('billing_scheme', "billing_scheme must be 'per_unit', 'tiered' or 'package'");
  }
}

/** Prices a whole line in decimal and rounds once half-up at the end; throws PricingInputError on bad input. */
export function priceQuantity(price: PricingInput, quantity: number): PriceResult {
  validatePricing(price);
  assertQuantity(quantity);
  switch (price.billing_scheme) {
    case 'per_unit':
      return pricePerUnit(price, quantity);
    case 'tiered':
      return price.tiers_mode === 'graduated'
        ? priceGraduated(price.tiers, quantity)
        : priceVolume(price.tiers, quantity);
    case 'package':
      return pricePackage(price.package, quantity);
  }
}

function assertTiersMode(price: TieredPrice): void {
  if (price.tiers_mode !== 'graduated' && price.tiers_mode !== 'volume') {
    throw new PricingInputError('tiers_mode', "tiers_mode must be 'graduated' or 'volume'");
  }
}
