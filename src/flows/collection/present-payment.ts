import type { payments } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';

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
