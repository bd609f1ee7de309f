/** Starting a subscription: its first period (trial, stub or full), first invoice, discount and events. */
import { Temporal } from 'temporal-polyfill';
import type { Actor, AppContext } from '../../context.ts';
import { subscriptionItems, subscriptions } from '../../db/schema/index.ts';
import type { TrialEndBehavior } from '../../db/schema/subscriptions.ts';
import { fromUnix, toDate } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { markPriceUsed } from '../../modules/catalog/index.ts';
import { findCustomer } from '../../modules/customers/index.ts';
import { firstPeriod } from '../../modules/subscriptions/core/index.ts';
import type { SubscriptionRow } from '../../modules/subscriptions/present.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import { collectNow } from '../collection/collect-invoices.ts';
import { emptyRun, writeRun } from './advance-subscriptions.ts';
import { attachDiscount } from './attach-discount.ts';
import { accountSettings, loadBillingData } from './billing-data.ts';
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
  const start = await timeFor(ctx, accountId, customer.testClock);
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
  for (const price of prices) await markPriceUsed(ctx, accountId, price.id);
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
  // The first invoice is charged at signup, as the customer expects (Stripe does the same).
  await collectNow(ctx, actor, out.invoices, start);
  return presentLoaded(data, row);
}
