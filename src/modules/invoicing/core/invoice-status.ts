/**
 * An invoice's status transitions, as one table (Stripe's invoice lifecycle): a draft is finalized to open (or
 * straight to paid when nothing is due), an open invoice is paid, written off or voided, a written-off one can
 * still be voided; paid and void are final. Status changes go through `invoiceTransition`.
 */
import type { InvoiceStatus } from '../../../db/schema/invoices.ts';
import type { ErrorCode } from '../../../kernel/error-codes.ts';

export type { InvoiceStatus };

export type InvoiceAction =
  | 'finalize'
  | 'finalize_settled'
  | 'pay'
  | 'mark_uncollectible'
  | 'void'
  /** pause_collection with behavior void / mark_uncollectible: a renewal's draft is set aside as it is made. */
  | 'set_aside_void'
  | 'set_aside_uncollectible';

type Rule = { from: readonly InvoiceStatus[]; to: InvoiceStatus; refusal: ErrorCode };

export const INVOICE_TRANSITIONS: Readonly<Record<InvoiceAction, Rule>> = {
  finalize: { from: ['draft'], to: 'open', refusal: 'invoice_not_draft' },
  finalize_settled: { from: ['draft'], to: 'paid', refusal: 'invoice_not_draft' },
  pay: { from: ['open'], to: 'paid', refusal: 'invoice_not_open' },
  mark_uncollectible: { from: ['open'], to: 'uncollectible', refusal: 'invoice_not_open' },
  void: { from: ['open', 'uncollectible'], to: 'void', refusal: 'invoice_not_voidable' },
  set_aside_void: { from: ['draft'], to: 'void', refusal: 'invoice_not_draft' },
  set_aside_uncollectible: { from: ['draft'], to: 'uncollectible', refusal: 'invoice_not_draft' },
};

export type InvoiceTransition = { ok: true; to: InvoiceStatus } | { ok: false; refusal: ErrorCode };

/** The status `action` leads to from `status`, or the error code that refuses it. */
export function invoiceTransition(status: InvoiceStatus, action: InvoiceAction): InvoiceTransition {
  const rule = INVOICE_TRANSITIONS[action];
  return rule.from.includes(status) ? { ok: true, to: rule.to } : { ok: false, refusal: rule.refusal };
}

/** Whether `action` is allowed from `status`. */
export function canTransition(status: InvoiceStatus, action: InvoiceAction): boolean {
  return INVOICE_TRANSITIONS[action].from.includes(status);
}
