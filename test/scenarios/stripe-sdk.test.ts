import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Stripe from 'stripe';
import { type Harness, startHarness } from '../helpers/harness.ts';

// Issue #20's acceptance: an ordinary integration written against Stripe's official SDK, pointed at Tenure by
// changing only the host. Every call below goes over HTTP in Stripe's wire format (form bodies, bracket notation).
let h: Harness;
let stripe: Stripe;
const T0 = 1735689600; // 2025-01-01T00:00:00Z
const DAY = 86400;

before(async () => {
  h = await startHarness();
  await h.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = h.app.server.address() as { port: number };
  stripe = new Stripe(h.key, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0 });
});
after(() => h.close());

async function raises(call: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await call;
  } catch (error) {
    return error as Stripe.errors.StripeError;
  }
  throw new Error('expected the SDK to raise');
}

test('customers: create, retrieve, update, list with auto-pagination, delete', async () => {
  const created = await stripe.customers.create({ name: 'Ana', email: 'ana@example.com', metadata: { plan: 'gold' } });
  assert.match(created.id, /^cus_/);
  assert.equal((await stripe.customers.retrieve(created.id)).id, created.id);
  const updated = await stripe.customers.update(created.id, { description: 'VIP', metadata: { plan: '' } });
  assert.equal(updated.description, 'VIP');
  assert.deepEqual(updated.metadata, {});
  const ids = [created.id];
  for (let i = 0; i < 4; i++) ids.push((await stripe.customers.create({ name: `C${i}` })).id);
  const listed = await stripe.customers.list({ limit: 2 }).autoPagingToArray({ limit: 100 });
  assert.deepEqual(listed.map((c) => c.id).sort(), [...ids].sort());
  const found = await stripe.customers.search({ query: "email:'ana@example.com' AND metadata['plan']:null" });
  assert.deepEqual(
    found.data.map((c) => c.id),
    [created.id],
  );
  const gone = await stripe.customers.del(ids.pop()!);
  assert.equal(gone.deleted, true);
  const error = await raises(stripe.customers.retrieve(gone.id));
  assert.equal(error.statusCode, 404);
});

test('errors raise StripeInvalidRequestError with statusCode, code and param', async () => {
  const missing = await raises(stripe.customers.retrieve('cus_missing'));
  assert.ok(missing instanceof Stripe.errors.StripeInvalidRequestError);
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.code, 'resource_missing');
  assert.equal(missing.param, 'id');
  const invalid = await raises(stripe.prices.create({ currency: 'usd', unit_amount: -5, product: 'prod_x' }));
  assert.ok(invalid instanceof Stripe.errors.StripeInvalidRequestError);
  assert.equal(invalid.statusCode, 400);
  assert.equal(invalid.code, 'parameter_invalid');
  assert.equal(invalid.param, 'unit_amount');
  const unauthenticated = new Stripe('sk_wrong_wrong_wrong_wrong', {
    host: '127.0.0.1',
    port: (h.app.server.address() as { port: number }).port,
    protocol: 'http',
    maxNetworkRetries: 0,
  });
  assert.ok((await raises(unauthenticated.customers.list())) instanceof Stripe.errors.StripeAuthenticationError);
});

test('an idempotency key replays the first result; another request under it is an idempotency_error', async () => {
  const first = await stripe.customers.create({ name: 'Once' }, { idempotencyKey: 'sdk-key-1' });
  const again = await stripe.customers.create({ name: 'Once' }, { idempotencyKey: 'sdk-key-1' });
  assert.equal(again.id, first.id);
  assert.equal(again.lastResponse.headers['idempotent-replayed'], 'true');
  const reused = await raises(stripe.customers.create({ name: 'Twice' }, { idempotencyKey: 'sdk-key-1' }));
  assert.equal(reused.rawType, 'idempotency_error');
  assert.equal(reused.code, 'idempotency_key_reused');
});

