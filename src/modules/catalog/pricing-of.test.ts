import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PriceRow } from './present.ts';
import { licensedAmount } from './pricing-of.ts';

const row = (fields: Partial<PriceRow>) =>
  ({
    billingScheme: 'per_unit',
    usageType: 'licensed',
    unitAmount: null,
    unitAmountDecimal: null,
    tiersMode: null,
    tiers: null,
    package: null,
    ...fields,
  }) as PriceRow;

test('licensedAmount: list amount of a period for a quantity, by the catalog core; metered is unknown ahead (0)', () => {
  const graduated = [
    { up_to: 100, unit_amount: 100 },
    { up_to: 200, unit_amount: 50 },
    { up_to: 'inf', unit_amount: 10 },
  ];
  const cases: [string, PriceRow, number, number][] = [
    ['per unit × 3', row({ unitAmount: 2990 }), 3, 8970],
    ['sub-minor unit amount', row({ unitAmountDecimal: '0.0001' }), 123_457, 12],
    [
      'graduated tiers',
      row({ billingScheme: 'tiered', tiersMode: 'graduated', tiers: graduated as never }),
      250,
      15500,
    ],
    [
      'package, rounded up',
      row({ billingScheme: 'package', package: { package_size: 100, amount: 500, free_units: 0 } }),
      201,
      1500,
    ],
    ['metered', row({ unitAmount: 100, usageType: 'metered' }), 10, 0],
  ];
  for (const [name, price, quantity, want] of cases) assert.equal(licensedAmount(price, quantity), want, name);
});
