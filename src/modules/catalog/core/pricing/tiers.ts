/** Tier-table validation shared by graduated and volume pricing. */
import type { Decimal } from 'decimal.js';
import { MoneyDecimal } from '../../../../kernel/money.ts';
import { isIntAtLeast, readAmount } from './amounts.ts';
import type { PriceTier } from './types.ts';
import { PricingInputError } from './types.ts';

export interface ParsedTier {
  /** Inclusive upper bound; Infinity for 'inf'. */
  upTo: number;
  unit: Decimal;
  flat: Decimal;
}

/**
 * Validates and parses tiers: up_to strictly ascending positive integers, only the last one 'inf'.
 * Each tier needs a unit or a flat amount (use unit_amount 0 for a free tier) so a typo can't make a tier free.
 */
export function parseTiers(tiers: readonly PriceTier[]): ParsedTier[] {
  if (!Array.isArray(tiers) || tiers.length === 0) {
    throw new PricingInputError('tiers', 'tiers must be a non-empty array');
  }
  let previous = 0;
  return tiers.map((tier, i) => {
    const path = `tiers[${i}].`;
    if (typeof tier !== 'object' || tier === null) throw new PricingInputError(`tiers[${i}]`, 'tier must be an object');
    const upTo = parseUpTo(tier.up_to, i === tiers.length - 1, previous, path);
    previous = upTo;
    const unit = readAmount(tier, 'unit_amount', path);
    const flat = readAmount(tier, 'flat_amount', path);
    if (unit === undefined && flat === undefined) {
      throw new PricingInputError(`${path}unit_amount`, 'tier needs a unit_amount or a flat_amount');
    }
    return { upTo, unit: unit ?? new MoneyDecimal(0), flat: flat ?? new MoneyDecimal(0) };
  });
}

function parseUpTo(upTo: unknown, isLast: boolean, previous: number, path: string): number {
  if (isLast) {
    if (upTo !== 'inf') throw new PricingInputError(`${path}up_to`, "the last tier's up_to must be 'inf'");
    return Number.POSITIVE_INFINITY;
  }
  if (!isIntAtLeast(upTo, 1)) {
    throw new PricingInputError(`${path}up_to`, "up_to must be a positive integer ('inf' only on the last tier)");
  }
  if (upTo <= previous) throw new PricingInputError(`${path}up_to`, 'up_to must be strictly ascending');
  return upTo;
}
