/** Money arriving: an invoice paid by a payment (at once or by a later settlement notification), and its events. */
import { and, eq } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor, AppContext } from '../../context.ts';
import type { Db } from '../../db/index.ts';
import { invoices, payments } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { notFound } from '../../kernel/errors.ts';
import { type InvoiceRow, presentInvoice } from '../../modules/invoicing/present.ts';
import { writeBalanceChanges } from '../../modules/payments/balance-ledger.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import { accountSettings } from '../billing/billing-data.ts';
import { linesOf } from '../billing/finalize-invoices.ts';
import { recordFailure } from './collect-invoices.ts';
import { presentPayment } from './present-payment.ts';
import { recover } from './subscription-effects.ts';

type PaymentRow = typeof payments.$inferSelect;

/** An invoice event whose object is the invoice as it now is, with what collection did (`collection`). */
export async function invoiceEvent(
  db: Db,
  actor: Actor,
  inv: InvoiceRow,
  type: string,
  at: Temporal.Instant,
  collection: Record<string, unknown> = {},
) {
  const lines = await linesOf(db, inv.accountId, [inv.id]);
  const object = { ...presentInvoice(inv, lines.get(inv.id) ?? []), collection };
  await recordEvent(db, actor, { type, object, at, testClock: inv.testClock });
}

/** Applies a succeeded payment; an overpayment becomes customer credit. Recovers the subscription when paid. */
export async function settlePaid(db: Db, actor: Actor, inv: InvoiceRow, payment: PaymentRow, at: Temporal.Instant) {
  const owed = inv.amountDue - inv.amountPaid;
  inv.amountPaid += Math.min(payment.amount, owed);
  const over = payment.amount - owed;
  if (over > 0) {
    const change = {
      customerId: inv.customerId,
      amount: -over,
      type: 'invoice_overpaid' as const,
      currency: inv.currency,
      invoiceId: inv.id,
    };
    await writeBalanceChanges(db, actor.accountId, [change], toDate(at));
  }
  await invoiceEvent(db, actor, inv, 'invoice.payment_succeeded', at, { payment: payment.id });
  if (inv.amountPaid >= inv.amountDue) {
    inv.status = 'paid';
    inv.paidAt = toDate(at);
    inv.nextPaymentAttempt = null;
    inv.collectionDueAt = null;
  }
  await db
    .update(invoices)
    .set({
      status: inv.status,
      amountPaid: inv.amountPaid,
      paidAt: inv.paidAt,
      nextPaymentAttempt: inv.nextPaymentAttempt,
      collectionDueAt: inv.collectionDueAt,
    })
    .where(and(eq(invoices.accountId, inv.accountId), eq(invoices.id, inv.id)));
  if (inv.status === 'paid') {
    await invoiceEvent(db, actor, inv, 'invoice.paid', at, { payment: payment.id });
    await recover(db, actor, inv.subscriptionId, at);
  }
}

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
