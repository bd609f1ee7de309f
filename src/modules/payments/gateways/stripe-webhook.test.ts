import assert from 'node:assert/strict';
import { test } from 'node:test';
import Stripe from 'stripe';
import { verifyStripeWebhook as verifyLazily } from './index.ts';
import { type StripeNotification, verifyStripeWebhook } from './stripe-webhook.ts';

const SECRET = 'whsec_tenureTestSecret0000000000';
const SIGNED_AT = 1_767_225_600; // unix seconds; verification is told it arrived a second later
const ARRIVED_MS = (SIGNED_AT + 1) * 1000;

/** A Stripe event as delivered: envelope plus the object snapshot. */
function eventJson(type: string, object: Record<string, unknown>): string {
  return JSON.stringify({
    id: `evt_${type.replaceAll('.', '_')}`,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: SIGNED_AT,
    data: { object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  });
}

const sign = (payload: string, secret = SECRET, timestamp = SIGNED_AT) =>
  Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });

const intent = (id: string, status: string, last_payment_error: unknown = null) => ({
  id,
  object: 'payment_intent',
  amount: 2990,
  currency: 'brl',
  status,
  last_payment_error,
});
const charge = (id: string, payment_intent: string | null) => ({
  id,
  object: 'charge',
  amount: 2990,
  amount_refunded: 1000,
  currency: 'brl',
  refunded: false,
  payment_intent,
});

test('verifyStripeWebhook: a signed event becomes a notification, or null when Tenure does not act on it', () => {
  const declined = {
    type: 'card_error',
    code: 'card_declined',
    decline_code: 'insufficient_funds',
    message: 'No funds.',
  };
  const expired = { type: 'card_error', code: 'expired_card', message: 'Your card has expired.' };
  const cases: Array<[string, Record<string, unknown>, Omit<StripeNotification, 'eventId'> | null]> = [
    ['payment_intent.succeeded', intent('pi_1', 'succeeded'), { kind: 'payment_succeeded', gatewayPaymentId: 'pi_1' }],
    [
      'payment_intent.payment_failed',
      intent('pi_2', 'requires_payment_method', declined),
      { kind: 'payment_failed', gatewayPaymentId: 'pi_2', declineCode: 'insufficient_funds', message: 'No funds.' },
    ],
    [
      'payment_intent.payment_failed',
      intent('pi_3', 'requires_payment_method', expired),
      {
        kind: 'payment_failed',
        gatewayPaymentId: 'pi_3',
        declineCode: 'expired_card',
        message: 'Your card has expired.',
      },
    ],
    ['payment_intent.payment_failed', intent('pi_4', 'canceled'), { kind: 'payment_failed', gatewayPaymentId: 'pi_4' }],
    ['charge.refunded', charge('ch_5', 'pi_5'), { kind: 'refund_succeeded', gatewayPaymentId: 'pi_5' }],
    ['charge.refunded', charge('ch_6', null), null], // a bare charge, not made through a PaymentIntent
    ['payment_intent.processing', intent('pi_7', 'processing'), null],
    ['customer.created', { id: 'cus_8', object: 'customer' }, null],
  ];
  for (const [type, object, expected] of cases) {
    const payload = eventJson(type, object);
    const notification = verifyStripeWebhook(payload, sign(payload), SECRET, ARRIVED_MS);
    const eventId = `evt_${type.replaceAll('.', '_')}`;
    assert.deepEqual(notification, expected && { ...expected, eventId }, `${type} ${object.id}`);
    // The raw body may arrive as a Buffer (express.raw, fastify's buffer parser): same answer.
    assert.deepEqual(verifyStripeWebhook(Buffer.from(payload), sign(payload), SECRET, ARRIVED_MS), notification);
  }
});

test('verifyStripeWebhook: forged, tampered or stale deliveries throw', () => {
  const payload = eventJson('payment_intent.succeeded', intent('pi_1', 'succeeded'));
  const tampered = payload.replace('"pi_1"', '"pi_2"');
  const cases: Array<[string, string, string, string, number]> = [
    ['tampered body', tampered, sign(payload), SECRET, ARRIVED_MS],
    ['re-serialized body', JSON.stringify(JSON.parse(payload), null, 2), sign(payload), SECRET, ARRIVED_MS],
    ['signed with another secret', payload, sign(payload, 'whsec_someoneElse'), SECRET, ARRIVED_MS],
    ['checked with another secret', payload, sign(payload), 'whsec_someoneElse', ARRIVED_MS],
    ['older than the 5-minute tolerance', payload, sign(payload), SECRET, (SIGNED_AT + 301) * 1000],
    ['no signature header', payload, '', SECRET, ARRIVED_MS],
    ['garbage header', payload, 't=abc,v1=def', SECRET, ARRIVED_MS],
  ];
  for (const [name, body, header, secret, arrivedMs] of cases) {
    assert.throws(
      () => verifyStripeWebhook(body, header, secret, arrivedMs),
      { code: 'invalid_webhook_signature', kind: 'invalid_request' },
      name,
    );
  }
});

test('index.ts verifyStripeWebhook loads the SDK lazily and checks against wall time', async () => {
  const payload = eventJson('payment_intent.succeeded', intent('pi_1', 'succeeded'));
  const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET }); // signed now
  assert.deepEqual(await verifyLazily(payload, header, SECRET), {
    kind: 'payment_succeeded',
    gatewayPaymentId: 'pi_1',
    eventId: 'evt_payment_intent_succeeded',
  });
  await assert.rejects(verifyLazily(payload, sign(payload), SECRET), { code: 'invalid_webhook_signature' });
});
