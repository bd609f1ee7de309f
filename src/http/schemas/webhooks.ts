import { EVENT_PATTERN } from '../../modules/webhooks/index.ts';
import {
  arrayOf,
  bool,
  int,
  listQuery,
  metadataIn,
  metadataOut,
  nullable,
  resource,
  type Schema,
  str,
  strictObject,
} from './common.ts';

const enabledEvents = arrayOf(str({ pattern: EVENT_PATTERN, maxLength: 100 }), {
  minItems: 1,
  maxItems: 100,
  description: 'Event types to send: exact (`customer.created`), a family (`invoice.*`) or `*` for all',
});

const endpointFields: Record<string, Schema> = {
  url: str({ maxLength: 2048, description: 'Absolute http(s) URL that receives POSTed events' }),
  enabled_events: enabledEvents,
  description: nullable(str({ maxLength: 1000 })),
  disabled: bool({ description: 'Stop (true) or resume (false) deliveries; resuming skips events meanwhile' }),
  signature_scheme: str({
    enum: ['standard_webhooks', 'stripe'],
    description:
      'standard_webhooks (default): webhook-id/-timestamp/-signature headers; stripe: a Stripe-Signature header and Stripe’s event shape, verified by stripe.webhooks.constructEvent',
  }),
  metadata: metadataIn,
};

export const createWebhookEndpointBody = strictObject(endpointFields, ['url', 'enabled_events']);
export const updateWebhookEndpointBody = strictObject(endpointFields);

export const rotateSecretBody = strictObject({
  expires_in_seconds: int({
    minimum: 0,
    maximum: 7 * 86_400,
    description: 'How long the old secret keeps signing alongside the new one (default 86400; 0 = not at all)',
  }),
});

export const deliveryParams = strictObject({ id: str({ maxLength: 255 }), delivery_id: str({ maxLength: 255 }) }, [
  'id',
  'delivery_id',
]);

export const listDeliveriesQuery = strictObject({
  ...listQuery,
  status: str({ enum: ['pending', 'succeeded', 'failed'] }),
  event: str({ description: 'Only deliveries of this event id' }),
});

export const webhookEndpointSchema = resource(
  'WebhookEndpoint',
  'webhook_endpoint',
  {
    url: str(),
    description: nullable(str()),
    enabled_events: arrayOf(str()),
    status: str({ enum: ['enabled', 'disabled'] }),
    signature_scheme: str({ enum: ['standard_webhooks', 'stripe'] }),
    secret: str({
      description: 'Signing secret (`whsec_…`); returned only on creation and by rotate_secret',
    }),
    previous_secret_expires_at: nullable(int({ description: 'Until when the pre-rotation secret also signs' })),
    metadata: metadataOut,
  },
  'A URL that receives this account’s events, signed per the Standard Webhooks spec.',
  { optional: ['secret'] },
);

const attemptSchema: Schema = {
  type: 'object',
  properties: {
    id: str(),
    object: { type: 'string', const: 'webhook_delivery_attempt' },
    created: int({ description: 'Unix seconds' }),
    status_code: nullable(int({ description: 'HTTP status; null when no answer (timeout, refused)' })),
    duration_ms: int(),
    error: nullable(str()),
    response_body: nullable(str({ description: 'The first 1000 characters of the answer' })),
    manual: bool({ description: 'Sent by a retry request rather than the schedule' }),
  },
};

export const webhookDeliverySchema = resource(
  'WebhookDelivery',
  'webhook_delivery',
  {
    webhook_endpoint: str(),
    event: str({ description: 'The event id, also sent as the `webhook-id` header' }),
    event_type: str(),
    status: str({ enum: ['pending', 'succeeded', 'failed'] }),
    attempt_count: int(),
    last_attempt_at: nullable(int()),
    last_status_code: nullable(int()),
    last_duration_ms: nullable(int()),
    last_error: nullable(str()),
    next_retry_at: nullable(int({ description: 'When a pending delivery is next tried (after earlier events)' })),
    attempts: arrayOf(attemptSchema, { description: 'Every attempt, oldest first (on retrieval only)' }),
  },
  'One event sent to one endpoint: retried with backoff for about 3 days, in event order per endpoint.',
  { optional: ['attempts'] },
);

export const webhookSchemas = [webhookEndpointSchema, webhookDeliverySchema];
