import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TenureError } from '../../../kernel/errors.ts';
import { applyTaxes, lineTaxes, type TaxableLine, type TaxRate, validateTaxRate } from './taxes.ts';

const exc = (percentage: string, id = `exc_${percentage}`): TaxRate => ({ id, percentage, inclusive: false });
const inc = (percentage: string, id = `inc_${percentage}`): TaxRate => ({ id, percentage, inclusive: true });

describe('lineTaxes', () => {
  const cases: [string, TaxableLine, [number, number][]][] = [
    // [name, line, expected [amount, taxable_amount] per rate]
    ['exclusive 10% on $24.00', { amount: 2400, tax_rates: [exc('10')] }, [[240, 2400]]],
    ['exclusive rounds half-up (577.5)', { amount: 7000, tax_rates: [exc('8.25')] }, [[578, 7000]]],
    [
      'exclusive after discounts',
      { amount: 3000, discount_amounts: [{ amount: 600 }], tax_rates: [exc('10')] },
      [[240, 2400]],
    ],
    ['inclusive 21% VAT on €12.10 is extracted', { amount: 1210, tax_rates: [inc('21')] }, [[210, 1000]]],
    ['inclusive 20% on 1000 (166.67)', { amount: 1000, tax_rates: [inc('20')] }, [[167, 833]]],
    ['inclusive 21% on 100 (17.355)', { amount: 100, tax_rates: [inc('21')] }, [[17, 83]]],
    [
      'inclusive after discounts',
      { amount: 1500, discount_amounts: [{ amount: 290 }], tax_rates: [inc('21')] },
      [[210, 1000]],
    ],
    [
      'two inclusive rates share one net',
      { amount: 1150, tax_rates: [inc('10'), inc('5')] },
      [
        [100, 1000],
        [50, 1000],
      ],
    ],
    [
      'exclusive on top of inclusive uses the net',
      { amount: 1200, tax_rates: [inc('20'), exc('5')] },
      [
        [200, 1000],
        [50, 1000],
      ],
    ],
    [
      'exclusive rates do not compound',
      { amount: 1000, tax_rates: [exc('5'), exc('7.5')] },
      [
        [50, 1000],
        [75, 1000],
      ],
    ],
    ['credit line: negative tax, half away from zero', { amount: -1005, tax_rates: [exc('10')] }, [[-101, -1005]]],
    ['zero-rated', { amount: 1000, tax_rates: [exc('0')] }, [[0, 1000]]],
    ['no rates', { amount: 1000, tax_rates: [] }, []],
  ];
  for (const [name, line, expected] of cases) {
    test(name, () =>
      assert.deepEqual(
        lineTaxes(line).map((t) => [t.amount, t.taxable_amount]),
        expected,
      ),
    );
  }

  test('entries carry the rate id and inclusive flag', () => {
    assert.deepEqual(lineTaxes({ amount: 1210, tax_rates: [inc('21', 'txr_vat')] }), [
      { tax_rate: 'txr_vat', amount: 210, inclusive: true, taxable_amount: 1000 },
    ]);
  });

  test('the same rate twice on a line throws', () => {
    assert.throws(() => lineTaxes({ amount: 100, tax_rates: [exc('10'), exc('10')] }), RangeError);
  });
});

describe('applyTaxes', () => {
  test('breakdown sums rounded line taxes (101 + 101, not 10% of 2010 = 201)', () => {
    const vat = exc('10', 'txr_10');
    const result = applyTaxes([
      { amount: 1005, tax_rates: [vat] },
      { amount: 1005, tax_rates: [vat] },
      { amount: 500, tax_rates: [] },
    ]);
    assert.deepEqual(
      result.lines.map((l) => l.map((t) => t.amount)),
      [[101], [101], []],
    );
    assert.deepEqual(result.breakdown, [
      { tax_rate: 'txr_10', percentage: '10', inclusive: false, amount: 202, taxable_amount: 2010 },
    ]);
  });

  test('breakdown lists rates in first-seen order', () => {
    const result = applyTaxes([
      { amount: 1000, tax_rates: [exc('5', 'b')] },
      { amount: 1210, tax_rates: [inc('21', 'a')] },
      { amount: 2000, tax_rates: [exc('5.0', 'b')] },
    ]);
    assert.deepEqual(
      result.breakdown.map((b) => [b.tax_rate, b.amount, b.taxable_amount]),
      [
        ['b', 150, 3000],
        ['a', 210, 1000],
      ],
    );
  });

  test('one id with two percentages throws', () => {
    const lines = [
      { amount: 1000, tax_rates: [exc('5', 'x')] },
      { amount: 1000, tax_rates: [exc('6', 'x')] },
    ];
    assert.throws(() => applyTaxes(lines), RangeError);
  });
});

describe('validateTaxRate', () => {
  const cases: [string, TaxRate, string][] = [
    ['percent sign', exc('21%'), 'percentage'],
    ['over 100', exc('100.01'), 'percentage'],
    ['negative', exc('-1'), 'percentage'],
    ['number instead of string', { id: 'x', percentage: 21 as unknown as string, inclusive: false }, 'percentage'],
    ['missing inclusive', { id: 'x', percentage: '21' } as TaxRate, 'inclusive'],
    ['empty id', exc('21', ''), 'id'],
  ];
  for (const [name, rate, param] of cases) {
    test(`rejects ${name}`, () => {
      assert.throws(
        () => validateTaxRate(rate),
        (e: unknown) => e instanceof TenureError && e.kind === 'invalid_request' && e.param === param,
      );
    });
  }
});
