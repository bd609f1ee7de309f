import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Decimal } from 'decimal.js';
import { assertSafeMinor, decimalToMinor, MoneyDecimal, minorToDecimalString, roundToMinor } from './money.ts';

test('roundToMinor rounds once, half-up away from zero', () => {
  const cases: Array<[string, number]> = [
    ['0', 0],
    ['1234.57', 1235],
    ['1234.4999999999', 1234],
    ['2.5', 3],
    ['3.5', 4],
    ['0.5', 1],
    ['0.49', 0],
    ['-0.4', 0],
    ['-2.5', -3],
    ['-2.4', -2],
    ['15500', 15500],
    ['9007199254740991', 9007199254740991],
  ];
  for (const [input, expected] of cases) {
    const actual = roundToMinor(new MoneyDecimal(input));
    assert.ok(Object.is(actual, expected), `${input} → ${actual}, expected ${expected}`);
  }
});

test('roundToMinor accepts a Decimal from the global constructor and rejects unsafe results', () => {
  assert.equal(roundToMinor(new Decimal('7.5')), 8);
  assert.throws(() => roundToMinor(new MoneyDecimal('9007199254740992')), RangeError);
});

test('MoneyDecimal does not change the global Decimal configuration', () => {
  assert.equal(MoneyDecimal.precision, 40);
  assert.equal(Decimal.precision, 20);
  assert.equal(Decimal.rounding, Decimal.ROUND_HALF_UP);
});

test('assertSafeMinor accepts safe integers only', () => {
  for (const ok of [0, -1, 15500, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]) assertSafeMinor(ok);
  for (const bad of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
    assert.throws(() => assertSafeMinor(bad), RangeError, String(bad));
  }
});

const roundTrips: Array<[string, string, number]> = [
  ['USD', '155.00', 15500],
  ['USD', '0.05', 5],
  ['USD', '-0.05', -5],
  ['USD', '0.00', 0],
  ['USD', '12.35', 1235],
  ['JPY', '1234', 1234],
  ['JPY', '4500', 4500],
  ['JPY', '0', 0],
  ['BHD', '1.234', 1234],
  ['BHD', '8.925', 8925],
  ['BHD', '0.001', 1],
  ['BHD', '-1.275', -1275],
];

test('minorToDecimalString and decimalToMinor round-trip exactly', () => {
  for (const [currency, major, minor] of roundTrips) {
    assert.equal(minorToDecimalString(minor, currency), major, `${minor} ${currency}`);
    assert.equal(decimalToMinor(major, currency), minor, `${major} ${currency}`);
  }
});

test('decimalToMinor accepts fewer or zero-padded decimals', () => {
  const cases: Array<[string, string, number]> = [
    ['155', 'USD', 15500],
    ['155.5', 'usd', 15550],
    ['1500.00', 'JPY', 1500],
    ['1.2', 'BHD', 1200],
  ];
  for (const [major, currency, minor] of cases) assert.equal(decimalToMinor(major, currency), minor, major);
});

test('decimalToMinor rejects excess precision and malformed input instead of rounding', () => {
  const cases: Array<[string, string]> = [
    ['1.234', 'USD'],
    ['1.5', 'JPY'],
    ['1.2345', 'BHD'],
    ['1e3', 'USD'],
    ['1,000.00', 'USD'],
    ['', 'USD'],
    [' 1', 'USD'],
    ['+1', 'USD'],
  ];
  for (const [major, currency] of cases) assert.throws(() => decimalToMinor(major, currency), RangeError, major);
  assert.throws(() => decimalToMinor('1.00', 'XXX'), /Unsupported currency/);
});

test('minorToDecimalString rejects non-integers and never prints -0', () => {
  assert.equal(minorToDecimalString(-0, 'USD'), '0.00');
  assert.throws(() => minorToDecimalString(1.5, 'USD'), RangeError);
});