test('a subscription on a test clock: card attached, created, expanded, changed with proration, renewed, previewed, canceled', async () => {
  const product = await stripe.products.create({ name: 'IPTV', metadata: { kind: 'plan' } });
  const monthly = await stripe.prices.create({
    product: product.id,
    currency: 'usd',
    unit_amount: 1000,
    recurring: { interval: 'month' },
  });
  const tiered = await stripe.prices.create({
    product: product.id,
    currency: 'usd',
    recurring: { interval: 'month' },
    billing_scheme: 'tiered',
    tiers_mode: 'graduated',
    tiers: [
      { up_to: 1, unit_amount: 2000 },
      { up_to: 'inf', unit_amount: 1500 },
    ],
  });
  // Sent as 'inf', the open last tier comes back as Stripe answers it: up_to null.
  assert.deepEqual(
    tiered.tiers?.map((t) => [t.up_to, t.unit_amount, t.flat_amount]),
    [
      [1, 2000, null],
      [null, 1500, null],
    ],
  );

  const clock = await stripe.testHelpers.testClocks.create({ frozen_time: T0, name: 'sdk' });
  assert.equal(clock.status, 'ready');
  const customer = await stripe.customers.create({ name: 'Bea', email: 'bea@example.com', test_clock: clock.id });

  const method = await stripe.paymentMethods.create({ type: 'card', card: { token: 'tok_visa' } });
  assert.equal(method.customer, null);
  const attached = await stripe.paymentMethods.attach(method.id, { customer: customer.id });
  assert.equal(attached.id, method.id);
  assert.equal(attached.customer, customer.id);
  const methods = await stripe.customers.listPaymentMethods(customer.id);
  assert.deepEqual(
    methods.data.map((m) => m.id),
    [method.id],
  );
  const withDefault = await stripe.customers.update(customer.id, {
    invoice_settings: { default_payment_method: method.id },
  });
  assert.equal(withDefault.invoice_settings.default_payment_method, method.id);

  const sub = await stripe.subscriptions.create({
    customer: customer.id,
    items: [{ price: monthly.id }],
    default_payment_method: method.id,
    metadata: { source: 'sdk' },
  });
  assert.equal(sub.status, 'active');
  const expanded = await stripe.subscriptions.retrieve(sub.id, { expand: ['customer'] });
  assert.equal((expanded.customer as Stripe.Customer).email, 'bea@example.com');

  // Half-way through January: switch to the tiered price, prorated.
  await stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: T0 + 15 * DAY });
  await h.settle();
  const changed = await stripe.subscriptions.update(sub.id, {
    items: [{ id: sub.items.data[0]!.id, price: tiered.id }],
    proration_behavior: 'create_prorations',
  });
  assert.equal(changed.items.data[0]!.price.id, tiered.id);

  const preview = await stripe.invoices.createPreview({ subscription: sub.id });
  const previewTotal = preview.total;
  assert.ok(
    preview.lines.data.some((line) => line.amount < 0),
    'the unused January time on the old price is credited',
  );

  // The February renewal: the new price, and the January proration, on one invoice.
  await stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: T0 + 32 * DAY });
  await h.settle();
  assert.equal((await stripe.testHelpers.testClocks.retrieve(clock.id)).status, 'ready');
  const invoices = await stripe.invoices.list({ customer: customer.id });
  assert.equal(invoices.data.length, 2);
  const renewal = await stripe.invoices.retrieve(invoices.data[0]!.id);
  assert.equal(renewal.total, previewTotal, 'the preview showed what the renewal billed');
  assert.equal(renewal.status, 'paid');

  const afterChange = await stripe.invoices.createPreview({
    subscription: sub.id,
    subscription_details: { items: [{ id: sub.items.data[0]!.id, price: monthly.id }], proration_behavior: 'none' },
  });
  assert.equal(afterChange.total, 1000);

  const searched = await stripe.subscriptions.search({ query: `status:'active' AND metadata['source']:'sdk'` });
  assert.deepEqual(
    searched.data.map((s) => s.id),
    [sub.id],
  );
  const canceled = await stripe.subscriptions.cancel(sub.id);
  assert.equal(canceled.status, 'canceled');
  const all = await stripe.subscriptions.list({ customer: customer.id, status: 'all' });
  assert.deepEqual(
    all.data.map((s) => [s.id, s.status]),
    [[sub.id, 'canceled']],
  );
});
