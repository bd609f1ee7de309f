import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pricePerUnit } from './per-unit.ts';
import type { PerUnitPrice } from './types.ts';

const cases: Array<{
  name: string;
  price: Omit<PerUnitPrice, 'billing_scheme'>;
  qty: number;
  amount: number;
  dec: string;
}> = [
  { name: 'USD $10 × 3', price: { unit_amount: 1000 }, qty: 3, amount: 3000, dec: '3000' },
  {
    name: '$0.0001 × 123,457 = 12.3457 → $12.35',
    price: { unit_amount_decimal: '0.01' },
    qty: 123457,
    amount: 1235,
    dec: '1234.57',
  },
  { name: 'JPY ¥1,500 × 3', price: { unit_amount: 1500 }, qty: 3, amount: 4500, dec: '4500' },
  { name: 'BHD 1.275 × 7', price: { unit_amount: 1275 }, qty: 7, amount: 8925, dec: '8925' },
  { name: 'half-up: 0.5 × 5 = 2.5 → 3', price: { unit_amount_decimal: '0.5' }, qty: 5, amount: 3, dec: '2.5' },
  {
    name: 'just under half: 0.4999 × 5 = 2.4995 → 2',
    price: { unit_amount_decimal: '0.4999' },
    qty: 5,
    amount: 2,
    dec: '2.4995',
  },
  { name: 'quantity 0', price: { unit_amount: 1000 }, qty: 0, amount: 0, dec: '0' },
  {
    name: 'tiny decimal stays in plain notation',
    price: { unit_amount_decimal: '0.000000000001' },
    qty: 1,
    amount: 0,
    dec: '0.000000000001',
  },
  { name: 'free unit', price: { unit_amount: 0 }, qty: 10, amount: 0, dec: '0' },
];

test('pricePerUnit multiplies in decimal and rounds once', () => {
  for (const c of cases) {
    const result = pricePerUnit({ billing_scheme: 'per_unit', ...c.price }, c.qty);
    assert.deepEqual(result, { amount: c.amount, amount_decimal: c.dec }, c.name);
  }
});

test('pricePerUnit rejects bad prices and quantities with the offending param', () => {
  const bad: Array<[Record<string, unknown>, number, string]> = [
    [{}, 1, 'unit_amount'],
    [{ unit_amount: 1, unit_amount_decimal: '1' }, 1, 'unit_amount_decimal'],
    [{ unit_amount: -1 }, 1, 'unit_amount'],
    [{ unit_amount: 1.5 }, 1, 'unit_amount'],
    [{ unit_amount: '100' }, 1, 'unit_amount'],
    [{ unit_amount_decimal: '-1' }, 1, 'unit_amount_decimal'],
    [{ unit_amount_decimal: '1e-4' }, 1, 'unit_amount_decimal'],
    [{ unit_amount_decimal: '0.0000000000001' }, 1, 'unit_amount_decimal'],
    [{ unit_amount: 100 }, -1, 'quantity'],
    [{ unit_amount: 100 }, 1.5, 'quantity'],
    [{ unit_amount: 100 }, Number.NaN, 'quantity'],
    [{ unit_amount: 100 }, Number.MAX_SAFE_INTEGER, 'quantity'],
  ];
  for (const [fields, qty, param] of bad) {
    const price = { billing_scheme: 'per_unit', ...fields } as PerUnitPrice;
    assert.throws(() => pricePerUnit(price, qty), { name: 'PricingInputError', param }, JSON.stringify(fields));
  }
});
