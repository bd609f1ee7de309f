import { sql } from 'drizzle-orm';
import { bigint, bigserial, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { idText, instant, tenantColumns } from './columns.ts';

/** The outbox: written in the same transaction as the change it describes; webhooks and e-mails read from here. */
export const events = pgTable(
  'events',
  {
    ...tenantColumns(),
    type: text('type').notNull(),
    data: jsonb('data').$type<{ object: unknown; previous_attributes?: unknown }>().notNull(),
    created: instant('created').notNull(),
    testClock: idText('test_clock'),
    requestId: text('request_id'),
    idempotencyKey: text('idempotency_key'),
    apiVersion: integer('api_version').notNull().default(1),
    /**
     * The writing transaction's id (`pg_current_xact_id()`, an xid8 as bigint) and a sequence number: outbox
     * consumers read in (xid, seq) order and never past the oldest transaction still running (events/consume.ts),
     * so an event is never skipped however long its transaction stays open.
     */
    xid: bigint('xid', { mode: 'number' }).notNull().default(sql`(pg_current_xact_id()::text)::bigint`),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('events_type').on(t.accountId, t.type, t.id),
    index('events_created').on(t.accountId, t.created),
    index('events_commit_order').on(t.xid, t.seq),
    // A customer's subscription snapshots, which the MRR engine reads for every movement (analytics/record-movements.ts).
    index('events_subscription_customer')
      .on(t.accountId, sql`(${t.data}->'object'->>'customer')`, t.id)
      .where(sql`${t.type} like 'customer.subscription.%'`),
  ],
);

/** Stored results of POSTs sent with an Idempotency-Key, replayed for 24 hours. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    accountId: idText('account_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code'),
    responseBody: text('response_body'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.key] }), index('idempotency_keys_expiry').on(t.createdAt)],
);

/** Where each outbox consumer (webhooks, notices, mrr_movements, …) has read up to, in (xid, seq) order. */
export const outboxConsumers = pgTable('outbox_consumers', {
  name: text('name').primaryKey(),
  xid: bigint('xid', { mode: 'number' }).notNull(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
});
