/**
 * Collection and dunning for open charge_automatically invoices: when an attempt is due, record it as pending with
 * a key derived from invoice and attempt number and charge the default payment method after the commit
 * (charges.ts); apply the outcome, schedule the next retry, and apply overdue stages by days unpaid.
 */
import { and, eq } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor, AppContext } from '../../context.ts';
import type { Db } from '../../db/index.ts';
import { customers, paymentMethods } from '../../db/schema/index.ts';
import { fromDate } from '../../kernel/clock.ts';
import type { InvoiceRow } from '../../modules/invoicing/index.ts';
import { type AccountSettings, accountSettings } from '../billing/billing-data.ts';
import { deferCharge, intendCharge, pendingAttempt } from './charges.ts';
import { finishLook, recordFailure } from './record-outcome.ts';

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
