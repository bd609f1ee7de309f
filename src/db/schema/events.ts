import { index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
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
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('events_type').on(t.accountId, t.type, t.id),
    index('events_created').on(t.accountId, t.created),
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
