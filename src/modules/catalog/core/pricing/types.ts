/**
 * Pricing shapes. Every amount is in minor units of the price's currency;
 * the *_decimal variants may carry sub-minor precision ('0.01' = $0.0001).
 */
import { TenureError } from '../../../../kernel/errors.ts';

export type BillingScheme = 'per_unit' | 'tiered' | 'package';

export type TiersMode = 'graduated' | 'volume';

/** A unit amount: exactly one of the integer or the decimal-string form. */
export interface UnitAmount {
  unit_amount?: number;
  unit_amount_decimal?: string;
}

/** `up_to` is inclusive; the last tier must be 'inf'. */
export interface PriceTier extends UnitAmount {
  up_to: number | 'inf';
  flat_amount?: number;
  flat_amount_decimal?: string;
}

/** Charged per started package: 101 units at package_size 100 is 2 packages. */
export interface PackagePricing {
  package_size: number;
  /** Minor units per package. */
  amount: number;
  /** Units given away before packaging starts. */
  free_units?: number;
}

export interface PerUnitPrice extends UnitAmount {
  billing_scheme: 'per_unit';
}

export interface TieredPrice {
  billing_scheme: 'tiered';
  tiers_mode: TiersMode;
  tiers: PriceTier[];
}

export interface PackagePrice {
  billing_scheme: 'package';
  package: PackagePricing;
}

export type PricingInput = PerUnitPrice | TieredPrice | PackagePrice;

/** How much of the quantity one tier priced; `tier` is the index into `tiers`. */
export interface TierBreakdown {
  tier: number;
  quantity: number;
  /** Unit charges plus the tier's flat amount, unrounded, in minor units. */
  amount_decimal: string;
}

export interface PriceResult {
  /** Minor units, rounded once half-up from amount_decimal. */
  amount: number;
  /** Exact line amount in minor units, plain decimal notation. */
  amount_decimal: string;
  tiers?: TierBreakdown[];
}

/**
 * Bad pricing input; `param` names the offending field (e.g. 'tiers[1].up_to').
 * It is an invalid_request TenureError, so the API layer answers 400 with no extra mapping.
 */
export class PricingInputError extends TenureError {
  declare readonly param: string;

  constructor(param: string, message: string) {
    super('invalid_request', 'invalid_pricing', message, param);
    this.name = 'PricingInputError';
  }
}
