import { integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdColumn, metadata, tenantColumns } from './columns.ts';

/**
 * A payment method created without a customer (Stripe's `POST /v1/payment_methods` then `…/attach`): the gateway
 * token waits here until it is attached, and then becomes a `payment_methods` row with the same id.
 */
export const paymentMethodDrafts = pgTable(
  'payment_method_drafts',
  {
    ...tenantColumns(),
    gateway: text('gateway').notNull(),
    token: text('token').notNull(),
    type: text('type').notNull(),
    brand: text('brand'),
    last4: text('last4'),
    expMonth: integer('exp_month'),
    expYear: integer('exp_year'),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);
