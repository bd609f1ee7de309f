/** Refunds (`re_`) through the gateway that took the payment, with an idempotency key so a retry never refunds twice. */
import { and, desc, eq } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor, AppContext } from '../../context.ts';
import { payments, refunds } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { conflict, invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { InvoiceRow } from '../../modules/invoicing/index.ts';
import { gatewayFor } from '../../modules/payments/index.ts';

type PaymentRow = typeof payments.$inferSelect;
type RefundRow = typeof refunds.$inferSelect;

export function presentRefund(row: RefundRow) {
  return {
    id: row.id,
    object: 'refund' as const,
    created: toUnix(row.created),
    payment: row.paymentId,
    amount: row.amount,
    currency: row.currency.toLowerCase(),
    status: row.status,
    reason: row.reason,
    credit_note: row.creditNoteId,
    gateway_id: row.gatewayId,
    metadata: row.metadata,
  };
}

/** Refunds `amount` of one payment; returns the refund. The payment's refunded total is kept on the payment. */
export async function refundPayment(
  ctx: AppContext,
  actor: Actor,
  payment: PaymentRow,
  amount: number,
  at: Temporal.Instant,
  refs: { creditNoteId?: string | null; reason?: string | null } = {},
) {
  if (payment.status !== 'succeeded')
    throw conflict('payment_not_refundable', `Payment ${payment.id} is ${payment.status}`, 'payment');
  if (payment.outOfBand)
    throw conflict(
      'payment_not_refundable',
      'A payment made outside Tenure is refunded outside it (credit note out_of_band_amount)',
      'payment',
    );
  const refundable = payment.amount - payment.amountRefunded;
  if (amount <= 0 || amount > refundable)
    throw invalid('refund_too_large', `At most ${refundable} of ${payment.id} can be refunded`, 'amount');
  const gateway = gatewayFor(payment.gateway);
  if (!gateway) throw invalid('gateway_unavailable', `Gateway ${payment.gateway} is not configured`, 'payment');
  const key = `${payment.id}:refund:${payment.amountRefunded}:${amount}`;
  const result = await gateway.refund({
    idempotencyKey: key,
    gatewayPaymentId: payment.gatewayId ?? '',
    amount,
    currency: payment.currency,
  });
  if (result.status === 'failed')
    throw conflict('refund_failed', result.message ?? 'The gateway refused the refund', 'payment');
  const row: RefundRow = {
    accountId: actor.accountId,
    id: newId('re'),
    paymentId: payment.id,
    amount,
    currency: payment.currency,
    status: result.status,
    reason: refs.reason ?? null,
    gatewayId: result.gatewayId,
    creditNoteId: refs.creditNoteId ?? null,
    idempotencyKey: key,
    metadata: {},
    created: toDate(at),
  };
  await ctx.db.insert(refunds).values(row);
  await ctx.db
    .update(payments)
    .set({ amountRefunded: payment.amountRefunded + amount })
    .where(and(eq(payments.accountId, actor.accountId), eq(payments.id, payment.id)));
  payment.amountRefunded += amount;
  const object = presentRefund(row);
  await recordEvent(ctx.db, actor, { type: 'refund.created', object, at, testClock: payment.testClock });
  return object;
}

/** A credit note's refund part, taken from the invoice's payments, newest first. */
export async function refundInvoicePayments(
  ctx: AppContext,
  actor: Actor,
  inv: InvoiceRow,
  amount: number,
  creditNoteId: string,
  at: Temporal.Instant,
) {
  const paid = await ctx.db
    .select()
    .from(payments)
    .where(
      and(
        eq(payments.accountId, actor.accountId),
        eq(payments.invoiceId, inv.id),
        eq(payments.status, 'succeeded'),
        eq(payments.outOfBand, false),
      ),
    )
    .orderBy(desc(payments.id))
    .for('update');
  let left = amount;
  for (const payment of paid) {
    const part = Math.min(left, payment.amount - payment.amountRefunded);
    if (part <= 0) continue;
    await refundPayment(ctx, actor, payment, part, at, { creditNoteId });
    left -= part;
    if (left === 0) return;
  }
  throw invalid('refund_too_large', `Only ${amount - left} of the invoice's payments can be refunded`, 'refund_amount');
}
