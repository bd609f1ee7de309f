/**
 * Incoming Stripe webhooks: verified with the SDK, then narrowed to the few facts collection needs. Stripe delivers
 * at least once and also announces outcomes `charge` already returned, so receivers dedupe on `eventId` and treat a
 * notification for a payment they already settled as a no-op.
 */
import Stripe from 'stripe';
import { wallMs } from '../../../kernel/clock.ts';
import { invalid } from '../../../kernel/errors.ts';

export type StripeNotification = {
  kind: 'payment_succeeded' | 'payment_failed' | 'refund_succeeded';
  /** The PaymentIntent id: what `charge` returned as `gatewayId` and `refund` takes as `gatewayPaymentId`. */
  gatewayPaymentId: string;
  /** Stripe's event id (`evt_…`), the same on every redelivery. */
  eventId: string;
  declineCode?: string;
  message?: string;
};

/**
 * Verifies the `Stripe-Signature` header over the raw body (never a re-serialized JSON: one byte off and the
 * signature fails) and returns the notification, or null for event types Tenure does not act on. A forged,
 * tampered or older-than-5-minutes delivery throws invalid_webhook_signature (HTTP 400).
 * `receivedAtMs` is wall time: signature freshness is about transport, never a test clock's business time.
 */
export function verifyStripeWebhook(
  payload: string | Buffer,
  signatureHeader: string,
  secret: string,
  receivedAtMs: number = wallMs(),
): StripeNotification | null {
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(payload, signatureHeader, secret, undefined, undefined, receivedAtMs);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError) {
      throw invalid('invalid_webhook_signature', error.message, 'stripe-signature');
    }
    throw error;
  }
  return translate(event);
}

function translate(event: Stripe.Event): StripeNotification | null {
  switch (event.type) {
    case 'payment_intent.succeeded':
      // Also how an asynchronous method (SEPA debit, boleto, PIX) that charged as `processing` finally settles.
      return { kind: 'payment_succeeded', gatewayPaymentId: event.data.object.id, eventId: event.id };
    case 'payment_intent.payment_failed': {
      const error = event.data.object.last_payment_error;
      const declineCode = error?.decline_code ?? error?.code;
      return {
        kind: 'payment_failed',
        gatewayPaymentId: event.data.object.id,
        eventId: event.id,
        ...(declineCode ? { declineCode } : {}),
        ...(error?.message ? { message: error.message } : {}),
      };
    }
    case 'charge.refunded': {
      // Sent for partial refunds too; a charge made outside PaymentIntents has no intent and is not Tenure's.
      const intent = event.data.object.payment_intent;
      if (!intent) return null;
      const gatewayPaymentId = typeof intent === 'string' ? intent : intent.id;
      return { kind: 'refund_succeeded', gatewayPaymentId, eventId: event.id };
    }
    default:
      return null;
  }
}
