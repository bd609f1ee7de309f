import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Stripe from 'stripe';
import { registerStripeGateway } from '../../src/modules/payments/index.ts';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { FAKE_CUSTOMER, type StripeFake, startStripeFake } from '../helpers/stripe-fake.ts';
import { billingKit } from './billing-kit.ts';

const SECRET = 'whsec_test_tenure';
let h: Harness;
let k: ReturnType<typeof billingKit>;
let fake: StripeFake;
before(async () => {
  fake = await startStripeFake();
  await registerStripeGateway({
    secretKey: 'sk_test_tenure',
    host: fake.host,
    port: fake.port,
    protocol: fake.protocol,
  });
  h = await startHarness({ stripeWebhookSecret: SECRET });
  k = billingKit(h);
});
after(async () => {
  await h.close();
  await fake.close();
});

function signed(type: string, intent: string) {
  const payload = JSON.stringify({
    id: `evt_${type}_${intent}`,
    object: 'event',
    type,
    data: {
      object: {
        id: intent,
        object: 'payment_intent',
        status: type.endsWith('succeeded') ? 'succeeded' : 'requires_payment_method',
      },
    },
  });
  return { payload, header: Stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET }) };
}

test('a SEPA debit through Stripe stays processing until the signed payment_intent.succeeded webhook pays the invoice', async () => {
  const clock = await k.clock('2025-01-01T00:00:00Z');
  const customer = (await k.ok('POST', '/v1/customers', { name: 'Lena', test_clock: clock })).id;
  const pm = await k.ok('POST', '/v1/payment_methods', {
    customer,
    gateway: 'stripe',
    token: `${FAKE_CUSTOMER}|pm_sepa_debit`,
  });
  assert.equal(pm.type, 'sepa_debit');
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(2990) }] });
  const [invoice] = await k.invoices(sub.id);
  const [payment] = (await k.ok('GET', `/v1/payments?invoice=${invoice.id}`)).data;
  assert.equal(payment.status, 'processing');
  const charge = fake.requests.find((r) => r.path === '/v1/payment_intents')!;
  assert.equal(charge.body.amount, '2990');
  assert.equal(charge.headers['idempotency-key'], `${invoice.id}:attempt:1`);

  const bad = await h.app.inject({
    method: 'POST',
    url: `/webhooks/stripe/${h.accountId}`,
    headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=forged' },
    payload: signed('payment_intent.succeeded', payment.gateway_id).payload,
  });
  assert.equal(bad.statusCode, 400);
  assert.equal((await k.ok('GET', `/v1/invoices/${invoice.id}`)).status, 'open');

  const { payload, header } = signed('payment_intent.succeeded', payment.gateway_id);
  for (let i = 0; i < 2; i++) {
    const res = await h.app.inject({
      method: 'POST',
      url: `/webhooks/stripe/${h.accountId}`,
      headers: { 'content-type': 'application/json', 'stripe-signature': header },
      payload,
    });
    assert.equal(res.statusCode, 200, res.body);
  }
  const paid = await k.ok('GET', `/v1/invoices/${invoice.id}`);
  assert.deepEqual([paid.status, paid.amount_paid], ['paid', 2990]);
  assert.equal((await k.events('invoice.paid')).filter((e) => e.data.object.id === invoice.id).length, 1);
});
