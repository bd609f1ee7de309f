import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdColumn, idText, instant, metadata, money, tenantColumns, testClockColumn } from './columns.ts';

export type RetentionOfferKind = 'coupon' | 'pause' | 'downgrade' | 'extension';
export type CancellationOutcome = 'pending' | 'retained' | 'chose_to_cancel' | 'aborted';

/** An alternative shown before a cancellation goes through (Chargebee Retention's "offers"). */
export const retentionOffers = pgTable(
  'retention_offers',
  {
    ...tenantColumns(),
    name: text('name').notNull(),
    kind: text('kind').$type<RetentionOfferKind>().notNull(),
    /** coupon: the catalog coupon to attach. */
    couponId: idText('coupon_id'),
    /** pause: months paused; extension: free months. */
    months: integer('months'),
    /** downgrade: the price the subscription moves to at period end. */
    priceId: idText('price_id'),
    /** Shown only for these reasons; empty = every reason. */
    reasons: text('reasons').array().notNull().default(sql`'{}'::text[]`),
    /** Shown only to subscriptions on one of these prices (plans); empty = every plan. */
    prices: text('prices').array().notNull().default(sql`'{}'::text[]`),
    /** Shown only to customers the experiment assigns to `variant` (an A/B test of retention offers). */
    experimentId: idText('experiment_id'),
    variant: text('variant'),
    active: boolean('active').notNull().default(true),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);

/** Per-account retention settings: the account's own cancellation reasons and the one-offer-per-window rule. */
export const retentionSettings = pgTable('retention_settings', {
  accountId: idText('account_id').primaryKey(),
  customReasons: text('custom_reasons').array().notNull().default(sql`'{}'::text[]`),
  offerWindowDays: integer('offer_window_days').notNull().default(365),
  /** A survey sent (throttle permitting) to whoever chooses to cancel: the exit survey. */
  exitSurvey: idText('exit_survey'),
});

/** One pass through the cancellation flow, its offers and outcome (the shape of Paddle Retain's results). */
export const cancellationSessions = pgTable(
  'cancellation_sessions',
  {
    ...tenantColumns(),
    customerId: idText('customer_id').notNull(),
    subscriptionId: idText('subscription_id').notNull(),
    testClock: testClockColumn(),
    reason: text('reason').notNull(),
    comment: text('comment'),
    offersShown: text('offers_shown').array().notNull().default(sql`'{}'::text[]`),
    acceptedOffer: idText('accepted_offer'),
    acceptedAt: instant('accepted_at'),
    outcome: text('outcome').$type<CancellationOutcome>().notNull().default('pending'),
    /** The subscription's list MRR when the session started (minor units), for "revenue saved". */
    mrr: money('mrr').notNull(),
    currency: text('currency').notNull(),
    created: createdColumn(),
    closedAt: instant('closed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('cancellation_sessions_customer_accepted').on(t.accountId, t.customerId, t.acceptedAt),
  ],
);
