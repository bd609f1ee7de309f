/** Starting a subscription: its first period (trial, stub or full), first invoice, discount and events. */

import { and, eq } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import type { Actor, AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { invoices, subscriptionItems, subscriptions } from '../../db/schema/index.ts';
import type { TrialEndBehavior } from '../../db/schema/subscriptions.ts';
import { transact } from '../../db/tx.ts';
import { fromUnix, toDate } from '../../kernel/clock.ts';
import { invalid, TenureError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { markPriceUsed } from '../../modules/catalog/index.ts';
import { findCustomer } from '../../modules/customers/index.ts';
import type { InvoiceRow } from '../../modules/invoicing/index.ts';
import type { SubscriptionRow } from '../../modules/subscriptions/index.ts';
import { expireIncomplete, firstPeriod } from '../../modules/subscriptions/index.ts';
import { timeFor, timeForChange } from '../../modules/test-clocks/index.ts';
import { collectNow } from '../collection/collect-invoices.ts';
import { applyTransition, emptyRun, writeRun } from './advance-subscriptions.ts';
import { attachDiscount } from './attach-discount.ts';
import { accountSettings, type BillingData, loadBillingData } from './billing-data.ts';
import { type ItemInput, resolveItems } from './resolve-items.ts';
import { presentLoaded } from './subscription-events.ts';
import { subscriptionInvoice } from './subscription-invoice.ts';
import { applyState, stateOf, trialWillEndAt } from './subscription-state.ts';

export type CreateSubscriptionInput = {
  customer: string;
  items: ItemInput[];
  trial_period_days?: number;
  trial_end?: number;
  billing_cycle_anchor?: number;
  proration_behavior?: 'create_prorations' | 'none';
  cancel_at?: number;
  cancel_at_period_end?: boolean;
  collection_method?: 'charge_automatically' | 'send_invoice';
  days_until_due?: number;
  default_tax_rates?: string[];
  coupon?: string;
  promotion_code?: string;
  trial_settings?: { end_behavior: { missing_payment_method: TrialEndBehavior } };
  previous_subscription?: string;
  payment_behavior?: 'allow_incomplete' | 'error_if_incomplete' | 'default_incomplete';
  metadata?: Record<string, string>;
};

function trialEndOf(input: CreateSubscriptionInput, priceTrialDays: number | null, start: Temporal.Instant) {
  if (input.trial_end !== undefined) {
    const end = fromUnix(input.trial_end);
    if (Temporal.Instant.compare(end, start) <= 0) {
      throw invalid('parameter_invalid', 'trial_end must be in the future', 'trial_end');
    }
    return end;
  }
  const days = input.trial_period_days ?? priceTrialDays;
  return days ? start.add({ hours: 24 * days }) : null;
}

export async function createSubscription(ctx: AppContext, actor: Actor, input: CreateSubscriptionInput) {
  const accountId = actor.accountId;
  const customer = await findCustomer(ctx, accountId, input.customer, 'customer');
  const start = await timeForChange(ctx, accountId, customer.testClock);
  const prices = await resolveItems(ctx, accountId, input.items);
  const first = prices[0]!;
  const settings = await accountSettings(ctx.db, accountId);
  const trialEnd = trialEndOf(input, first.trialPeriodDays, start);
  const cycleAnchor =
    input.billing_cycle_anchor !== undefined && !trialEnd ? fromUnix(input.billing_cycle_anchor) : null;
  let period: ReturnType<typeof firstPeriod>;
  try {
    period = firstPeriod({
      start,
      interval: first.interval!,
      intervalCount: first.intervalCount!,
      trialEnd,
      cycleAnchor,
      timeZone: settings.timeZone,
    });
  } catch (error) {
    throw invalid('parameter_invalid', (error as Error).message, 'billing_cycle_anchor');
  }
  const id = newId('sub');
  const cancelAt =
    input.cancel_at !== undefined ? fromUnix(input.cancel_at) : input.cancel_at_period_end ? period.end : null;
  const row: SubscriptionRow = {
    accountId,
    id,
    customerId: customer.id,
    status: trialEnd ? 'trialing' : 'active',
    currency: first.currency,
    interval: first.interval!,
    intervalCount: first.intervalCount!,
    billingCycleAnchor: toDate(period.anchor),
    startDate: toDate(start),
    currentPeriodStart: toDate(period.start),
    currentPeriodEnd: toDate(period.end),
    trialStart: trialEnd ? toDate(start) : null,
    trialEnd: trialEnd ? toDate(trialEnd) : null,
    trialWillEndAt: trialEnd ? toDate(trialWillEndAt(start, trialEnd)) : null,
    trialEndBehavior: input.trial_settings?.end_behavior.missing_payment_method ?? 'create_invoice',
    cancelAtPeriodEnd: input.cancel_at_period_end ?? false,
    cancelAt: cancelAt ? toDate(cancelAt) : null,
    canceledAt: null,
    endedAt: null,
    cancellationDetails: null,
    pauseCollection: null,
    resumeAt: null,
    pendingChange: null,
    collectionMethod: input.collection_method ?? 'charge_automatically',
    daysUntilDue: input.days_until_due ?? null,
    defaultTaxRates: input.default_tax_rates ?? [],
    prorationBehavior: 'create_prorations',
    latestInvoice: null,
    previousSubscription: input.previous_subscription ?? null,
    scheduleId: null,
    accessBlockedAt: null,
    pastDueSince: null,
    nextActionAt: null,
    testClock: customer.testClock,
    metadata: input.metadata ?? {},
    created: toDate(start),
  };
  applyState(row, stateOf(row));
  await ctx.db.insert(subscriptions).values(row);
  await ctx.db.insert(subscriptionItems).values(
    input.items.map((item, i) => ({
      accountId,
      id: newId('si'),
      subscriptionId: id,
      priceId: prices[i]!.id,
      quantity: prices[i]!.usageType === 'metered' ? 0 : (item.quantity ?? 1),
      taxRates: item.tax_rates ?? null,
      metadata: item.metadata ?? {},
      created: toDate(start),
    })),
  );
  // A price is marked used once (it then keeps its amount); read in this transaction, so a used one needs no write.
  for (const price of prices) if (!price.used) await markPriceUsed(ctx, accountId, price.id);
  const target = { customerId: customer.id, subscriptionId: id, currency: first.currency };
  await attachDiscount(ctx, accountId, target, input, start, settings.timeZone);
  const data = await loadBillingData(ctx.db, accountId, [row]);
  const stubAnchor = cycleAnchor && input.proration_behavior !== 'none' ? cycleAnchor : null;
  const invoice = subscriptionInvoice(
    data,
    row,
    { cycleAt: start, licensed: { start: period.start, end: period.end }, metered: null },
    {
      reason: 'subscription_create',
      at: start,
      trial: !!trialEnd || (!!cycleAnchor && !stubAnchor),
      stubAnchor,
      previousPeriodStart: null,
      finalizeNow: true,
    },
  );
  if (invoice) row.latestInvoice = invoice.row.id;
  // Stripe's first-payment rule: a subscription whose first invoice must be charged is `incomplete` until it is paid.
  const owes = row.collectionMethod === 'charge_automatically' && invoice && owed(data, invoice.row) > 0;
  if (owes) {
    row.status = 'incomplete';
    applyState(row, stateOf(row));
  }
  const out = emptyRun();
  if (invoice) out.invoices.push(invoice);
  out.events.push({
    type: 'customer.subscription.created',
    object: presentLoaded(data, row),
    at: start,
    testClock: row.testClock,
  });
  out.changed.push(row);
  await writeRun(ctx.db, actor, data, out, start);
  if (input.payment_behavior === 'default_incomplete' && invoice) await leaveUncharged(ctx, invoice.row);
  // The first invoice is charged at signup, once this transaction has committed (Stripe does the same).
  else await collectNow(ctx, actor, out.invoices, start);
  return presentLoaded(data, row);
}

const owed = (data: BillingData, inv: InvoiceRow) => inv.total + (data.balances.get(inv.customerId) ?? 0);

/** default_incomplete: the first invoice waits for the customer to pay it (POST /v1/invoices/:id/pay). */
async function leaveUncharged(ctx: AppContext, inv: InvoiceRow): Promise<void> {
  inv.nextPaymentAttempt = null;
  inv.collectionDueAt = null;
  await ctx.db
    .update(invoices)
    .set({ nextPaymentAttempt: null, collectionDueAt: null })
    .where(and(eq(invoices.accountId, inv.accountId), eq(invoices.id, inv.id)));
}

/**
 * error_if_incomplete, after the first charge was tried (outside the creating transaction): a subscription still
 * incomplete expires at once, its invoice is voided, and the caller gets a 402.
 */
export async function requireFirstPayment(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const { result: failed } = await transact(ctx, async (tx) => {
    const sub = await findOne<SubscriptionRow>(tx.db, subscriptions, actor.accountId, id, 'subscription', {
      lock: true,
    });
    if (sub.status !== 'incomplete') return false;
    const at = await timeFor(tx, actor.accountId, sub.testClock);
    const data = await loadBillingData(tx.db, actor.accountId, [sub]);
    const out = emptyRun();
    applyTransition(data, sub, expireIncomplete(stateOf(sub), at), out);
    out.changed.push(sub);
    await writeRun(tx.db, actor, data, out, at);
    return true;
  });
  if (failed)
    throw new TenureError('payment', 'subscription_payment_failed', 'The first payment failed; nothing was activated');
}
