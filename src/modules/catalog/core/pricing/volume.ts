/** Volume tiered pricing: one tier, chosen by the total quantity, prices every unit. */
import { MoneyDecimal } from '../../../../kernel/money.ts';
import { assertQuantity, toResult } from './amounts.ts';
import { parseTiers } from './tiers.ts';
import type { PriceResult, PriceTier } from './types.ts';

/**
 * Prices all units at the tier whose inclusive up_to first covers the quantity, plus that tier's flat_amount.
 * Quantity 0 is free (no tier is reached), so a flat fee never bills an unused subscription.
 */
export function priceVolume(tiers: readonly PriceTier[], quantity: number): PriceResult {
  const parsed = parseTiers(tiers);
  assertQuantity(quantity);
  if (quantity === 0) return toResult(new MoneyDecimal(0), []);
  // The last tier is 'inf' (Infinity), so findIndex always succeeds.
  const index = parsed.findIndex((tier) => quantity <= tier.upTo);
  const tier = parsed[index]!;
  const amount = tier.unit.times(quantity).plus(tier.flat);
  return toResult(amount, [{ tier: index, quantity, amount_decimal: amount.toFixed() }]);
}
