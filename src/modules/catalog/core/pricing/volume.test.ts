import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PriceResult, PriceTier } from './types.ts';
import { priceVolume } from './volume.ts';

// $0.0010 to 10,000, $0.0008 to 50,000, $0.0006 to 100,000, $0.0004 beyond; +$10 flat in every tier.
const api: PriceTier[] = [
  { up_to: 10000, unit_amount_decimal: '0.1', flat_amount: 1000 },
  { up_to: 50000, unit_amount_decimal: '0.08', flat_amount: 1000 },
  { up_to: 100000, unit_amount_decimal: '0.06', flat_amount: 1000 },
  { up_to: 'inf', unit_amount_decimal: '0.04', flat_amount: 1000 },
];

const one = (tier: number, quantity: number, amount: number, dec = String(amount)): PriceResult => ({
  amount,
  amount_decimal: dec,
  tiers: [{ tier, quantity, amount_decimal: dec }],
});

const cases: Array<{ name: string; tiers: PriceTier[]; qty: number; expected: PriceResult }> = [
  { name: 'acceptance: 65,000 units = $49.00', tiers: api, qty: 65000, expected: one(2, 65000, 4900) },
  {
    name: 'quantity 0 is free, no flat fee',
    tiers: api,
    qty: 0,
    expected: { amount: 0, amount_decimal: '0', tiers: [] },
  },
  { name: '1 unit: $10 + $0.001', tiers: api, qty: 1, expected: one(0, 1, 1000, '1000.1') },
  { name: 'exactly 10,000 stays in tier 0', tiers: api, qty: 10000, expected: one(0, 10000, 2000) },
  { name: '10,001 moves every unit to tier 1', tiers: api, qty: 10001, expected: one(1, 10001, 1800, '1800.08') },
  { name: 'exactly 100,000 stays in tier 2', tiers: api, qty: 100000, expected: one(2, 100000, 7000) },
  { name: 'beyond the last bound uses inf', tiers: api, qty: 1000000, expected: one(3, 1000000, 41000) },
  {
    name: 'half-up: 10 × 1.25 = 12.5 → 13',
    tiers: [
      { up_to: 10, unit_amount_decimal: '1.25' },
      { up_to: 'inf', unit_amount_decimal: '1.125' },
    ],
    qty: 10,
    expected: one(0, 10, 13, '12.5'),
  },
  {
    name: 'half-up in a later tier: 12 × 1.125 = 13.5 → 14',
    tiers: [
      { up_to: 10, unit_amount_decimal: '1.25' },
      { up_to: 'inf', unit_amount_decimal: '1.125' },
    ],
    qty: 12,
    expected: one(1, 12, 14, '13.5'),
  },
  {
    name: 'JPY flat-only tiers',
    tiers: [
      { up_to: 3, flat_amount: 1500 },
      { up_to: 'inf', flat_amount: 4500 },
    ],
    qty: 3,
    expected: one(0, 3, 1500),
  },
];

test('priceVolume prices all units at the tier holding the total', () => {
  for (const c of cases) assert.deepEqual(priceVolume(c.tiers, c.qty), c.expected, c.name);
});
