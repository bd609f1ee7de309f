import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdColumn, idText, instant, metadata, money, tenantColumns, testClockColumn } from './columns.ts';

/** Stored as the gateway's token only: no card number ever reaches Tenure's database or logs. */
export const paymentMethods = pgTable(
  'payment_methods',
  {
    ...tenantColumns(),
    customerId: idText('customer_id').notNull(),
    gateway: text('gateway').notNull(),
    token: text('token').notNull(),
    type: text('type').notNull(),
    brand: text('brand'),
    last4: text('last4'),
    expMonth: integer('exp_month'),
    expYear: integer('exp_year'),
    isDefault: boolean('is_default').notNull().default(false),
    /** When `payment_method.card_expiring` is due (30 days before expiry); null once sent. */
    expiryNoticeAt: instant('expiry_notice_at'),
    detached: boolean('detached').notNull().default(false),
    testClock: testClockColumn(),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('payment_methods_customer').on(t.accountId, t.customerId),
    index('payment_methods_expiry_due')
      .on(t.expiryNoticeAt)
      .where(sql`test_clock is null and expiry_notice_at is not null`),
    index('payment_methods_clock_expiry')
      .on(t.accountId, t.testClock, t.expiryNoticeAt)
      .where(sql`test_clock is not null`),
  ],
);

/** One attempt to collect money (`pay_`), written before the gateway is called and completed after. */
export const payments = pgTable(
  'payments',
  {
    ...tenantColumns(),
    customerId: idText('customer_id').notNull(),
    invoiceId: idText('invoice_id'),
    paymentMethodId: idText('payment_method_id'),
    amount: money('amount').notNull(),
    amountRefunded: money('amount_refunded').notNull().default(0),
    currency: text('currency').notNull(),
    status: text('status').$type<'pending' | 'processing' | 'succeeded' | 'failed'>().notNull(),
    gateway: text('gateway').notNull(),
    gatewayId: text('gateway_id'),
    declineCode: text('decline_code'),
    failureMessage: text('failure_message'),
    /** The key the gateway call carries: a retry after a crash replays it instead of charging again. */
    idempotencyKey: text('idempotency_key').notNull(),
    attempt: integer('attempt').notNull().default(1),
    outOfBand: boolean('out_of_band').notNull().default(false),
    settledAt: instant('settled_at'),
    /**
     * A `pending` attempt (recorded with its key in the transaction that decided it, charged after the commit):
     * when due work may take it over, in the worker clock's time, should the process that committed it not record
     * an outcome first (a crash). Null once the outcome is recorded.
     */
    resumeAt: instant('resume_at'),
    testClock: testClockColumn(),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    uniqueIndex('payments_idempotency').on(t.accountId, t.idempotencyKey),
    index('payments_resume_due').on(t.resumeAt).where(sql`resume_at is not null`),
    index('payments_invoice').on(t.accountId, t.invoiceId),
    index('payments_gateway_id').on(t.gateway, t.gatewayId),
  ],
);

export const refunds = pgTable(
  'refunds',
  {
    ...tenantColumns(),
    paymentId: idText('payment_id').notNull(),
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
    status: text('status').notNull(),
    reason: text('reason'),
    gatewayId: text('gateway_id'),
    creditNoteId: idText('credit_note_id'),
    idempotencyKey: text('idempotency_key').notNull(),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    uniqueIndex('refunds_idempotency').on(t.accountId, t.idempotencyKey),
  ],
);

export type CreditNoteLine = { invoice_line: string | null; description: string; amount: number };

export const creditNotes = pgTable(
  'credit_notes',
  {
    ...tenantColumns(),
    invoiceId: idText('invoice_id').notNull(),
    customerId: idText('customer_id').notNull(),
    number: text('number').notNull(),
    status: text('status').$type<'issued' | 'void'>().notNull(),
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
    reason: text('reason'),
    memo: text('memo'),
    lines: jsonb('lines').$type<CreditNoteLine[]>().notNull(),
    /** How the amount was given back: less to pay on the invoice, refunded, to the balance, or outside Tenure. */
    preAmount: money('pre_amount').notNull().default(0),
    refundAmount: money('refund_amount').notNull().default(0),
    creditAmount: money('credit_amount').notNull().default(0),
    outOfBandAmount: money('out_of_band_amount').notNull().default(0),
    voidedAt: instant('voided_at'),
    testClock: testClockColumn(),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), index('credit_notes_invoice').on(t.accountId, t.invoiceId)],
);

/** The customer balance as an append-only ledger (`cbtxn_`); customers.balance is its running sum. */
export const balanceTransactions = pgTable(
  'balance_transactions',
  {
    ...tenantColumns(),
    customerId: idText('customer_id').notNull(),
    type: text('type').notNull(),
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
    endingBalance: money('ending_balance').notNull(),
    invoiceId: idText('invoice_id'),
    creditNoteId: idText('credit_note_id'),
    description: text('description'),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('balance_transactions_customer').on(t.accountId, t.customerId, t.id),
  ],
);
