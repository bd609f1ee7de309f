/**
 * Tax rates on invoice lines, after discounts. Each line's tax per rate is rounded once, half-up; the invoice's
 * per-rate breakdown is the sum of those rounded line taxes (never re-rounded from an invoice-level total).
 */
import type { Decimal } from 'decimal.js';
import { invalid } from '../../../kernel/errors.ts';
import { assertSafeMinor, MoneyDecimal, roundToMinor } from '../../../kernel/money.ts';

/** `percentage` is a decimal string in percent ('21' = 21 %); inclusive rates are already inside the line amount. */
export interface TaxRate {
  id: string;
  percentage: string;
  inclusive: boolean;
}

/** A line to tax: `amount` before discounts, minus its `discount_amounts`, is the taxable amount. */
export interface TaxableLine {
  amount: number;
  discount_amounts?: ReadonlyArray<{ amount: number }>;
  tax_rates: readonly TaxRate[];
}

/** One rate's tax on one line (Stripe's tax_amounts entry); `taxable_amount` excludes inclusive tax. */
export interface TaxAmount {
  tax_rate: string;
  amount: number;
  inclusive: boolean;
  taxable_amount: number;
}

/** One rate's total over the invoice: sums of the line taxes and taxable amounts. */
export interface TaxBreakdown {
  tax_rate: string;
  percentage: string;
  inclusive: boolean;
  amount: number;
  taxable_amount: number;
}

/** `lines[i]` holds the tax amounts of input line i; `breakdown` lists rates in first-seen order. */
export interface TaxResult {
  lines: TaxAmount[][];
  breakdown: TaxBreakdown[];
}

const PERCENTAGE = /^\d+(\.\d+)?$/;

/** Throws an invalid_request TenureError; percentage is a plain decimal string from 0 to 100 (zero-rated is valid). */
export function validateTaxRate(rate: TaxRate): void {
  if (typeof rate?.id !== 'string' || rate.id === '')
    throw invalid('invalid_tax_rate', 'tax rate id is required', 'id');
  const pct = rate.percentage;
  if (typeof pct !== 'string' || !PERCENTAGE.test(pct) || new MoneyDecimal(pct).gt(100)) {
    throw invalid('invalid_tax_rate', 'percentage must be a decimal string from 0 to 100', 'percentage');
  }
  if (typeof rate.inclusive !== 'boolean')
    throw invalid('invalid_tax_rate', 'inclusive must be a boolean', 'inclusive');
}

function fraction(rate: TaxRate): Decimal {
  return new MoneyDecimal(rate.percentage).div(100);
}

/** Amount after discounts; a credit line (negative) gets a negative tax, mirrored by half-up-away-from-zero rounding. */
function netAmount(line: TaxableLine): number {
  assertSafeMinor(line.amount);
  const discounts = (line.discount_amounts ?? []).reduce((sum, d) => {
    assertSafeMinor(d.amount);
    return sum + d.amount;
  }, 0);
  const net = line.amount - discounts;
  assertSafeMinor(net);
  return net;
}

/**
 * Taxes of one line. Inclusive: extracted from the amount, tax = net − net / (1 + Σ inclusive pct), split per rate as
 * net × pct / (1 + Σ pct), so the line total does not grow. Exclusive: taxable × pct on the amount net of inclusive
 * tax (no compounding between exclusive rates). Each rounded once, half-up.
 */
export function lineTaxes(line: TaxableLine): TaxAmount[] {
  const net = netAmount(line);
  const rates = line.tax_rates;
  const ids = new Set<string>();
  for (const rate of rates) {
    validateTaxRate(rate);
    if (ids.has(rate.id)) throw new RangeError(`tax rate ${rate.id} is applied twice to the same line`);
    ids.add(rate.id);
  }
  const inclusive = rates.filter((r) => r.inclusive);
  const divisor = inclusive.reduce((sum, r) => sum.plus(fraction(r)), new MoneyDecimal(1));
  const inclusiveTax = new Map(
    inclusive.map((r) => [r.id, roundToMinor(new MoneyDecimal(net).times(fraction(r)).div(divisor))]),
  );
  const taxable = net - [...inclusiveTax.values()].reduce((a, b) => a + b, 0);
  return rates.map((rate) => ({
    tax_rate: rate.id,
    amount: inclusiveTax.get(rate.id) ?? roundToMinor(new MoneyDecimal(taxable).times(fraction(rate))),
    inclusive: rate.inclusive,
    taxable_amount: taxable,
  }));
}

/** Taxes every line and sums them per rate; the same rate id with a different percentage or inclusive flag throws. */
export function applyTaxes(lines: readonly TaxableLine[]): TaxResult {
  const byRate = new Map<string, TaxBreakdown>();
  const perLine = lines.map((line) => {
    const taxes = lineTaxes(line);
    for (const [k, tax] of taxes.entries()) {
      const rate = line.tax_rates[k] as TaxRate;
      const seen = byRate.get(rate.id);
      if (seen === undefined) {
        byRate.set(rate.id, {
          tax_rate: rate.id,
          percentage: rate.percentage,
          inclusive: rate.inclusive,
          amount: 0,
          taxable_amount: 0,
        });
      } else if (!new MoneyDecimal(seen.percentage).eq(rate.percentage) || seen.inclusive !== rate.inclusive) {
        throw new RangeError(`tax rate ${rate.id} appears with different percentage or inclusive flag`);
      }
      const entry = byRate.get(rate.id) as TaxBreakdown;
      entry.amount += tax.amount;
      entry.taxable_amount += tax.taxable_amount;
    }
    return taxes;
  });
  return { lines: perLine, breakdown: [...byRate.values()] };
}
