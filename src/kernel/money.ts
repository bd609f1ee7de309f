/**
 * Money is an integer count of minor units (cents, yen, fils) held in a JS
 * number that must stay a safe integer. Fractions of a minor unit only exist
 * inside Decimal computations and are rounded exactly once, with roundToMinor.
 */
import { Decimal } from 'decimal.js';
import { currencyExponent } from './currency.ts';

/**
 * Local Decimal constructor for money maths: 40 significant digits covers a
 * safe-integer quantity times a 12-place unit price without loss. It is a
 * clone so the library-wide Decimal defaults used elsewhere stay untouched.
 */
export const MoneyDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

// Plain decimal notation only: no exponent, no '+', no thousands separators.
const DECIMAL_STRING = /^-?\d+(\.\d+)?$/;

/** Throws a RangeError unless n is a safe integer; NaN, Infinity, 1.5 and 2**53 are all rejected. */
export function assertSafeMinor(n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a safe integer amount of minor units: ${n}`);
}

/**
 * Rounds once, half-up away from zero: 2.5 → 3 and -2.5 → -3 (a credit mirrors its debit exactly).
 * Throws a RangeError if the result is not a safe integer.
 */
export function roundToMinor(amountInMinor: Decimal): number {
  const rounded = new MoneyDecimal(amountInMinor).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  // -0 would leak into JSON as 0 but compare oddly with Object.is; normalise it.
  const minor = rounded.isZero() ? 0 : rounded.toNumber();
  assertSafeMinor(minor);
  return minor;
}

/**
 * Parses a major-unit string ('155.00' USD → 15500); throws instead of rounding when it has more
 * decimals than the currency allows ('1.234' USD, '1.5' JPY), since that is almost always a unit mix-up.
 */
export function decimalToMinor(majorUnits: string, currency: string): number {
  const exponent = currencyExponent(currency);
  if (typeof majorUnits !== 'string' || !DECIMAL_STRING.test(majorUnits)) {
    throw new RangeError(`Not a decimal amount: ${String(majorUnits)}`);
  }
  const major = new MoneyDecimal(majorUnits);
  // decimalPlaces() ignores trailing zeros, so '1500.00' JPY is accepted.
  if (major.decimalPlaces() > exponent) {
    throw new RangeError(`${majorUnits} has more than ${exponent} decimal places for ${currency.toUpperCase()}`);
  }
  return roundToMinor(major.times(new MoneyDecimal(10).pow(exponent)));
}

/** Formats minor units as a major-unit string with exactly the currency's decimals (1234 BHD → '1.234', never '-0'). */
export function minorToDecimalString(minor: number, currency: string): string {
  assertSafeMinor(minor);
  const exponent = currencyExponent(currency);
  const major = new MoneyDecimal(minor === 0 ? 0 : minor).div(new MoneyDecimal(10).pow(exponent));
  return major.toFixed(exponent);
}
