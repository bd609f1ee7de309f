/** Pure invoicing maths: discounts, taxes and totals in integer minor units, rounded once per line. */

export type { AppliedDiscount, ComposedInvoice, ComposedLine, DraftLine, Period } from './compose.ts';
export { composeInvoice } from './compose.ts';
export type {
  AppliesAtOptions,
  Coupon,
  CouponDuration,
  Discount,
  DiscountAmount,
  DiscountableLine,
} from './discounts.ts';
export { applyDiscounts, discountAppliesAt, discountEnd, validateCoupon } from './discounts.ts';
export {
  canTransition,
  INVOICE_TRANSITIONS,
  type InvoiceAction,
  type InvoiceStatus,
  type InvoiceTransition,
  invoiceTransition,
} from './invoice-status.ts';
export type { BillableItem, SubscriptionLinesInput } from './subscription-lines.ts';
export { subscriptionLines } from './subscription-lines.ts';
export type { TaxAmount, TaxableLine, TaxBreakdown, TaxRate, TaxResult } from './taxes.ts';
export { applyTaxes, lineTaxes, validateTaxRate } from './taxes.ts';
export type { InvoiceTotals, TotalsInput, TotalsLine } from './totals.ts';
export { invoiceTotals } from './totals.ts';
