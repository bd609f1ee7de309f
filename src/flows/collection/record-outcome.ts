/**
 * What collection does with an attempt's outcome: a success settles the invoice, a failure schedules the next retry
 * (dunning policy) and marks the subscription past due, an asynchronous method waits for its notification; then
 * the overdue stages. Shared by the look that records an attempt (collect-invoices.ts), the charge's own outcome
 * transaction (charges.ts) and settlement notifications, none of which depends on another.
 */
import { and, eq } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor, AppContext } from '../../context.ts';
import type { Db } from '../../db/index.ts';
import { invoices, type payments } from '../../db/schema/index.ts';
import { fromDate, toDate, toUnix } from '../../kernel/clock.ts';
import { newSecret } from '../../kernel/ids.ts';
import type { InvoiceRow } from '../../modules/invoicing/index.ts';
import { earliest, nextRetryAt, stageDueAt } from '../../modules/payments/index.ts';
import type { AccountSettings } from '../billing/billing-data.ts';
import { invoiceEvent, settlePaid } from './settle.ts';
import { applyStage, markPastDue, startOnProcessing } from './subscription-effects.ts';

type PaymentRow = typeof payments.$inferSelect;
/** A payment whose gateway answer is known: what collection applies to its invoice. */
export type ChargeOutcome = PaymentRow & { status: 'succeeded' | 'failed' | 'processing' };

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

export async function finishLook(
  db: Db,
  settings: AccountSettings,
  actor: Actor,
  inv: InvoiceRow,
  at: Temporal.Instant,
) {
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
