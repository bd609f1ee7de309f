import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PricingInputError, priceQuantity, validatePricing } from './index.ts';
import type { PricingInput } from './types.ts';

const graduated: PricingInput = {
  billing_scheme: 'tiered',
  tiers_mode: 'graduated',
  tiers: [
    { up_to: 100, unit_amount: 100 },
    { up_to: 200, unit_amount: 50 },
    { up_to: 'inf', unit_amount: 10 },
  ],
};

const volume: PricingInput = {
  billing_scheme: 'tiered',
  tiers_mode: 'volume',
  tiers: [
    { up_to: 10000, unit_amount_decimal: '0.1', flat_amount: 1000 },
    { up_to: 50000, unit_amount_decimal: '0.08', flat_amount: 1000 },
    { up_to: 100000, unit_amount_decimal: '0.06', flat_amount: 1000 },
    { up_to: 'inf', unit_amount_decimal: '0.04', flat_amount: 1000 },
  ],
};

const pkg: PricingInput = { billing_scheme: 'package', package: { package_size: 100, amount: 500, free_units: 100 } };

const acceptance: Array<[string, PricingInput, number, number, string]> = [
  ['graduated 250 units = $155.00', graduated, 250, 15500, '15500'],
  ['volume 65,000 units = $49.00', volume, 65000, 4900, '4900'],
  ['package 201 units, 100 free = $10.00', pkg, 201, 1000, '1000'],
  [
    'per-unit $0.0001 × 123,457 = $12.35',
    { billing_scheme: 'per_unit', unit_amount_decimal: '0.01' },
    123457,
    1235,
    '1234.57',
  ],
  ['JPY ¥1,500 × 3', { billing_scheme: 'per_unit', unit_amount: 1500 }, 3, 4500, '4500'],
  ['BHD 1.275 × 7', { billing_scheme: 'per_unit', unit_amount: 1275 }, 7, 8925, '8925'],
  ['half-up 0.25 × 10 = 2.5 → 3', { billing_scheme: 'per_unit', unit_amount_decimal: '0.25' }, 10, 3, '2.5'],
  ['graduated quantity 0', graduated, 0, 0, '0'],
  ['volume quantity 0', volume, 0, 0, '0'],
  ['package quantity 0', pkg, 0, 0, '0'],
];

test('priceQuantity dispatches on billing_scheme and tiers_mode', () => {
  for (const [name, price, qty, amount, dec] of acceptance) {
    const result = priceQuantity(price, qty);
    assert.equal(result.amount, amount, name);
    assert.equal(result.amount_decimal, dec, name);
  }
});

const invalid: Array<[string, unknown, string]> = [
  ['missing price', null, 'billing_scheme'],
  ['unknown scheme', { billing_scheme: 'stairstep' }, 'billing_scheme'],
  ['unknown tiers_mode', { ...graduated, tiers_mode: 'stairs' }, 'tiers_mode'],
  [
    'tiers out of order',
    {
      ...graduated,
      tiers: [
        { up_to: 'inf', unit_amount: 1 },
        { up_to: 5, unit_amount: 1 },
      ],
    },
    'tiers[0].up_to',
  ],
  ['missing package', { billing_scheme: 'package' }, 'package'],
  ['missing unit amount', { billing_scheme: 'per_unit' }, 'unit_amount'],
];

test('validatePricing and priceQuantity reject bad prices with the offending param', () => {
  for (const [name, price, param] of invalid) {
    assert.throws(() => validatePricing(price as PricingInput), { name: 'PricingInputError', param }, name);
    assert.throws(() => priceQuantity(price as PricingInput, 1), { name: 'PricingInputError', param }, name);
  }
  for (const price of [graduated, volume, pkg]) assert.equal(validatePricing(price), undefined);
});

test('priceQuantity checks the quantity and reports it as an invalid_request', () => {
  for (const qty of [-1, 0.5, Number.NaN, 2 ** 53]) {
    assert.throws(
      () => priceQuantity(graduated, qty),
      (err) => {
        assert.ok(err instanceof PricingInputError);
        assert.equal(err.param, 'quantity');
        assert.equal(err.kind, 'invalid_request');
        return true;
      },
    );
  }
});
