/**
 * Invoice totals from already-rounded line amounts, discounts and taxes (integer minor units, plain sums: no
 * rounding happens here), plus the customer balance applied to the amount due.
 */
import { isSupportedCurrency } from '../../../kernel/currency.ts';
import { assertSafeMinor } from '../../../kernel/money.ts';
import type { DiscountAmount } from './discounts.ts';

/** One invoice line: `amount` before discounts; inclusive tax amounts are already inside `amount`. */
export interface TotalsLine {
  amount: number;
  discount_amounts: readonly DiscountAmount[];
  tax_amounts: ReadonlyArray<{ amount: number; inclusive: boolean }>;
}

/**
 * `startingBalance` is the customer balance in Stripe's convention: NEGATIVE = credit the customer has with us
 * (reduces what they pay), POSITIVE = debit they still owe (added to this invoice).
 */
export interface TotalsInput {
  currency: string;
  lines: readonly TotalsLine[];
  startingBalance: number;
}

/** Stripe-shaped invoice totals; every field is integer minor units of the invoice currency. */
export interface InvoiceTotals {
  /** Sum of line amounts before discounts and exclusive tax. */
  subtotal: number;
  /** Discount per coupon over all lines, in first-seen order. */
  total_discount_amounts: DiscountAmount[];
  /** subtotal − discounts − inclusive tax. */
  total_excluding_tax: number;
  /** All tax, inclusive and exclusive. */
  tax: number;
  /** subtotal − discounts + exclusive tax (inclusive tax is already in the subtotal). */
  total: number;
  starting_balance: number;
  /** Balance left after this invoice: leftover credit (≤ 0); a negative total adds to it. */
  ending_balance: number;
  /** What to collect: max(0, total + starting_balance). */
  amount_due: number;
}

function sum(values: readonly number[]): number {
  const total = values.reduce((acc, v) => {
    assertSafeMinor(v);
    return acc + v;
  }, 0);
  assertSafeMinor(total);
  return total;
}

function discountsByCoupon(lines: readonly TotalsLine[]): DiscountAmount[] {
  const byCoupon = new Map<string, number>();
  for (const line of lines) {
    for (const d of line.discount_amounts) byCoupon.set(d.coupon, sum([byCoupon.get(d.coupon) ?? 0, d.amount]));
  }
  return [...byCoupon].map(([coupon, amount]) => ({ coupon, amount }));
}

/**
 * Totals and balance application. A credit balance (negative) is used only up to the total, the rest stays in
 * ending_balance; a debit balance (positive) is added in full; a negative total becomes credit. Never rounds.
 */
export function invoiceTotals(input: TotalsInput): InvoiceTotals {
  if (!isSupportedCurrency(input.currency)) throw new RangeError(`unsupported currency ${String(input.currency)}`);
  assertSafeMinor(input.startingBalance);
  const { lines } = input;
  const subtotal = sum(lines.map((l) => l.amount));
  const total_discount_amounts = discountsByCoupon(lines);
  const discount = sum(total_discount_amounts.map((d) => d.amount));
  const taxes = lines.flatMap((l) => l.tax_amounts);
  const inclusiveTax = sum(taxes.filter((t) => t.inclusive).map((t) => t.amount));
  const exclusiveTax = sum(taxes.filter((t) => !t.inclusive).map((t) => t.amount));
  const total = sum([subtotal, -discount, exclusiveTax]);
  // Balance rule: net = total + balance; anything positive is due now, anything negative stays as credit.
  const net = sum([total, input.startingBalance]);
  return {
    subtotal,
    total_discount_amounts,
    total_excluding_tax: sum([subtotal, -discount, -inclusiveTax]),
    tax: sum([inclusiveTax, exclusiveTax]),
    total,
    starting_balance: input.startingBalance,
    ending_balance: Math.min(0, net),
    amount_due: Math.max(0, net),
  };
}
