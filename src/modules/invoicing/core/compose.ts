/**
 * Invoice generation as one pure function: lines before discounts → discounts per line → taxes per line → totals.
 * Every rounding happened already (per line, once); here only the cores' rules are chained in Stripe's order.
 */
import { applyDiscounts, type Coupon } from './discounts.ts';
import { applyTaxes, type TaxAmount, type TaxBreakdown, type TaxRate } from './taxes.ts';
import { type InvoiceTotals, invoiceTotals } from './totals.ts';

export interface Period<T> {
  start: T;
  end: T;
}

/** One line as generated, before discounts and tax; `refs` are the ids it came from. */
export interface DraftLine<T = unknown> {
  type: 'subscription' | 'invoiceitem';
  description: string;
  amount: number;
  quantity: number | null;
  unit_amount_decimal: string | null;
  period: Period<T>;
  proration: boolean;
  /** Prorations already carry the discount of the period they came from. */
  discountable: boolean;
  product?: string;
  tax_rates: readonly TaxRate[];
  refs: { subscription?: string; subscription_item?: string; price?: string; invoice_item?: string };
}

/** A discount (customer or subscription) that applies to this invoice. */
export interface AppliedDiscount {
  id: string;
  coupon: Coupon;
}

export type ComposedLine<T = unknown> = DraftLine<T> & {
  discount_amounts: { coupon: string; discount: string; amount: number }[];
  tax_amounts: TaxAmount[];
};

export interface ComposedInvoice<T = unknown> {
  lines: ComposedLine<T>[];
  totals: InvoiceTotals;
  total_tax_amounts: TaxBreakdown[];
}

/** Discounts stack in the given order (subscription's before customer's, as Stripe); taxes apply after discounts. */
export function composeInvoice<T>(input: {
  currency: string;
  lines: readonly DraftLine<T>[];
  discounts: readonly AppliedDiscount[];
  startingBalance: number;
}): ComposedInvoice<T> {
  const { currency, lines, discounts } = input;
  const perLineDiscounts = applyDiscounts(
    lines.map((l) => ({ amount: l.amount, product: l.product, discountable: l.discountable })),
    discounts,
    currency,
  );
  const discountOf = new Map(discounts.map((d) => [d.coupon.id, d.id]));
  const withDiscounts = lines.map((line, i) => ({
    ...line,
    discount_amounts: (perLineDiscounts[i] ?? [])
      .filter((d) => d.amount > 0)
      .map((d) => ({ coupon: d.coupon, discount: discountOf.get(d.coupon) as string, amount: d.amount })),
  }));
  const taxes = applyTaxes(withDiscounts);
  const composed = withDiscounts.map((line, i) => ({ ...line, tax_amounts: taxes.lines[i] ?? [] }));
  const totals = invoiceTotals({ currency, lines: composed, startingBalance: input.startingBalance });
  return { lines: composed, totals, total_tax_amounts: taxes.breakdown };
}
