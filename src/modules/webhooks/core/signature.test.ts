import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mock, test } from 'node:test';
import { Webhook } from 'standardwebhooks';
import Stripe from 'stripe';
import { Temporal } from 'temporal-polyfill';
import { activeSecrets, headersFor, signedHeaders, stripeSignedHeaders } from './signature.ts';

const secret = () => `whsec_${randomBytes(24).toString('base64')}`;
const T0 = Temporal.Instant.from('2026-03-01T12:00:00Z');

test('the previous secret signs only until its overlap expires', () => {
  const [current, previous] = [secret(), secret()];
  const expires = T0.add({ hours: 1 });
  const cases: [string | null, Temporal.Instant | null, Temporal.Instant, string[]][] = [
    [null, null, T0, [current]],
    [previous, expires, T0, [current, previous]],
    [previous, expires, expires.subtract({ milliseconds: 1 }), [current, previous]],
    [previous, expires, expires, [current]],
    [previous, expires, expires.add({ hours: 5 }), [current]],
  ];
  for (const [prev, until, at, expected] of cases)
    assert.deepEqual(
      activeSecrets({ secret: current, previousSecret: prev, previousSecretExpiresAt: until }, at),
      expected,
    );
});

test('headers verify with the standardwebhooks library under every active secret, and only as sent', () => {
  const [a, b] = [secret(), secret()];
  const body = JSON.stringify({ id: 'evt_1', type: 'customer.created' });
  const headers = signedHeaders([a, b], 'evt_1', T0, body);
  assert.equal(headers['webhook-id'], 'evt_1');
  assert.equal(headers['webhook-timestamp'], String(T0.epochMilliseconds / 1000));
  assert.match(headers['webhook-signature']!, /^v1,[A-Za-z0-9+/=]{44} v1,[A-Za-z0-9+/=]{44}$/);
  mock.timers.enable({ apis: ['Date'], now: T0.epochMilliseconds });
  try {
    for (const key of [a, b]) assert.deepEqual(new Webhook(key).verify(body, headers), JSON.parse(body));
    assert.throws(() => new Webhook(secret()).verify(body, headers), /No matching signature/);
    assert.throws(() => new Webhook(a).verify(body.replace('created', 'deleted'), headers), /No matching signature/);
    assert.throws(() => new Webhook(a).verify(body, { ...headers, 'webhook-id': 'evt_2' }), /No matching/);
    mock.timers.setTime(T0.add({ minutes: 6 }).epochMilliseconds);
    assert.throws(() => new Webhook(a).verify(body, headers), /too old/);
  } finally {
    mock.timers.reset();
  }
});

test("Stripe-Signature verifies with Stripe's SDK under every active secret, only as sent and only while fresh", () => {
  const [a, b] = [secret(), secret()];
  const body = JSON.stringify({ id: 'evt_1', object: 'event', type: 'customer.created' });
  const header = stripeSignedHeaders([a, b], T0, body)['stripe-signature']!;
  const t = T0.epochMilliseconds / 1000;
  assert.match(header, new RegExp(`^t=${t},v1=[0-9a-f]{64},v1=[0-9a-f]{64}$`));
  const webhooks = new Stripe('sk_unused').webhooks;
  // receivedAt is in milliseconds.
  const verify = (payload: string, key: string, receivedAt = T0.epochMilliseconds) =>
    webhooks.constructEvent(payload, header, key, 300, undefined, receivedAt);
  for (const key of [a, b]) assert.equal(verify(body, key).id, 'evt_1');
  assert.throws(() => verify(body, secret()), /No signatures found matching/);
  assert.throws(() => verify(body.replace('created', 'deleted'), a), /No signatures found matching/);
  assert.throws(() => verify(body, a, T0.epochMilliseconds + 301_000), /Timestamp outside the tolerance zone/);
  assert.deepEqual(headersFor('stripe', [a], 'evt_1', T0, body), stripeSignedHeaders([a], T0, body));
  assert.deepEqual(headersFor('standard_webhooks', [a], 'evt_1', T0, body), signedHeaders([a], 'evt_1', T0, body));
});
