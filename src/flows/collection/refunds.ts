/** The refunds API: a refund of an invoice's payment goes through a credit note, any other refunds directly. */
import { and, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { payments, refunds } from '../../db/schema/index.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import { createCreditNote } from './credit-notes.ts';
import { presentRefund, refundPayment } from './refund-payments.ts';

export { presentRefund } from './refund-payments.ts';

type PaymentRow = typeof payments.$inferSelect;
type RefundRow = typeof refunds.$inferSelect;

export type RefundInput = { payment: string; amount?: number; reason?: string };

/**
 * Refunds a payment. A payment of an invoice is refunded through a credit note (so the invoice's books still add
 * up); any other payment directly.
 */
export async function createRefund(ctx: AppContext, actor: Actor, input: RefundInput) {
  const payment = await findOne<PaymentRow>(ctx.db, payments, actor.accountId, input.payment, 'payment', {
    param: 'payment',
    lock: true,
  });
  const amount = input.amount ?? payment.amount - payment.amountRefunded;
  const at = await timeFor(ctx, actor.accountId, payment.testClock);
  if (payment.invoiceId) {
    const note = await createCreditNote(ctx, actor, {
      invoice: payment.invoiceId,
      amount,
      refund_amount: amount,
      memo: input.reason ?? 'Refund',
    });
    const [row] = await ctx.db
      .select()
      .from(refunds)
      .where(and(eq(refunds.accountId, actor.accountId), eq(refunds.creditNoteId, note.id)))
      .limit(1);
    return presentRefund(row!);
  }
  return refundPayment(ctx, actor, payment, amount, at, { reason: input.reason ?? null });
}

export async function getRefund(ctx: AppContext, accountId: string, id: string) {
  return presentRefund(await findOne<RefundRow>(ctx.db, refunds, accountId, id, 'refund'));
}

/** Refunds newest first, optionally of one payment. */
export async function listRefunds(ctx: AppContext, accountId: string, params: ListParams & { payment?: string }) {
  const where = params.payment ? eq(refunds.paymentId, params.payment) : undefined;
  return listPage(ctx.db, refunds, accountId, params, where, presentRefund);
}
