import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';
import { billingKit } from '../scenarios/billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
before(async () => {
  h = await startHarness();
  k = billingKit(h);
});
after(() => h.close());

describe("Stripe's two-step payment methods", () => {
  test('created without a customer, read back, attached with its id, then listed on the customer', async () => {
    const clock = await k.clock('2025-01-01T00:00:00Z');
    const customer = await k.customer(clock, null);
    const draft = await k.ok('POST', '/v1/payment_methods', { type: 'card', card: { token: 'tok_visa' } });
    assert.deepEqual([draft.customer, draft.type, draft.card.last4], [null, 'card', '4242']);
    assert.equal((await k.ok('GET', `/v1/payment_methods/${draft.id}`)).customer, null);
    const attached = await k.ok('POST', `/v1/payment_methods/${draft.id}/attach`, { customer });
    assert.deepEqual([attached.id, attached.customer, attached.is_default], [draft.id, customer, true]);
    assert.equal((await k.ok('GET', `/v1/payment_methods/${draft.id}`)).customer, customer);
    const again = await k.ok('POST', `/v1/payment_methods/${draft.id}/attach`, { customer });
    assert.equal(again.id, draft.id, 'attaching to the same customer again changes nothing');
    const other = await k.customer(clock, null);
    const taken = problem(
      await h.call('POST', `/v1/payment_methods/${draft.id}/attach`, { body: { customer: other } }),
      409,
      'payment_method_attached',
    );
    assert.equal(taken.param, 'customer');
    const listed = await k.ok('GET', `/v1/customers/${customer}/payment_methods`);
    assert.deepEqual(
      listed.data.map((m: { id: string }) => m.id),
      [draft.id],
    );
    assert.deepEqual((await k.ok('GET', `/v1/customers/${other}/payment_methods`)).data, []);
    problem(await h.call('POST', '/v1/payment_methods/pm_missing/attach', { body: { customer } }), 404);
  });

  test('a token is required, and a card number is refused without being echoed', async () => {
    const missing = problem(await h.call('POST', '/v1/payment_methods', { body: { type: 'card' } }), 400);
    assert.deepEqual([missing.code, missing.param], ['parameter_missing', 'token']);
    const raw = await h.call('POST', '/v1/payment_methods', {
      body: 'type=card&card[token]=4242 4242 4242 4242',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(problem(raw, 400, 'raw_card_number').param, 'card[token]');
    assert.ok(!raw.body.includes('4242'));
  });
});

describe('invoice_settings.default_payment_method', () => {
  test("sets, refuses another customer's method, and clears", async () => {
    const clock = await k.clock('2025-01-01T00:00:00Z');
    const customer = await k.customer(clock);
    const second = await k.ok('POST', '/v1/payment_methods', { customer, token: 'tok_visa', set_default: false });
    const set = await k.ok('POST', `/v1/customers/${customer}`, {
      invoice_settings: { default_payment_method: second.id },
    });
    assert.equal(set.invoice_settings.default_payment_method, second.id);
    const methods = (await k.ok('GET', `/v1/customers/${customer}/payment_methods`)).data;
    assert.deepEqual(
      methods.filter((m: { is_default: boolean }) => m.is_default).map((m: { id: string }) => m.id),
      [second.id],
    );
    const stranger = await k.customer(clock);
    const foreign = (await k.ok('GET', `/v1/customers/${stranger}/payment_methods`)).data[0].id;
    const refused = problem(
      await h.call('POST', `/v1/customers/${customer}`, {
        body: { invoice_settings: { default_payment_method: foreign } },
      }),
      400,
      'payment_method_not_attached',
    );
    assert.equal(refused.param, 'invoice_settings.default_payment_method');
    const cleared = await k.ok('POST', `/v1/customers/${customer}`, {
      invoice_settings: { default_payment_method: null },
    });
    assert.equal(cleared.invoice_settings.default_payment_method, null);
  });
});

describe('refunds, credit notes and previews at their Stripe paths', () => {
  test('GET /v1/refunds, /v1/refunds/:id, /v1/credit_notes?customer=, and create_preview', async () => {
    const clock = await k.clock('2025-01-01T00:00:00Z');
    const customer = await k.customer(clock);
    const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(5000) }] });
    const [invoice] = await k.invoices(sub.id);
    const [payment] = (await k.ok('GET', `/v1/payments?invoice=${invoice.id}`)).data;
    const refund = await k.ok('POST', '/v1/refunds', { payment: payment.id, amount: 1500 });
    assert.deepEqual(await k.ok('GET', `/v1/refunds/${refund.id}`), refund);
    const listed = await k.ok('GET', `/v1/refunds?payment=${payment.id}`);
    assert.deepEqual(
      listed.data.map((r: { id: string }) => r.id),
      [refund.id],
    );
    assert.equal(listed.url, '/v1/refunds');
    problem(await h.call('GET', '/v1/refunds/re_missing'), 404, 'resource_missing');

    const notes = await k.ok('GET', `/v1/credit_notes?customer=${customer}`);
    assert.deepEqual(
      notes.data.map((n: { invoice: string; refund_amount: number }) => [n.invoice, n.refund_amount]),
      [[invoice.id, 1500]],
    );
    const other = await k.customer(clock);
    assert.deepEqual((await k.ok('GET', `/v1/credit_notes?customer=${other}`)).data, []);

    const byPost = await k.ok('POST', '/v1/invoices/create_preview', { customer, subscription: sub.id });
    const byGet = await k.ok('GET', `/v1/invoices/upcoming?subscription=${sub.id}`);
    assert.deepEqual([byPost.total, byPost.period_start], [byGet.total, byGet.period_start]);
    assert.equal(byPost.total, 5000);
    const mismatch = problem(
      await h.call('POST', '/v1/invoices/create_preview', { body: { customer: other, subscription: sub.id } }),
      400,
      'preview_customer_mismatch',
    );
    assert.equal(mismatch.param, 'customer');
  });

  test('/v1/test_helpers/test_clocks is the same clock as /v1/test_clocks', async () => {
    const clock = await k.ok('POST', '/v1/test_helpers/test_clocks', { frozen_time: 1735689600 });
    assert.equal(clock.object, 'test_helpers.test_clock');
    assert.deepEqual(await k.ok('GET', `/v1/test_clocks/${clock.id}`), clock);
    await k.ok('POST', `/v1/test_helpers/test_clocks/${clock.id}/advance`, { frozen_time: 1735776000 });
    await h.settle();
    assert.equal((await k.ok('GET', `/v1/test_helpers/test_clocks/${clock.id}`)).frozen_time, 1735776000);
  });
});
