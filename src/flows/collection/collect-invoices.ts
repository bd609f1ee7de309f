/**
 * Collection and dunning for open charge_automatically invoices: when an attempt is due, record it as pending with
 * a key derived from invoice and attempt number and charge the default payment method after the commit
 * (charges.ts); apply the outcome, schedule the next retry, and apply overdue stages by days unpaid.
 */
import { and, eq } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor, AppContext } from '../../context.ts';
import type { Db } from '../../db/index.ts';
import { customers, invoices, paymentMethods, type payments } from '../../db/schema/index.ts';
import { fromDate, toDate, toUnix } from '../../kernel/clock.ts';
import { newSecret } from '../../kernel/ids.ts';
import type { InvoiceRow } from '../../modules/invoicing/present.ts';
import { earliest, nextRetryAt, stageDueAt } from '../../modules/payments/core/dunning.ts';
import { type AccountSettings, accountSettings } from '../billing/billing-data.ts';
import { deferCharge, intendCharge, pendingAttempt } from './charges.ts';
import { invoiceEvent, settlePaid } from './settle.ts';
import { applyStage, markPastDue, startOnProcessing } from './subscription-effects.ts';

type PaymentRow = typeof payments.$inferSelect;
/** A payment whose gateway answer is known: what collection applies to its invoice. */
export type ChargeOutcome = PaymentRow & { status: 'succeeded' | 'failed' | 'processing' };

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

/**
 * One look at an open invoice, in the caller's transaction: when an attempt is due, it is recorded as pending and
 * charged after the commit (an attempt still pending is resumed, never overtaken); then the overdue stages.
 */
export async function collectInvoice(
  ctx: AppContext,
  actor: Actor,
  settings: AccountSettings,
  inv: InvoiceRow,
  at: Temporal.Instant,
) {
  if (inv.status === 'open' && inv.nextPaymentAttempt && inv.nextPaymentAttempt.getTime() <= at.epochMilliseconds) {
    inv.nextPaymentAttempt = null;
    const pending = await pendingAttempt(ctx.db, inv);
    if (pending) deferCharge(ctx, pending);
    else {
      const pm = await defaultMethod(ctx.db, actor.accountId, inv.customerId);
      const payment = await intendCharge(ctx, inv, pm, at);
      if (payment.status === 'failed') await recordFailure(ctx.db, actor, settings, inv, payment, at);
    }
  }
  await finishLook(ctx.db, settings, actor, inv, at);
}

/** Applies a charge's outcome to its (locked, open) invoice, in the outcome's own transaction. */
export async function recordOutcome(
  ctx: AppContext,
  actor: Actor,
  settings: AccountSettings,
  inv: InvoiceRow,
  payment: ChargeOutcome,
  at: Temporal.Instant,
) {
  if (payment.status === 'succeeded') await settlePaid(ctx.db, actor, inv, payment, at);
  else if (payment.status === 'failed') await recordFailure(ctx.db, actor, settings, inv, payment, at);
  else {
    // Asynchronous methods (PIX, iDEAL, boleto…): no retry until the gateway's settlement notification.
    inv.nextPaymentAttempt = null;
    await invoiceEvent(ctx.db, actor, inv, 'invoice.payment_processing', at, { payment: payment.id });
    await startOnProcessing(ctx.db, actor, inv.subscriptionId, at);
  }
  await finishLook(ctx.db, settings, actor, inv, at);
}

async function finishLook(db: Db, settings: AccountSettings, actor: Actor, inv: InvoiceRow, at: Temporal.Instant) {
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
export async function collectInvoices(ctx: AppContext, accountId: string, rows: InvoiceRow[], at: Date) {
  const settings = await accountSettings(ctx.db, accountId);
  for (const inv of rows) await collectInvoice(ctx, { accountId }, settings, inv, fromDate(at));
}

/** Invoices a request just finalized (always_invoice, invoice_now, resume) are charged once it commits. */
export async function collectNow(ctx: AppContext, actor: Actor, list: { row: InvoiceRow }[], at: Temporal.Instant) {
  const due = list.map((i) => i.row).filter((r) => r.status === 'open' && r.nextPaymentAttempt);
  if (due.length === 0) return;
  const settings = await accountSettings(ctx.db, actor.accountId);
  for (const inv of due) await collectInvoice(ctx, actor, settings, inv, at);
}
