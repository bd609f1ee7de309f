/** Money arriving: an invoice paid by a payment (at once or by a later settlement notification), and its events. */
import { and, eq } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../context.ts';
import type { Db } from '../../db/index.ts';
import { invoices, type payments } from '../../db/schema/index.ts';
import { type EventType, recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { conflict } from '../../kernel/errors.ts';
import { type InvoiceRow, invoiceTransition, presentInvoice } from '../../modules/invoicing/index.ts';
import { writeBalanceChanges } from '../../modules/payments/index.ts';
import { linesOf } from '../billing/finalize-invoices.ts';
import { recover } from './subscription-effects.ts';

type PaymentRow = typeof payments.$inferSelect;

/** An invoice event whose object is the invoice as it now is, with what collection did (`collection`). */
export async function invoiceEvent(
  db: Db,
  actor: Actor,
  inv: InvoiceRow,
  type: EventType,
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
    const next = invoiceTransition(inv.status, 'pay');
    if (!next.ok) throw conflict(next.refusal, `Invoice ${inv.id} is ${inv.status}; only open invoices are paid`);
    inv.status = next.to;
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
