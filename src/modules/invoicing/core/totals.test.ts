import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyDiscounts } from './discounts.ts';
import { applyTaxes } from './taxes.ts';
import { type InvoiceTotals, invoiceTotals, type TotalsLine } from './totals.ts';

const plain = (amount: number): TotalsLine => ({ amount, discount_amounts: [], tax_amounts: [] });

describe('invoiceTotals: customer balance (negative = credit)', () => {
  const cases: [string, number[], number, Pick<InvoiceTotals, 'total' | 'ending_balance' | 'amount_due'>][] = [
    // [name, line amounts, starting balance, expected]
    ['$20 credit on $100', [10000], -2000, { total: 10000, ending_balance: 0, amount_due: 8000 }],
    ['$150 credit on $100 keeps $50', [10000], -15000, { total: 10000, ending_balance: -5000, amount_due: 0 }],
    ['credit equal to the total', [10000], -10000, { total: 10000, ending_balance: 0, amount_due: 0 }],
    ['no balance', [10000], 0, { total: 10000, ending_balance: 0, amount_due: 10000 }],
    ['debit balance is collected now', [10000], 500, { total: 10000, ending_balance: 0, amount_due: 10500 }],
    ['negative total becomes credit', [2000, -5000], 0, { total: -3000, ending_balance: -3000, amount_due: 0 }],
    ['negative total adds to existing credit', [-3000], -1000, { total: -3000, ending_balance: -4000, amount_due: 0 }],
    ['negative total offsets a debit', [-3000], 1000, { total: -3000, ending_balance: -2000, amount_due: 0 }],
    ['empty invoice', [], -700, { total: 0, ending_balance: -700, amount_due: 0 }],
  ];
  for (const [name, amounts, startingBalance, expected] of cases) {
    test(name, () => {
      const t = invoiceTotals({ currency: 'usd', lines: amounts.map(plain), startingBalance });
      assert.deepEqual({ total: t.total, ending_balance: t.ending_balance, amount_due: t.amount_due }, expected);
      assert.equal(t.starting_balance, startingBalance);
    });
  }
});

describe('invoiceTotals: discounts and taxes', () => {
  test('inclusive 21% VAT on €12.10: tax 210, total 1210', () => {
    const line = { amount: 1210, tax_rates: [{ id: 'vat', percentage: '21', inclusive: true }] };
    const [tax_amounts] = applyTaxes([line]).lines;
    const t = invoiceTotals({
      currency: 'eur',
      lines: [{ amount: 1210, discount_amounts: [], tax_amounts: tax_amounts! }],
      startingBalance: 0,
    });
    assert.deepEqual(t, {
      subtotal: 1210,
      total_discount_amounts: [],
      total_excluding_tax: 1000,
      tax: 210,
      total: 1210,
      starting_balance: 0,
      ending_balance: 0,
      amount_due: 1210,
    });
  });

  test('exclusive 10% on $30.00 after a 20% discount: tax 240, total 2640', () => {
    const coupon = { id: 'twenty', percent_off: 20, duration: 'forever' as const };
    const [discount_amounts] = applyDiscounts([{ amount: 3000 }], [{ coupon }], 'usd');
    const rates = [{ id: 'st', percentage: '10', inclusive: false }];
    const [tax_amounts] = applyTaxes([{ amount: 3000, discount_amounts: discount_amounts!, tax_rates: rates }]).lines;
    const t = invoiceTotals({
      currency: 'usd',
      lines: [{ amount: 3000, discount_amounts: discount_amounts!, tax_amounts: tax_amounts! }],
      startingBalance: 0,
    });
    assert.deepEqual(t, {
      subtotal: 3000,
      total_discount_amounts: [{ coupon: 'twenty', amount: 600 }],
      total_excluding_tax: 2400,
      tax: 240,
      total: 2640,
      starting_balance: 0,
      ending_balance: 0,
      amount_due: 2640,
    });
  });

  test('discounts are summed per coupon in first-seen order; mixed taxes', () => {
    const lines: TotalsLine[] = [
      {
        amount: 1000,
        discount_amounts: [{ coupon: 'b', amount: 100 }],
        tax_amounts: [{ amount: 90, inclusive: false }],
      },
      {
        amount: 1210,
        discount_amounts: [
          { coupon: 'a', amount: 10 },
          { coupon: 'b', amount: 200 },
        ],
        tax_amounts: [{ amount: 174, inclusive: true }],
      },
    ];
    const t = invoiceTotals({ currency: 'usd', lines, startingBalance: 0 });
    assert.deepEqual(t.total_discount_amounts, [
      { coupon: 'b', amount: 300 },
      { coupon: 'a', amount: 10 },
    ]);
    // subtotal 2210 − discounts 310 + exclusive 90 = 1990; excluding tax: 2210 − 310 − 174 = 1726.
    assert.deepEqual([t.subtotal, t.total_excluding_tax, t.tax, t.total], [2210, 1726, 264, 1990]);
  });
});

describe('invoiceTotals: input checks', () => {
  const cases: [string, () => unknown][] = [
    ['unknown currency', () => invoiceTotals({ currency: 'xau', lines: [], startingBalance: 0 })],
    ['fractional amount', () => invoiceTotals({ currency: 'usd', lines: [plain(10.5)], startingBalance: 0 })],
    ['fractional balance', () => invoiceTotals({ currency: 'usd', lines: [], startingBalance: -0.5 })],
  ];
  for (const [name, run] of cases) {
    test(`rejects ${name}`, () => assert.throws(run, RangeError));
  }
});
