import { and, eq, gt } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor, AppContext } from '../../context.ts';
import { invoices } from '../../db/schema/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { type AttachInput, attachPaymentMethod, setDefaultPaymentMethod } from '../../modules/payments/index.ts';
import { accountSettings } from '../billing/billing-data.ts';
import { collectInvoice } from './collect-invoices.ts';

/** A new default payment method retries the customer's failed invoices at once (dunning's "update your card"). */
export async function attachAndRetry(ctx: AppContext, actor: Actor, input: AttachInput, id?: string) {
  const { object, row, at } = await attachPaymentMethod(ctx, actor, input, id);
  if (row.isDefault) await retryFailedInvoices(ctx, actor, row.customerId, at);
  return object;
}

/** Stripe's `invoice_settings.default_payment_method`: a new default retries failed invoices too. */
export async function setDefaultAndRetry(
  ctx: AppContext,
  actor: Actor,
  customerId: string,
  id: string | null,
  param?: string,
) {
  const { changed, at } = await setDefaultPaymentMethod(ctx, actor, customerId, id, param);
  if (changed && id !== null) await retryFailedInvoices(ctx, actor, customerId, at);
}

async function retryFailedInvoices(ctx: AppContext, actor: Actor, customerId: string, at: Temporal.Instant) {
  const failing = await ctx.db
    .select()
    .from(invoices)
    .where(
      and(
        eq(invoices.accountId, actor.accountId),
        eq(invoices.customerId, customerId),
        eq(invoices.status, 'open'),
        eq(invoices.collectionMethod, 'charge_automatically'),
        gt(invoices.attemptCount, 0),
      ),
    )
    .for('update');
  const settings = await accountSettings(ctx.db, actor.accountId);
  for (const inv of failing) {
    inv.nextPaymentAttempt = toDate(at);
    await collectInvoice(ctx, actor, settings, inv, at);
  }
}
