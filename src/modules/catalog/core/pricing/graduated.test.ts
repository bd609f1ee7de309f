import assert from 'node:assert/strict';
import { test } from 'node:test';
import { priceGraduated } from './graduated.ts';
import type { PriceResult, PriceTier } from './types.ts';

// $1/unit for the first 100, $0.50 for the next 100, $0.10 after.
const usage: PriceTier[] = [
  { up_to: 100, unit_amount: 100 },
  { up_to: 200, unit_amount: 50 },
  { up_to: 'inf', unit_amount: 10 },
];

// Seats: $50 platform fee for the first 5 seats (plus $10 each), $5 more to enter tier 2 at $8 each.
const withFlat: PriceTier[] = [
  { up_to: 5, unit_amount: 1000, flat_amount: 5000 },
  { up_to: 'inf', unit_amount: 800, flat_amount_decimal: '500' },
];

const cases: Array<{ name: string; tiers: PriceTier[]; qty: number; expected: PriceResult }> = [
  {
    name: 'acceptance: 250 units = $155.00',
    tiers: usage,
    qty: 250,
    expected: {
      amount: 15500,
      amount_decimal: '15500',
      tiers: [
        { tier: 0, quantity: 100, amount_decimal: '10000' },
        { tier: 1, quantity: 100, amount_decimal: '5000' },
        { tier: 2, quantity: 50, amount_decimal: '500' },
      ],
    },
  },
  {
    name: 'exactly at the first boundary stays in tier 0',
    tiers: usage,
    qty: 100,
    expected: { amount: 10000, amount_decimal: '10000', tiers: [{ tier: 0, quantity: 100, amount_decimal: '10000' }] },
  },
  {
    name: 'one past the boundary reaches tier 1',
    tiers: usage,
    qty: 101,
    expected: {
      amount: 10050,
      amount_decimal: '10050',
      tiers: [
        { tier: 0, quantity: 100, amount_decimal: '10000' },
        { tier: 1, quantity: 1, amount_decimal: '50' },
      ],
    },
  },
  { name: 'quantity 0 is free', tiers: usage, qty: 0, expected: { amount: 0, amount_decimal: '0', tiers: [] } },
  {
    name: 'quantity 0 skips the first flat fee too',
    tiers: withFlat,
    qty: 0,
    expected: { amount: 0, amount_decimal: '0', tiers: [] },
  },
  {
    name: 'flat fee of each reached tier: 5 seats',
    tiers: withFlat,
    qty: 5,
    expected: { amount: 10000, amount_decimal: '10000', tiers: [{ tier: 0, quantity: 5, amount_decimal: '10000' }] },
  },
  {
    name: 'flat fee of each reached tier: 6 seats',
    tiers: withFlat,
    qty: 6,
    expected: {
      amount: 11300,
      amount_decimal: '11300',
      tiers: [
        { tier: 0, quantity: 5, amount_decimal: '10000' },
        { tier: 1, quantity: 1, amount_decimal: '1300' },
      ],
    },
  },
  {
    name: 'sub-minor tiers are summed before the single rounding (0.25 + 0.25 = 0.5 → 1)',
    tiers: [
      { up_to: 1, unit_amount_decimal: '0.25' },
      { up_to: 'inf', unit_amount_decimal: '0.125' },
    ],
    qty: 3,
    expected: {
      amount: 1,
      amount_decimal: '0.5',
      tiers: [
        { tier: 0, quantity: 1, amount_decimal: '0.25' },
        { tier: 1, quantity: 2, amount_decimal: '0.25' },
      ],
    },
  },
  {
    name: 'single inf tier behaves as per-unit (BHD 1.275 × 7)',
    tiers: [{ up_to: 'inf', unit_amount: 1275 }],
    qty: 7,
    expected: { amount: 8925, amount_decimal: '8925', tiers: [{ tier: 0, quantity: 7, amount_decimal: '8925' }] },
  },
];

test('priceGraduated charges each tier for its own range', () => {
  for (const c of cases) assert.deepEqual(priceGraduated(c.tiers, c.qty), c.expected, c.name);
});
