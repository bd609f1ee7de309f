import type { invoiceItems, invoiceLines, invoices } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';

export type InvoiceRow = typeof invoices.$inferSelect;
export type InvoiceLineRow = typeof invoiceLines.$inferSelect;
export type InvoiceItemRow = typeof invoiceItems.$inferSelect;

const unix = (d: Date | null | undefined) => (d ? toUnix(d) : null);

export function presentInvoiceLine(row: InvoiceLineRow, currency: string) {
  return {
    id: row.id,
    object: 'line_item' as const,
    type: row.type,
    invoice: row.invoiceId,
    subscription: row.subscriptionId,
    subscription_item: row.subscriptionItemId,
    invoice_item: row.invoiceItemId,
    price: row.priceId,
    description: row.description,
    currency: currency.toLowerCase(),
    quantity: row.quantity,
    unit_amount_decimal: row.unitAmountDecimal,
    amount: row.amount,
    period: { start: toUnix(row.periodStart), end: toUnix(row.periodEnd) },
    proration: row.proration,
    discount_amounts: row.discountAmounts,
    discounts: row.discountAmounts.map((d) => d.discount).filter(Boolean),
    tax_amounts: row.taxAmounts,
    metadata: row.metadata,
  };
}

/** Stripe's invoice shape; `lines` embeds every line (invoices are small) as a list object. */
export function presentInvoice(row: InvoiceRow, lines: InvoiceLineRow[]) {
  const remaining = row.status === 'open' ? Math.max(0, row.amountDue - row.amountPaid) : 0;
  return {
    id: row.id,
    object: 'invoice' as const,
    created: toUnix(row.created),
    customer: row.customerId,
    subscription: row.subscriptionId,
    status: row.status,
    number: row.number,
    currency: row.currency.toLowerCase(),
    billing_reason: row.billingReason,
    collection_method: row.collectionMethod,
    description: row.description,
    period_start: toUnix(row.periodStart),
    period_end: toUnix(row.periodEnd),
    lines: {
      object: 'list' as const,
      data: lines.map((l) => presentInvoiceLine(l, row.currency)),
      has_more: false,
      url: `/v1/invoices/${row.id}/lines`,
    },
    subtotal: row.subtotal,
    total_discount_amounts: row.totalDiscountAmounts,
    total_excluding_tax: row.totalExcludingTax,
    tax: row.tax,
    total_tax_amounts: row.totalTaxAmounts,
    total: row.total,
    starting_balance: row.startingBalance,
    ending_balance: row.endingBalance,
    amount_due: row.amountDue,
    amount_paid: row.amountPaid,
    amount_remaining: remaining,
    paid: row.status === 'paid',
    paid_out_of_band: row.paidOutOfBand,
    attempt_count: row.attemptCount,
    next_payment_attempt: unix(row.nextPaymentAttempt),
    dunning_stage: row.dunningStage,
    auto_advance: row.autoAdvance,
    next_finalization_attempt: unix(row.finalizeAt),
    due_date: unix(row.dueDate),
    hosted_invoice_url: row.hostedToken && row.status === 'open' ? `/pay/${row.hostedToken}` : null,
    status_transitions: {
      finalized_at: unix(row.finalizedAt),
      paid_at: unix(row.paidAt),
      voided_at: unix(row.voidedAt),
      marked_uncollectible_at: unix(row.markedUncollectibleAt),
    },
    test_clock: row.testClock,
    metadata: row.metadata,
  };
}

export function presentInvoiceItem(row: InvoiceItemRow) {
  return {
    id: row.id,
    object: 'invoiceitem' as const,
    created: toUnix(row.created),
    customer: row.customerId,
    subscription: row.subscriptionId,
    invoice: row.invoiceId,
    price: row.priceId,
    description: row.description,
    currency: row.currency.toLowerCase(),
    quantity: row.quantity,
    unit_amount_decimal: row.unitAmountDecimal,
    amount: row.amount,
    period: { start: toUnix(row.periodStart), end: toUnix(row.periodEnd) },
    proration: row.proration,
    discountable: row.discountable,
    tax_rates: row.taxRates,
    test_clock: row.testClock,
    metadata: row.metadata,
  };
}

export type Invoice = ReturnType<typeof presentInvoice>;
