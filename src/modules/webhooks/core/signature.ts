import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { Temporal } from 'temporal-polyfill';

export type EndpointSecrets = {
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Temporal.Instant | null;
};

/** The secrets that sign at `at`: the current one, plus the previous one until its rotation overlap ends. */
export function activeSecrets(secrets: EndpointSecrets, at: Temporal.Instant): string[] {
  const { previousSecret, previousSecretExpiresAt: expires } = secrets;
  const previousValid = previousSecret && expires && isBefore(at, expires);
  return previousValid ? [secrets.secret, previousSecret] : [secrets.secret];
}

function isBefore(a: Temporal.Instant, b: Temporal.Instant): boolean {
  return a.epochMilliseconds < b.epochMilliseconds;
}

/**
 * The Standard Webhooks headers for one message: `webhook-id` is the event id (receivers dedupe on it across
 * retries) and `webhook-signature` holds one `v1,<base64>` per active secret, space-separated, so a receiver with
 * either secret verifies during a rotation.
 */
export function signedHeaders(
  secrets: readonly string[],
  messageId: string,
  at: Temporal.Instant,
  body: string,
): Record<string, string> {
  const timestamp = new Date(at.epochMilliseconds);
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.epochMilliseconds / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(messageId, timestamp, body)).join(' '),
  };
}

export type SignatureScheme = 'standard_webhooks' | 'stripe';

/**
 * Stripe's `Stripe-Signature: t=<unix>,v1=<hex>[,v1=<hex>]` for one body: HMAC-SHA256 of `<t>.<body>` keyed with
 * the whole secret string (Stripe's SDKs verify it so), one `v1` per active secret during a rotation.
 */
export function stripeSignedHeaders(
  secrets: readonly string[],
  at: Temporal.Instant,
  body: string,
): Record<string, string> {
  const t = Math.floor(at.epochMilliseconds / 1000);
  const signatures = secrets.map((secret) => `v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`);
  return { 'stripe-signature': [`t=${t}`, ...signatures].join(',') };
}

/** The headers of a delivery under the endpoint's scheme. */
export function headersFor(
  scheme: SignatureScheme,
  secrets: readonly string[],
  messageId: string,
  at: Temporal.Instant,
  body: string,
): Record<string, string> {
  return scheme === 'stripe' ? stripeSignedHeaders(secrets, at, body) : signedHeaders(secrets, messageId, at, body);
}
