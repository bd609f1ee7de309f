import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Stripe from 'stripe';
import { FakeClock } from '../../src/kernel/clock.ts';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { type Receiver, startReceiver } from '../helpers/webhook-receiver.ts';

const clock = new FakeClock('2026-03-01T00:00:00Z');
let h: Harness;
let rx: Receiver;
const stripe = new Stripe('sk_unused_for_webhooks');

before(async () => {
  h = await startHarness({ clock });
  rx = await startReceiver(
    () => 200,
    () => clock.now().epochMilliseconds,
  );
});
after(async () => {
  await rx.close();
  await h.close();
});

const ok = async (method: 'GET' | 'POST', url: string, body?: unknown) => {
  const reply = await h.call(method, url, body === undefined ? {} : { body });
  assert.equal(reply.statusCode, 200, reply.body);
  return reply.json();
};
// Verified at the fake clock's time (receivedAt is in milliseconds), within Stripe's default 300 s tolerance.
const verify = (body: string, header: string, secret: string) =>
  stripe.webhooks.constructEvent(body, header, secret, 300, undefined, clock.now().epochMilliseconds);

test('a stripe-scheme endpoint: Stripe-Signature verified by stripe.webhooks.constructEvent, Stripe event shape', async () => {
  const endpoint = await ok('POST', '/v1/webhook_endpoints', {
    url: rx.url,
    enabled_events: ['customer.*'],
    signature_scheme: 'stripe',
  });
  assert.equal(endpoint.signature_scheme, 'stripe');
  const customer = await ok('POST', '/v1/customers', { name: 'Ana', metadata: { plan: 'gold' } });
  await h.settle();
  assert.equal(rx.received.length, 1);
  const [request] = rx.received;
  assert.equal(request!.headers['webhook-signature'], undefined, 'no Standard Webhooks headers on this scheme');
  const event = verify(request!.body, request!.headers['stripe-signature']!, endpoint.secret);
  assert.equal(event.type, 'customer.created');
  assert.equal((event.data.object as Stripe.Customer).id, customer.id);
  assert.deepEqual([event.object, event.livemode, event.id], ['event', false, request!.event.id]);
  assert.equal(event.created, (await ok('GET', `/v1/events/${event.id}`)).created);

  const tampered = request!.body.replace('"Ana"', '"Eve"');
  assert.notEqual(tampered, request!.body);
  assert.throws(
    () => verify(tampered, request!.headers['stripe-signature']!, endpoint.secret),
    Stripe.errors.StripeSignatureVerificationError,
  );
  assert.throws(
    () => verify(request!.body, request!.headers['stripe-signature']!, 'whsec_another_secret'),
    Stripe.errors.StripeSignatureVerificationError,
  );
});

test('during a rotation both secrets verify; switching the scheme back gives Standard Webhooks headers', async () => {
  const endpoint = await ok('POST', '/v1/webhook_endpoints', {
    url: rx.url,
    enabled_events: ['product.*'],
    signature_scheme: 'stripe',
  });
  const rotated = await ok('POST', `/v1/webhook_endpoints/${endpoint.id}/rotate_secret`, {});
  const before = rx.received.length;
  await ok('POST', '/v1/products', { name: 'Gold' });
  await h.settle();
  const request = rx.received[before]!;
  assert.equal(request.event.type, 'product.created');
  for (const secret of [endpoint.secret, rotated.secret]) {
    assert.equal(verify(request.body, request.headers['stripe-signature']!, secret).type, 'product.created');
  }
  const back = await ok('POST', `/v1/webhook_endpoints/${endpoint.id}`, { signature_scheme: 'standard_webhooks' });
  assert.equal(back.signature_scheme, 'standard_webhooks');
  await ok('POST', '/v1/products', { name: 'Silver' });
  await h.settle();
  const last = rx.received.at(-1)!;
  assert.equal(last.event.type, 'product.created');
  assert.equal(last.headers['stripe-signature'], undefined);
  assert.match(last.headers['webhook-signature']!, /^v1,/);
});
