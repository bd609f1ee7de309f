import type { payments } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';
import { newId } from '../../kernel/ids.ts';
import type { InvoiceRow } from '../../modules/invoicing/index.ts';

type PaymentRow = typeof payments.$inferSelect;

export function presentPayment(row: PaymentRow) {
  return {
    id: row.id,
    object: 'payment' as const,
    created: toUnix(row.created),
    customer: row.customerId,
    invoice: row.invoiceId,
    payment_method: row.paymentMethodId,
    amount: row.amount,
    amount_refunded: row.amountRefunded,
    currency: row.currency.toLowerCase(),
    status: row.status,
    gateway: row.gateway,
    gateway_id: row.gatewayId,
    decline_code: row.declineCode,
    failure_message: row.failureMessage,
    attempt: row.attempt,
    out_of_band: row.outOfBand,
    settled_at: row.settledAt ? toUnix(row.settledAt) : null,
    metadata: row.metadata,
  };
}

export type PaymentFields = Pick<PaymentRow, 'amount' | 'status' | 'gateway' | 'idempotencyKey' | 'attempt'> &
  Partial<
    Pick<
      PaymentRow,
      'gatewayId' | 'declineCode' | 'failureMessage' | 'paymentMethodId' | 'outOfBand' | 'metadata' | 'resumeAt'
    >
  >;

/** A payment row for an invoice at `at` (settled unless still processing); one shape for every way money comes in. */
export function paymentFor(inv: InvoiceRow, at: Date, f: PaymentFields): PaymentRow {
  return {
    accountId: inv.accountId,
    id: newId('pay'),
    customerId: inv.customerId,
    invoiceId: inv.id,
    paymentMethodId: f.paymentMethodId ?? null,
    amount: f.amount,
    amountRefunded: 0,
    currency: inv.currency,
    status: f.status,
    gateway: f.gateway,
    gatewayId: f.gatewayId || null,
    declineCode: f.declineCode ?? null,
    failureMessage: f.failureMessage ?? null,
    idempotencyKey: f.idempotencyKey,
    attempt: f.attempt,
    outOfBand: f.outOfBand ?? false,
    settledAt: f.status === 'processing' || f.status === 'pending' ? null : at,
    resumeAt: f.resumeAt ?? null,
    testClock: inv.testClock,
    metadata: f.metadata ?? {},
    created: at,
  };
}
