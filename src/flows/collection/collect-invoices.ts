/**
 * Collection and dunning for open charge_automatically invoices: charge the default payment method when an
 * attempt is due (the gateway call carries a key derived from invoice and attempt number, so a retry after a crash
 * replays instead of charging twice), schedule the next retry, and apply overdue stages by days unpaid.
 */
import { and, count, eq, inArray } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../context.ts';
import type { Db } from '../../db/index.ts';
import { customers, invoices, paymentMethods, payments } from '../../db/schema/index.ts';
import { fromDate, toDate, toUnix } from '../../kernel/clock.ts';
import { newSecret } from '../../kernel/ids.ts';
import type { InvoiceRow } from '../../modules/invoicing/present.ts';
import { earliest, nextRetryAt, stageDueAt } from '../../modules/payments/core/dunning.ts';
import { type ChargeResult, gatewayFor } from '../../modules/payments/gateways/index.ts';
import { type AccountSettings, accountSettings } from '../billing/billing-data.ts';
import { paymentFor } from './present-payment.ts';
import { invoiceEvent, settlePaid } from './settle.ts';
import { applyStage, markPastDue } from './subscription-effects.ts';

/** Test seam: throws between the gateway's answer and recording it, as a crash there would. */
export const collectionFaults: { afterCharge: (() => void) | null } = { afterCharge: null };

type PaymentRow = typeof payments.$inferSelect;

async function defaultMethod(db: Db, accountId: string, customerId: string) {
  const [customer] = await db
    .select({ pm: customers.defaultPaymentMethod })
    .from(customers)
    .where(and(eq(customers.accountId, accountId), eq(customers.id, customerId)));
  if (!customer?.pm) return null;
  const [pm] = await db
    .select()
    .from(paymentMethods)
    .where(and(eq(paymentMethods.accountId, accountId), eq(paymentMethods.id, customer.pm)));
  return pm && !pm.detached ? pm : null;
}

async function priorAttempts(db: Db, accountId: string, pmId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(payments)
    .where(
      and(
        eq(payments.accountId, accountId),
        eq(payments.paymentMethodId, pmId),
        inArray(payments.status, ['failed', 'succeeded']),
      ),
    );
  return Number(row?.n ?? 0);
}

/** One charge attempt; the payment row records every attempt (gateway ids, decline codes, amounts). */
async function attempt(db: Db, actor: Actor, inv: InvoiceRow, at: Temporal.Instant): Promise<PaymentRow> {
  const number = inv.attemptCount + 1;
  const key = `${inv.id}:attempt:${number}`;
  const pm = await defaultMethod(db, actor.accountId, inv.customerId);
  const amount = inv.amountDue - inv.amountPaid;
  let result: ChargeResult;
  if (!pm)
    result = {
      status: 'failed',
      gatewayId: '',
      declineCode: 'no_payment_method',
      message: 'The customer has no payment method',
    };
  else {
    const gateway = gatewayFor(pm.gateway);
    if (!gateway) throw new Error(`gateway ${pm.gateway} is not configured`);
    result = await gateway.charge({
      idempotencyKey: key,
      amount,
      currency: inv.currency,
      token: pm.token,
      customer: inv.customerId,
      description: `Invoice ${inv.number}`,
      priorAttempts: await priorAttempts(db, actor.accountId, pm.id),
      metadata: { invoice: inv.id, attempt: String(number) },
    });
    collectionFaults.afterCharge?.();
  }
  const payment = paymentFor(inv, toDate(at), {
    amount,
    status: result.status,
    gateway: pm?.gateway ?? 'none',
    gatewayId: result.gatewayId,
    declineCode: result.declineCode,
    failureMessage: result.message,
    idempotencyKey: key,
    attempt: number,
    paymentMethodId: pm?.id ?? null,
  });
  await db.insert(payments).values(payment);
  return payment;
}

/** After a failed attempt: the next retry from the policy (or none), past_due, and invoice.payment_failed. */
export async function recordFailure(
  db: Db,
  actor: Actor,
  settings: AccountSettings,
  inv: InvoiceRow,
  payment: PaymentRow,
  at: Temporal.Instant,
) {
  inv.attemptCount = payment.attempt;
  const next = nextRetryAt(settings.dunning, payment.attempt, at, settings.timeZone);
  inv.nextPaymentAttempt = next ? toDate(next) : null;
  if (!inv.hostedToken) {
    // The failure e-mails link to a page where the customer replaces the card: it needs the invoice's link secret,
    // which only send_invoice invoices get at finalization.
    inv.hostedToken = newSecret('inv_link');
    await db
      .update(invoices)
      .set({ hostedToken: inv.hostedToken })
      .where(and(eq(invoices.accountId, inv.accountId), eq(invoices.id, inv.id)));
  }
  await invoiceEvent(db, actor, inv, 'invoice.payment_failed', at, {
    payment: payment.id,
    decline_code: payment.declineCode,
  });
  await markPastDue(db, actor, inv.subscriptionId, at);
}

