import type { subscriptionItems, subscriptions } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';

export type SubscriptionRow = typeof subscriptions.$inferSelect;
export type SubscriptionItemRow = typeof subscriptionItems.$inferSelect;

const unix = (d: Date | null) => (d ? toUnix(d) : null);

export function presentSubscriptionItem(row: SubscriptionItemRow, price: unknown) {
  return {
    id: row.id,
    object: 'subscription_item' as const,
    created: toUnix(row.created),
    subscription: row.subscriptionId,
    price,
    quantity: row.quantity,
    tax_rates: row.taxRates,
    metadata: row.metadata,
  };
}

/** Stripe's subscription shape; `items` is a list object, prices embedded (as Stripe does). */
export function presentSubscription(row: SubscriptionRow, items: ReturnType<typeof presentSubscriptionItem>[]) {
  return {
    id: row.id,
    object: 'subscription' as const,
    created: toUnix(row.created),
    customer: row.customerId,
    status: row.status,
    currency: row.currency.toLowerCase(),
    items: {
      object: 'list' as const,
      data: items,
      has_more: false,
      url: `/v1/subscription_items?subscription=${row.id}`,
    },
    billing_cycle_anchor: toUnix(row.billingCycleAnchor),
    start_date: toUnix(row.startDate),
    current_period_start: toUnix(row.currentPeriodStart),
    current_period_end: toUnix(row.currentPeriodEnd),
    trial_start: unix(row.trialStart),
    trial_end: unix(row.trialEnd),
    trial_settings: { end_behavior: { missing_payment_method: row.trialEndBehavior } },
    cancel_at_period_end: row.cancelAtPeriodEnd,
    cancel_at: unix(row.cancelAt),
    canceled_at: unix(row.canceledAt),
    ended_at: unix(row.endedAt),
    cancellation_details: row.cancellationDetails ?? { reason: null, comment: null, feedback: null },
    pause_collection: row.pauseCollection,
    resume_at: unix(row.resumeAt),
    pending_update: row.pendingChange
      ? { subscription_items: row.pendingChange.items, effective_at: row.pendingChange.at }
      : null,
    collection_method: row.collectionMethod,
    days_until_due: row.daysUntilDue,
    default_tax_rates: row.defaultTaxRates,
    latest_invoice: row.latestInvoice,
    access_blocked: row.accessBlockedAt !== null,
    access_blocked_at: unix(row.accessBlockedAt),
    schedule: row.scheduleId,
    previous_subscription: row.previousSubscription,
    next_action_at: unix(row.nextActionAt),
    test_clock: row.testClock,
    metadata: row.metadata,
  };
}

export type Subscription = ReturnType<typeof presentSubscription>;
