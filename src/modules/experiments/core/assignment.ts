/**
 * Deterministic variant assignment: SHA-256 of `experimentKey:customerId` gives a point in [0, 1), and the variants'
 * weights split that interval in their order. The same customer always sees the same variant of an experiment, in
 * every process and after restarts, with no stored state; different experiments hash independently.
 */
import { createHash } from 'node:crypto';

export interface WeightedVariant {
  key: string;
  /** Any non-negative number; weights are relative to their sum. */
  weight: number;
}

/** The customer's point in [0, 1) for this experiment (first 48 bits of the hash, exact in a double). */
export function assignmentPoint(experimentKey: string, customerId: string): number {
  const digest = createHash('sha256').update(`${experimentKey}:${customerId}`).digest();
  return digest.readUIntBE(0, 6) / 2 ** 48;
}

/** The variant key this customer gets; throws when no variant has a positive weight. */
export function assignVariant(experimentKey: string, customerId: string, variants: readonly WeightedVariant[]): string {
  const total = validatedTotal(variants);
  const target = assignmentPoint(experimentKey, customerId) * total;
  let cumulative = 0;
  for (const variant of variants) {
    cumulative += variant.weight;
    if (target < cumulative) return variant.key;
  }
  // Rounding of the cumulative sum can leave target a hair above the last edge: it belongs to the last positive one.
  return [...variants].reverse().find((v) => v.weight > 0)!.key;
}

function validatedTotal(variants: readonly WeightedVariant[]): number {
  let total = 0;
  for (const variant of variants) {
    if (!Number.isFinite(variant.weight) || variant.weight < 0) {
      throw new RangeError(`weight of ${variant.key} must be ≥ 0`);
    }
    total += variant.weight;
  }
  if (total <= 0) throw new RangeError('at least one variant needs a positive weight');
  return total;
}
