import { date, index, integer, jsonb, numeric, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { idText, instant, money } from './columns.ts';

export type MrrMovementType = 'new' | 'expansion' | 'contraction' | 'churn' | 'reactivation';
/** MRR in minor units per price id and per product id. */
export type MrrShares = { price: Record<string, number>; product: Record<string, number> };

/** Stored MRR movements, event-sourced from subscription events so history is never recomputed. */
export const mrrMovements = pgTable(
  'mrr_movements',
  {
    accountId: idText('account_id').notNull(),
    /** The subscription event that caused the movement (or `grant_`/`expiry_<discount id>`): one movement per cause at most. */
    eventId: idText('event_id').notNull(),
    customerId: idText('customer_id').notNull(),
    /** When the movement happened, in the customer's clock time (test clocks included). */
    date: instant('date').notNull(),
    type: text('type').$type<MrrMovementType>().notNull(),
    /** Signed delta in minor units: churn and contraction are negative. */
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
    mrrAfter: money('mrr_after').notNull(),
    /** The customer's MRR per price and per product after the movement (0 kept for ones paid before). */
    shares: jsonb('shares').$type<MrrShares>().notNull().default({ price: {}, product: {} }),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.eventId] }),
    index('mrr_movements_date').on(t.accountId, t.date),
    index('mrr_movements_customer').on(t.accountId, t.customerId, t.date),
  ],
);

/** Discount starts and ends the MRR engine has already turned into a movement (or found no change at). */
export const mrrDiscountEdges = pgTable(
  'mrr_discount_edges',
  {
    accountId: idText('account_id').notNull(),
    discountId: idText('discount_id').notNull(),
    edge: text('edge').$type<'start' | 'end'>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.discountId, t.edge] })],
);

/** Which slice a movement line or rollup row counts: the customer's whole MRR, or one price's or product's share. */
export type MrrLevel = 'customer' | 'price' | 'product';

/**
 * Every movement as lines: one `customer` line (the movement itself) plus one per price and product whose MRR share
 * changed, each classified at its own level (moving from plan A to B is churn in A and new in B). Lines carry the
 * breakdown dimensions as they were at the movement, so filters never join; read for partial days and attributes.
 */
export const mrrMovementLines = pgTable(
  'mrr_movement_lines',
  {
    accountId: idText('account_id').notNull(),
    eventId: idText('event_id').notNull(),
    level: text('level').$type<MrrLevel>().notNull(),
    /** The price or product id; '' on the customer line. */
    key: text('key').notNull(),
    customerId: idText('customer_id').notNull(),
    date: instant('date').notNull(),
    type: text('type').$type<MrrMovementType>().notNull(),
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
    /** The customer's address country (ISO 3166 alpha-2) at the movement; '' when unknown. */
    country: text('country').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.eventId, t.level, t.key] }),
    index('mrr_movement_lines_date').on(t.accountId, t.level, t.date),
  ],
);

/**
 * Movement lines summed per UTC day and dimensions, kept in the transaction that writes the movement: a 36-month
 * series reads a few thousand of these instead of millions of movements (issue #6, performance).
 */
export const mrrDailyRollups = pgTable(
  'mrr_daily_rollups',
  {
    accountId: idText('account_id').notNull(),
    level: text('level').$type<MrrLevel>().notNull(),
    key: text('key').notNull(),
    /** UTC calendar day of the movements. */
    day: date('day', { mode: 'string' }).notNull(),
    currency: text('currency').notNull(),
    country: text('country').notNull(),
    type: text('type').$type<MrrMovementType>().notNull(),
    amount: money('amount').notNull(),
    /** How many lines: for new/reactivation/churn, the customers gained or lost. */
    movements: integer('movements').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.level, t.key, t.day, t.currency, t.country, t.type] })],
);

/** Exchange rates by day: one unit of `currency` is worth `rate` units of `quote_currency` from `date` on. */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    accountId: idText('account_id').notNull(),
    currency: text('currency').notNull(),
    quoteCurrency: text('quote_currency').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    rate: numeric('rate').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.currency, t.quoteCurrency, t.date] })],
);
