import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CURRENCY_CODES, currencyExponent, isSupportedCurrency } from './currency.ts';

const exponents: Array<[string, number]> = [
  ['USD', 2],
  ['EUR', 2],
  ['GBP', 2],
  ['BRL', 2],
  ['CHF', 2],
  ['CAD', 2],
  ['AUD', 2],
  ['IRR', 2],
  ['HUF', 2],
  ['JPY', 0],
  ['KRW', 0],
  ['CLP', 0],
  ['VND', 0],
  ['ISK', 0],
  ['XOF', 0],
  ['BHD', 3],
  ['KWD', 3],
  ['OMR', 3],
  ['JOD', 3],
  ['TND', 3],
  ['LYD', 3],
  ['IQD', 3],
  ['CLF', 4],
  ['usd', 2],
  ['jPy', 0],
];

test('currencyExponent returns the ISO 4217 minor-unit exponent, case-insensitively', () => {
  for (const [code, exponent] of exponents) {
    assert.equal(currencyExponent(code), exponent, code);
    assert.equal(isSupportedCurrency(code), true, code);
  }
});

test('unknown, withdrawn and unitless codes are rejected', () => {
  for (const code of ['', 'US', 'USDX', 'XXX', 'XAU', 'XDR', 'HRK', 'ZZZ']) {
    assert.equal(isSupportedCurrency(code), false, code);
    assert.throws(() => currencyExponent(code), { name: 'Error', message: `Unsupported currency: ${code}` });
  }
});

test('CURRENCY_CODES is sorted, upper-case, unique and frozen', () => {
  assert.deepEqual([...CURRENCY_CODES], [...new Set(CURRENCY_CODES)].sort());
  assert.ok(CURRENCY_CODES.every((c) => /^[A-Z]{3}$/.test(c)));
  assert.ok(CURRENCY_CODES.length > 150);
  assert.ok(Object.isFrozen(CURRENCY_CODES));
});
