import { index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { idText, instant, money } from './columns.ts';

export type MrrMovementType = 'new' | 'expansion' | 'contraction' | 'churn' | 'reactivation';

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
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.eventId] }),
    index('mrr_movements_date').on(t.accountId, t.date),
    index('mrr_movements_customer').on(t.accountId, t.customerId, t.date),
  ],
);

/** Per account, the newest subscription event the MRR engine had seen; each scan looks back a grace before it. */
export const analyticsCursors = pgTable('analytics_cursors', {
  accountId: idText('account_id').primaryKey(),
  cursor: idText('cursor').notNull(),
});

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
