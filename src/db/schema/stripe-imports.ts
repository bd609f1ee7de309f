import { pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdColumn, idText } from './columns.ts';

/**
 * What `tenure import stripe` brought over: a Stripe id and the Tenure object made from it, written in the same
 * transaction as that object, so a re-run (or a run resumed after a crash) imports nothing twice.
 */
export const stripeImports = pgTable(
  'stripe_imports',
  {
    accountId: idText('account_id').notNull(),
    stripeId: text('stripe_id').notNull(),
    object: text('object').notNull(),
    tenureId: idText('tenure_id').notNull(),
    created: createdColumn(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.stripeId] })],
);
