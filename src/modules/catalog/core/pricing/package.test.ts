import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pricePackage } from './package.ts';
import type { PackagePricing } from './types.ts';

const fivePer100FirstFree: PackagePricing = { package_size: 100, amount: 500, free_units: 100 };
const fivePer100: PackagePricing = { package_size: 100, amount: 500 };

const cases: Array<{ name: string; pkg: PackagePricing; qty: number; amount: number }> = [
  { name: 'acceptance: 201 units, first 100 free = $10.00', pkg: fivePer100FirstFree, qty: 201, amount: 1000 },
  { name: 'all free', pkg: fivePer100FirstFree, qty: 100, amount: 0 },
  { name: 'one billable unit starts a package', pkg: fivePer100FirstFree, qty: 101, amount: 500 },
  { name: 'exactly one full billable package', pkg: fivePer100FirstFree, qty: 200, amount: 500 },
  { name: 'quantity 0', pkg: fivePer100, qty: 0, amount: 0 },
  { name: 'partial package charged whole', pkg: fivePer100, qty: 1, amount: 500 },
  { name: 'exact package boundary', pkg: fivePer100, qty: 300, amount: 1500 },
  { name: 'JPY ¥1,500 per package of 1', pkg: { package_size: 1, amount: 1500 }, qty: 3, amount: 4500 },
  {
    name: 'BHD 1.275 per 10 units, 61 units = 7 packages',
    pkg: { package_size: 10, amount: 1275 },
    qty: 61,
    amount: 8925,
  },
  {
    name: 'ceil is exact near 2**53',
    pkg: { package_size: 3, amount: 1 },
    qty: Number.MAX_SAFE_INTEGER,
    amount: 3002399751580331,
  },
];

test('pricePackage subtracts free units, then charges started packages', () => {
  for (const c of cases) {
    const result = pricePackage(c.pkg, c.qty);
    assert.deepEqual(result, { amount: c.amount, amount_decimal: String(c.amount) }, c.name);
  }
});

test('pricePackage rejects bad packages with the offending param', () => {
  const bad: Array<[Record<string, unknown>, string]> = [
    [{ package_size: 0, amount: 500 }, 'package.package_size'],
    [{ package_size: 1.5, amount: 500 }, 'package.package_size'],
    [{ package_size: 100, amount: -1 }, 'package.amount'],
    [{ package_size: 100 }, 'package.amount'],
    [{ package_size: 100, amount: 500, free_units: -1 }, 'package.free_units'],
  ];
  for (const [pkg, param] of bad) {
    assert.throws(() => pricePackage(pkg as unknown as PackagePricing, 1), { name: 'PricingInputError', param }, param);
  }
});
