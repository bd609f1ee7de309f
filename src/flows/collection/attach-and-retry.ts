import { and, eq, gt } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { invoices } from '../../db/schema/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { type AttachInput, attachPaymentMethod } from '../../modules/payments/payment-methods.ts';
import { accountSettings } from '../billing/billing-data.ts';
import { collectInvoice } from './collect-invoices.ts';

/** A new default payment method retries the customer's failed invoices at once (dunning's "update your card"). */
export async function attachAndRetry(ctx: AppContext, actor: Actor, input: AttachInput) {
  const { object, row, at } = await attachPaymentMethod(ctx, actor, input);
  if (!row.isDefault) return object;
  const failing = await ctx.db
    .select()
    .from(invoices)
    .where(
      and(
        eq(invoices.accountId, actor.accountId),
        eq(invoices.customerId, row.customerId),
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
  return object;
}
