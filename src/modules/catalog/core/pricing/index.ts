/** Pure pricing functions: amounts in minor units, decimal maths, one half-up rounding per line. */
export { priceGraduated } from './graduated.ts';
export { pricePackage, validatePackage } from './package.ts';
export { pricePerUnit, validatePerUnit } from './per-unit.ts';
export { priceQuantity, validatePricing } from './price.ts';
export type {
  BillingScheme,
  PackagePrice,
  PackagePricing,
  PerUnitPrice,
  PriceResult,
  PriceTier,
  PricingInput,
  TierBreakdown,
  TieredPrice,
  TiersMode,
  UnitAmount,
} from './types.ts';
export { PricingInputError } from './types.ts';
export { priceVolume } from './volume.ts';
