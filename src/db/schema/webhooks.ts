import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdColumn, descriptionColumn, idText, instant, metadata, tenantColumns } from './columns.ts';

export type WebhookEndpointStatus = 'enabled' | 'disabled';
export type WebhookDeliveryStatus = 'pending' | 'succeeded' | 'failed';

/** Where an account wants its events POSTed, signed per the Standard Webhooks spec. */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    ...tenantColumns(),
    url: text('url').notNull(),
    description: descriptionColumn(),
    enabledEvents: text('enabled_events').array().notNull(),
    status: text('status').$type<WebhookEndpointStatus>().notNull().default('enabled'),
    /** Kept in clear (unlike API keys): every delivery is signed with it. */
    secret: text('secret').notNull(),
    /** The secret before the last rotation, still signing alongside until it expires. */
    previousSecret: text('previous_secret'),
    previousSecretExpiresAt: instant('previous_secret_expires_at'),
    /** How deliveries are signed: Standard Webhooks headers, or Stripe's `Stripe-Signature` and event shape. */
    signatureScheme: text('signature_scheme')
      .$type<'standard_webhooks' | 'stripe'>()
      .notNull()
      .default('standard_webhooks'),
    /** Only events with a greater id are delivered: the endpoint's creation (or re-enabling) event. */
    eventsAfter: idText('events_after').notNull(),
    /** First failed attempt since the last success; failing for 3 days disables the endpoint. */
    failingSince: instant('failing_since'),
    /** A worker is delivering to this endpoint until then (deliveries to one endpoint go one at a time). */
    leaseUntil: instant('lease_until'),
    metadata: metadata(),
    created: createdColumn(),
    deleted: boolean('deleted').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);

/** One event to send to one endpoint, with its retry state and the outcome of its latest attempt. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    ...tenantColumns(),
    endpointId: idText('endpoint_id').notNull(),
    eventId: idText('event_id').notNull(),
    eventType: text('event_type').notNull(),
    status: text('status').$type<WebhookDeliveryStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** When a pending delivery may next be tried (it also waits for the endpoint's earlier deliveries). */
    nextAttemptAt: instant('next_attempt_at'),
    lastAttemptAt: instant('last_attempt_at'),
    lastStatusCode: integer('last_status_code'),
    lastDurationMs: integer('last_duration_ms'),
    lastError: text('last_error'),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    uniqueIndex('webhook_deliveries_endpoint_event').on(t.accountId, t.endpointId, t.eventId),
    index('webhook_deliveries_endpoint').on(t.accountId, t.endpointId, t.id),
    // The head of each endpoint's queue: its pending delivery with the oldest event.
    index('webhook_deliveries_pending').on(t.accountId, t.endpointId, t.eventId).where(sql`status = 'pending'`),
  ],
);

/** Every HTTP attempt of a delivery, automatic or manual, as the delivery log shows it. */
export const webhookDeliveryAttempts = pgTable(
  'webhook_delivery_attempts',
  {
    ...tenantColumns(),
    deliveryId: idText('delivery_id').notNull(),
    endpointId: idText('endpoint_id').notNull(),
    statusCode: integer('status_code'),
    durationMs: integer('duration_ms').notNull(),
    error: text('error'),
    responseBody: text('response_body'),
    manual: boolean('manual').notNull().default(false),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('webhook_delivery_attempts_delivery').on(t.accountId, t.deliveryId, t.id),
  ],
);