async function runStages(db: Db, actor: Actor, settings: AccountSettings, inv: InvoiceRow, at: Temporal.Instant) {
  const since = fromDate(inv.finalizedAt ?? inv.created);
  for (;;) {
    if (inv.status !== 'open') return;
    const due = stageDueAt(settings.dunning, inv.dunningStage, since, settings.timeZone);
    if (!due || due.epochMilliseconds > at.epochMilliseconds) return;
    const stage = settings.dunning.stages[inv.dunningStage]!;
    inv.dunningStage += 1;
    // The stage after this one, so a warning can say what comes next and when (e.g. "canceled on …").
    const after = settings.dunning.stages[inv.dunningStage];
    const afterAt = stageDueAt(settings.dunning, inv.dunningStage, since, settings.timeZone);
    await invoiceEvent(db, actor, inv, 'invoice.overdue', due, {
      stage: inv.dunningStage,
      action: stage.action,
      days_unpaid: stage.afterDays,
      next_stage: after && afterAt ? { action: after.action, at: toUnix(afterAt) } : null,
    });
    await applyStage(db, actor, inv.subscriptionId, stage.action, due);
    if (stage.action === 'cancel' || stage.action === 'unpaid' || stage.action === 'pause')
      inv.nextPaymentAttempt = null;
  }
}

/** When collection must next look at the invoice: its next retry or its next overdue stage. */
function nextDue(settings: AccountSettings, inv: InvoiceRow): Date | null {
  if (inv.status !== 'open') return null;
  const since = fromDate(inv.finalizedAt ?? inv.created);
  const stage = inv.attemptCount > 0 ? stageDueAt(settings.dunning, inv.dunningStage, since, settings.timeZone) : null;
  const retry = inv.nextPaymentAttempt ? fromDate(inv.nextPaymentAttempt) : null;
  const at = earliest(retry, stage);
  return at ? toDate(at) : null;
}

export async function collectInvoice(
  db: Db,
  actor: Actor,
  settings: AccountSettings,
  inv: InvoiceRow,
  at: Temporal.Instant,
) {
  if (inv.status === 'open' && inv.nextPaymentAttempt && inv.nextPaymentAttempt.getTime() <= at.epochMilliseconds) {
    const payment = await attempt(db, actor, inv, at);
    if (payment.status === 'succeeded') await settlePaid(db, actor, inv, payment, at);
    else if (payment.status === 'failed') await recordFailure(db, actor, settings, inv, payment, at);
    else {
      // Asynchronous methods (PIX, iDEAL, boleto…): no retry until the gateway's settlement notification.
      inv.attemptCount = payment.attempt;
      inv.nextPaymentAttempt = null;
      await invoiceEvent(db, actor, inv, 'invoice.payment_processing', at, { payment: payment.id });
    }
  }
  await runStages(db, actor, settings, inv, at);
  inv.collectionDueAt = nextDue(settings, inv);
  await db
    .update(invoices)
    .set({
      attemptCount: inv.attemptCount,
      nextPaymentAttempt: inv.nextPaymentAttempt,
      dunningStage: inv.dunningStage,
      collectionDueAt: inv.collectionDueAt,
    })
    .where(and(eq(invoices.accountId, inv.accountId), eq(invoices.id, inv.id)));
}

/** The due-work entry point: each invoice of one account due by `at`, in order. */
export async function collectInvoices(db: Db, accountId: string, rows: InvoiceRow[], at: Date): Promise<void> {
  const settings = await accountSettings(db, accountId);
  for (const inv of rows) await collectInvoice(db, { accountId }, settings, inv, fromDate(at));
}

/** Invoices a request just finalized (always_invoice, invoice_now, resume) are charged in that request. */
export async function collectNow(db: Db, actor: Actor, list: { row: InvoiceRow }[], at: Temporal.Instant) {
  const due = list.map((i) => i.row).filter((r) => r.status === 'open' && r.nextPaymentAttempt);
  if (due.length === 0) return;
  const settings = await accountSettings(db, actor.accountId);
  for (const inv of due) await collectInvoice(db, actor, settings, inv, at);
}
