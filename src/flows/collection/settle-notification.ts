/**
 * Gateway settlement notifications for asynchronous payments. Apart from settle.ts because a failure goes through
 * collection's outcome rules (record-outcome.ts), which themselves settle successful charges.
 */
import { and, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { invoices, payments } from '../../db/schema/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { notFound } from '../../kernel/errors.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import { accountSettings } from '../billing/billing-data.ts';
import { presentPayment } from './present-payment.ts';
import { recordFailure } from './record-outcome.ts';
import { settlePaid } from './settle.ts';

export type Notification = {
  gateway: string;
  gatewayPaymentId: string;
  status: 'succeeded' | 'failed';
  declineCode?: string | null;
};

/**
 * A gateway's settlement notification for an asynchronous payment (PIX, iDEAL, boleto…). Notifications repeat in
 * real life: one for a payment that is no longer processing changes nothing and answers the payment as it is.
 */
export async function settleNotification(ctx: AppContext, actor: Actor, n: Notification) {
  const [payment] = await ctx.db
    .select()
    .from(payments)
    .where(
      and(
        eq(payments.accountId, actor.accountId),
        eq(payments.gateway, n.gateway),
        eq(payments.gatewayId, n.gatewayPaymentId),
      ),
    )
    .for('update');
  if (!payment) throw notFound('payment', n.gatewayPaymentId, 'payment');
  if (payment.status !== 'processing') return presentPayment(payment);
  const at = await timeFor(ctx, actor.accountId, payment.testClock);
  payment.status = n.status;
  payment.settledAt = toDate(at);
  payment.declineCode = n.status === 'failed' ? (n.declineCode ?? 'payment_failed') : null;
  await ctx.db
    .update(payments)
    .set({ status: payment.status, settledAt: payment.settledAt, declineCode: payment.declineCode })
    .where(and(eq(payments.accountId, actor.accountId), eq(payments.id, payment.id)));
  if (payment.invoiceId) {
    const [inv] = await ctx.db
      .select()
      .from(invoices)
      .where(and(eq(invoices.accountId, actor.accountId), eq(invoices.id, payment.invoiceId)))
      .for('update');
    if (inv && inv.status === 'open') {
      if (n.status === 'succeeded') await settlePaid(ctx.db, actor, inv, payment, at);
      else {
        const settings = await accountSettings(ctx.db, actor.accountId);
        await recordFailure(ctx.db, actor, settings, inv, payment, at);
        await ctx.db
          .update(invoices)
          .set({
            attemptCount: inv.attemptCount,
            nextPaymentAttempt: inv.nextPaymentAttempt,
            collectionDueAt: inv.nextPaymentAttempt,
          })
          .where(and(eq(invoices.accountId, actor.accountId), eq(invoices.id, inv.id)));
      }
    }
  }
  return presentPayment(payment);
}
