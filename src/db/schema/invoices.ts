import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { createdColumn, idText, instant, metadata, money, tenantColumns, testClockColumn } from './columns.ts';

export type InvoiceStatus = 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
export type DiscountAmountJson = { coupon: string; discount: string | null; amount: number };
export type TaxAmountJson = { tax_rate: string; amount: number; inclusive: boolean; taxable_amount: number };
export type TaxBreakdownJson = TaxAmountJson & { percentage: string };

export const invoices = pgTable(
  'invoices',
  {
    ...tenantColumns(),
    customerId: idText('customer_id').notNull(),
    subscriptionId: idText('subscription_id'),
    /** The period boundary a subscription-cycle invoice belongs to: unique per subscription, so never billed twice. */
    cycleAt: instant('cycle_at'),
    status: text('status').$type<InvoiceStatus>().notNull(),
    number: text('number'),
    currency: text('currency').notNull(),
    billingReason: text('billing_reason').notNull(),
    collectionMethod: text('collection_method').notNull(),
    description: text('description'),
    periodStart: instant('period_start').notNull(),
    periodEnd: instant('period_end').notNull(),
    subtotal: money('subtotal').notNull(),
    totalDiscountAmounts: jsonb('total_discount_amounts').$type<DiscountAmountJson[]>().notNull(),
    totalExcludingTax: money('total_excluding_tax').notNull(),
    tax: money('tax').notNull(),
    totalTaxAmounts: jsonb('total_tax_amounts').$type<TaxBreakdownJson[]>().notNull(),
    total: money('total').notNull(),
    startingBalance: money('starting_balance').notNull(),
    endingBalance: money('ending_balance'),
    amountDue: money('amount_due').notNull(),
    amountPaid: money('amount_paid').notNull().default(0),
    paidOutOfBand: boolean('paid_out_of_band').notNull().default(false),
    /** Dunning: charge attempts so far, and when collection next needs to act (retry or overdue stage). */
    attemptCount: integer('attempt_count').notNull().default(0),
    nextPaymentAttempt: instant('next_payment_attempt'),
    dunningStage: integer('dunning_stage').notNull().default(0),
    collectionDueAt: instant('collection_due_at'),
    /** Secret part of the invoice's payment link (send_invoice: the customer pays through it). */
    hostedToken: text('hosted_token'),
    autoAdvance: boolean('auto_advance').notNull(),
    /** When auto-advance finalizes this draft; null when not a pending draft. */
    finalizeAt: instant('finalize_at'),
    dueDate: instant('due_date'),
    finalizedAt: instant('finalized_at'),
    paidAt: instant('paid_at'),
    voidedAt: instant('voided_at'),
    markedUncollectibleAt: instant('marked_uncollectible_at'),
    testClock: testClockColumn(),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('invoices_customer').on(t.accountId, t.customerId),
    index('invoices_subscription').on(t.accountId, t.subscriptionId),
    uniqueIndex('invoices_subscription_cycle')
      .on(t.accountId, t.subscriptionId, t.cycleAt)
      .where(sql`cycle_at is not null`),
    uniqueIndex('invoices_number').on(t.accountId, t.number).where(sql`number is not null`),
    uniqueIndex('invoices_hosted_token').on(t.hostedToken).where(sql`hosted_token is not null`),
    index('invoices_finalize_due').on(t.finalizeAt).where(sql`test_clock is null and finalize_at is not null`),
    index('invoices_clock_finalize').on(t.accountId, t.testClock, t.finalizeAt).where(sql`test_clock is not null`),
    index('invoices_collection_due')
      .on(t.collectionDueAt)
      .where(sql`test_clock is null and collection_due_at is not null`),
    index('invoices_clock_collection')
      .on(t.accountId, t.testClock, t.collectionDueAt)
      .where(sql`test_clock is not null`),
  ],
);

export const invoiceLines = pgTable(
  'invoice_lines',
  {
    ...tenantColumns(),
    invoiceId: idText('invoice_id').notNull(),
    position: integer('position').notNull(),
    type: text('type').$type<'subscription' | 'invoiceitem'>().notNull(),
    subscriptionId: idText('subscription_id'),
    subscriptionItemId: idText('subscription_item_id'),
    invoiceItemId: idText('invoice_item_id'),
    priceId: idText('price_id'),
    description: text('description'),
    quantity: bigint('quantity', { mode: 'number' }),
    unitAmountDecimal: numeric('unit_amount_decimal'),
    amount: money('amount').notNull(),
    periodStart: instant('period_start').notNull(),
    periodEnd: instant('period_end').notNull(),
    proration: boolean('proration').notNull().default(false),
    discountAmounts: jsonb('discount_amounts').$type<DiscountAmountJson[]>().notNull(),
    taxAmounts: jsonb('tax_amounts').$type<TaxAmountJson[]>().notNull(),
    metadata: metadata(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('invoice_lines_invoice').on(t.accountId, t.invoiceId, t.position),
  ],
);

/** One-off charges and prorations waiting for the customer's next invoice (invoice_id null = pending). */
export const invoiceItems = pgTable(
  'invoice_items',
  {
    ...tenantColumns(),
    customerId: idText('customer_id').notNull(),
    subscriptionId: idText('subscription_id'),
    invoiceId: idText('invoice_id'),
    priceId: idText('price_id'),
    description: text('description'),
    currency: text('currency').notNull(),
    quantity: bigint('quantity', { mode: 'number' }).notNull(),
    unitAmountDecimal: numeric('unit_amount_decimal'),
    amount: money('amount').notNull(),
    periodStart: instant('period_start').notNull(),
    periodEnd: instant('period_end').notNull(),
    proration: boolean('proration').notNull().default(false),
    discountable: boolean('discountable').notNull().default(true),
    taxRates: text('tax_rates').array().notNull().default(sql`'{}'::text[]`),
    testClock: testClockColumn(),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('invoice_items_pending').on(t.accountId, t.customerId).where(sql`invoice_id is null`),
  ],
);

/** Gapless invoice numbers: taken in the finalizing transaction, so a rollback gives the number back. */
export const invoiceSequences = pgTable(
  'invoice_sequences',
  {
    accountId: idText('account_id').notNull(),
    prefix: text('prefix').notNull(),
    lastNumber: bigint('last_number', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.prefix] })],
);
