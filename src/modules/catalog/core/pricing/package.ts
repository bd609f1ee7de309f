/** Package pricing: units are sold in bundles of package_size. */
import { MoneyDecimal } from '../../../../kernel/money.ts';
import { assertQuantity, isIntAtLeast, toResult } from './amounts.ts';
import type { PackagePricing, PriceResult } from './types.ts';
import { PricingInputError } from './types.ts';

/** Validates package_size ≥ 1 and amount, free_units ≥ 0 (all integers; amount in minor units). */
export function validatePackage(pkg: PackagePricing): void {
  if (typeof pkg !== 'object' || pkg === null) throw new PricingInputError('package', 'package is required');
  if (!isIntAtLeast(pkg.package_size, 1)) {
    throw new PricingInputError('package.package_size', 'package_size must be a positive integer');
  }
  if (!isIntAtLeast(pkg.amount, 0)) {
    throw new PricingInputError('package.amount', 'amount must be a non-negative integer of minor units');
  }
  if (pkg.free_units != null && !isIntAtLeast(pkg.free_units, 0)) {
    throw new PricingInputError('package.free_units', 'free_units must be a non-negative integer');
  }
}

/** Subtracts free_units first, then charges every started package in full: 101 billable units of 100 = 2 packages. */
export function pricePackage(pkg: PackagePricing, quantity: number): PriceResult {
  validatePackage(pkg);
  assertQuantity(quantity);
  const billable = Math.max(0, quantity - (pkg.free_units ?? 0));
  // Decimal ceil avoids float error in billable / package_size near 2**53.
  const packages = new MoneyDecimal(billable).div(pkg.package_size).ceil();
  return toResult(packages.times(pkg.amount));
}
