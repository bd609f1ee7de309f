/** Graduated tiered pricing: each tier prices only the units inside its own range. */
import { MoneyDecimal } from '../../../../kernel/money.ts';
import { assertQuantity, toResult } from './amounts.ts';
import { parseTiers } from './tiers.ts';
import type { PriceResult, PriceTier, TierBreakdown } from './types.ts';

/**
 * Sums every tier the quantity reaches; a tier's flat_amount is added as soon as one unit falls in it,
 * so quantity 0 costs nothing, even when the first tier has a flat fee.
 */
export function priceGraduated(tiers: readonly PriceTier[], quantity: number): PriceResult {
  const parsed = parseTiers(tiers);
  assertQuantity(quantity);
  const breakdown: TierBreakdown[] = [];
  let total = new MoneyDecimal(0);
  let lower = 0;
  for (const [i, tier] of parsed.entries()) {
    if (quantity <= lower) break;
    const inTier = Math.min(quantity, tier.upTo) - lower;
    const amount = tier.unit.times(inTier).plus(tier.flat);
    breakdown.push({ tier: i, quantity: inTier, amount_decimal: amount.toFixed() });
    total = total.plus(amount);
    lower = tier.upTo;
  }
  return toResult(total, breakdown);
}
