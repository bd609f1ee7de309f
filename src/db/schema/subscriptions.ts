import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdColumn, idText, instant, metadata, tenantColumns, testClockColumn } from './columns.ts';

export type SubscriptionStatus =
  | 'trialing'
  | 'active'
  | 'past_due'
  | 'paused'
  | 'canceled'
  | 'incomplete'
  | 'incomplete_expired'
  | 'unpaid';
export type CancellationDetails = { reason: string | null; comment: string | null; feedback: string | null };
export type PauseCollection = { behavior: 'void' | 'keep_as_draft' | 'mark_uncollectible'; resumes_at: number | null };
export type ItemSpec = { price: string; quantity: number; metadata?: Record<string, string> };
/** A change stored to happen at the end of the current period (the usual downgrade). */
export type PendingChange = { items: ItemSpec[]; at: number };
export type TrialEndBehavior = 'create_invoice' | 'cancel' | 'pause';

export const subscriptions = pgTable(
  'subscriptions',
  {
    ...tenantColumns(),
    customerId: idText('customer_id').notNull(),
    status: text('status').$type<SubscriptionStatus>().notNull(),
    currency: text('currency').notNull(),
    interval: text('interval').$type<'day' | 'week' | 'month' | 'year'>().notNull(),
    intervalCount: integer('interval_count').notNull(),
    /** The grid every period boundary is computed from (never chained "+1 month"). */
    billingCycleAnchor: instant('billing_cycle_anchor').notNull(),
    startDate: instant('start_date').notNull(),
    currentPeriodStart: instant('current_period_start').notNull(),
    currentPeriodEnd: instant('current_period_end').notNull(),
    trialStart: instant('trial_start'),
    trialEnd: instant('trial_end'),
    /** When `trial_will_end` is still to be sent (3 days before trial end); null once sent or not applicable. */
    trialWillEndAt: instant('trial_will_end_at'),
    trialEndBehavior: text('trial_end_behavior').$type<TrialEndBehavior>().notNull().default('create_invoice'),
    cancelAtPeriodEnd: boolean('cancel_at_period_end').notNull().default(false),
    cancelAt: instant('cancel_at'),
    canceledAt: instant('canceled_at'),
    endedAt: instant('ended_at'),
    cancellationDetails: jsonb('cancellation_details').$type<CancellationDetails>(),
    pauseCollection: jsonb('pause_collection').$type<PauseCollection>(),
    /** Service paused (status `paused`) until this time; null = until resumed by hand. */
    resumeAt: instant('resume_at'),
    pendingChange: jsonb('pending_change').$type<PendingChange>(),
    collectionMethod: text('collection_method').$type<'charge_automatically' | 'send_invoice'>().notNull(),
    daysUntilDue: integer('days_until_due'),
    defaultTaxRates: text('default_tax_rates').array().notNull().default(sql`'{}'::text[]`),
    prorationBehavior: text('proration_behavior').notNull().default('create_prorations'),
    latestInvoice: idText('latest_invoice'),
    /** Links a reactivation to the subscription it follows, keeping the customer's history readable. */
    previousSubscription: idText('previous_subscription'),
    /** The schedule driving this subscription's phases, if any. */
    scheduleId: idText('schedule_id'),
    /** Overdue stage "access blocked": the service is cut while the subscription is still billed. */
    accessBlockedAt: instant('access_blocked_at'),
    /**
     * When (clock time) the subscription last became past_due; meaningful only while it is. Past-due churn reads it
     * instead of replaying the subscription's events on every worker tick.
     */
    pastDueSince: instant('past_due_since'),
    /** The earliest time the worker must act on this subscription; null = nothing scheduled. */
    nextActionAt: instant('next_action_at'),
    testClock: testClockColumn(),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('subscriptions_customer').on(t.accountId, t.customerId),
    // Live due work is found across accounts by time; test-clock work per clock.
    index('subscriptions_due').on(t.nextActionAt).where(sql`test_clock is null and next_action_at is not null`),
    index('subscriptions_clock_due').on(t.accountId, t.testClock, t.nextActionAt).where(sql`test_clock is not null`),
    // Past-due churn checks every tick; without this it read every subscription of the accounts that opted in.
    index('subscriptions_past_due').on(t.accountId).where(sql`status = 'past_due'`),
  ],
);

export const subscriptionItems = pgTable(
  'subscription_items',
  {
    ...tenantColumns(),
    subscriptionId: idText('subscription_id').notNull(),
    priceId: idText('price_id').notNull(),
    quantity: integer('quantity').notNull(),
    taxRates: text('tax_rates').array(),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('subscription_items_sub').on(t.accountId, t.subscriptionId),
  ],
);

/** A coupon applied to a customer (all their subscriptions) or to one subscription, from `start` to `end`. */
export const discounts = pgTable(
  'discounts',
  {
    ...tenantColumns(),
    customerId: idText('customer_id').notNull(),
    subscriptionId: idText('subscription_id'),
    couponId: idText('coupon_id').notNull(),
    promotionCodeId: idText('promotion_code_id'),
    start: instant('start').notNull(),
    end: instant('end'),
    created: createdColumn(),
    deleted: boolean('deleted').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('discounts_customer').on(t.accountId, t.customerId),
    index('discounts_subscription').on(t.accountId, t.subscriptionId),
  ],
);

/** Reported usage for metered items; `identifier` makes a retried report the same usage. */
export const usageRecords = pgTable(
  'usage_records',
  {
    ...tenantColumns(),
    subscriptionItemId: idText('subscription_item_id').notNull(),
    quantity: integer('quantity').notNull(),
    timestamp: instant('timestamp').notNull(),
    identifier: text('identifier').notNull(),
    valueKey: text('value_key'),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    uniqueIndex('usage_records_identifier').on(t.accountId, t.subscriptionItemId, t.identifier),
    index('usage_records_item_time').on(t.accountId, t.subscriptionItemId, t.timestamp),
  ],
);

export type SchedulePhase = { items: ItemSpec[]; iterations: number | null; coupon?: string | null };

/** Future-dated phases of one subscription (e.g. 3 months at a promo price, then the list price). */
export const subscriptionSchedules = pgTable(
  'subscription_schedules',
  {
    ...tenantColumns(),
    customerId: idText('customer_id').notNull(),
    subscriptionId: idText('subscription_id'),
    status: text('status').$type<'active' | 'completed' | 'released' | 'canceled'>().notNull(),
    endBehavior: text('end_behavior').$type<'release' | 'cancel'>().notNull(),
    phases: jsonb('phases').$type<SchedulePhase[]>().notNull(),
    currentPhase: integer('current_phase').notNull().default(0),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('subscription_schedules_subscription').on(t.accountId, t.subscriptionId),
  ],
);
