import type { webhookDeliveries, webhookDeliveryAttempts, webhookEndpoints } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';

export type EndpointRow = typeof webhookEndpoints.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type AttemptRow = typeof webhookDeliveryAttempts.$inferSelect;

const unixOrNull = (at: Date | null) => (at ? toUnix(at) : null);

/** The secret is never part of this (events carry it to other endpoints); create and rotation add it. */
export function presentEndpoint(row: EndpointRow) {
  return {
    id: row.id,
    object: 'webhook_endpoint' as const,
    created: toUnix(row.created),
    url: row.url,
    description: row.description,
    enabled_events: row.enabledEvents,
    status: row.status,
    signature_scheme: row.signatureScheme,
    previous_secret_expires_at: row.previousSecret ? unixOrNull(row.previousSecretExpiresAt) : null,
    metadata: row.metadata,
  };
}

export function presentDelivery(row: DeliveryRow) {
  return {
    id: row.id,
    object: 'webhook_delivery' as const,
    created: toUnix(row.created),
    webhook_endpoint: row.endpointId,
    event: row.eventId,
    event_type: row.eventType,
    status: row.status,
    attempt_count: row.attempts,
    last_attempt_at: unixOrNull(row.lastAttemptAt),
    last_status_code: row.lastStatusCode,
    last_duration_ms: row.lastDurationMs,
    last_error: row.lastError,
    next_retry_at: row.status === 'pending' ? unixOrNull(row.nextAttemptAt) : null,
  };
}

export function presentAttempt(row: AttemptRow) {
  return {
    id: row.id,
    object: 'webhook_delivery_attempt' as const,
    created: toUnix(row.created),
    status_code: row.statusCode,
    duration_ms: row.durationMs,
    error: row.error,
    response_body: row.responseBody,
    manual: row.manual,
  };
}

export type WebhookEndpoint = ReturnType<typeof presentEndpoint>;
export type WebhookDelivery = ReturnType<typeof presentDelivery>;
