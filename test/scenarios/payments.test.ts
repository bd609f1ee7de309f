import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chargeFaults } from '../../src/flows/collection/index.ts';
import { SandboxGateway } from '../../src/modules/payments/index.ts';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';
import { billingKit } from './billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
before(async () => {
  h = await startHarness();
  k = billingKit(h);
});
after(() => h.close());

const paymentsOf = async (invoice: string) =>
  [...(await k.ok('GET', `/v1/payments?invoice=${invoice}&limit=100`)).data].reverse();

test('account credit $20, then a $100 invoice: amount due $80, charged $80, the ledger shows both', async () => {
  const clock = await k.clock('2025-01-01T00:00:00Z');
  const customer = await k.customer(clock);
  await k.ok('POST', `/v1/customers/${customer}/balance_transactions`, {
    amount: -2000,
    currency: 'usd',
    description: 'Goodwill',
  });
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(10000) }] });
  const [invoice] = await k.invoices(sub.id);
  assert.deepEqual(
    [invoice.total, invoice.starting_balance, invoice.amount_due, invoice.status],
    [10000, -2000, 8000, 'paid'],
  );
  assert.deepEqual(
    (await paymentsOf(invoice.id)).map((p: any) => p.amount),
    [8000],
  );
  const ledger = (await k.ok('GET', `/v1/customers/${customer}/balance_transactions`)).data;
  assert.deepEqual(
    ledger.map((t: any) => [t.type, t.amount, t.ending_balance]),
    [
      ['applied_to_invoice', 2000, 0],
      ['adjustment', -2000, -2000],
    ],
  );
});

test('a credit note of $10 on a paid $100 invoice puts $10 in the customer balance; a refund goes back through the gateway', async () => {
  const clock = await k.clock('2025-01-01T00:00:00Z');
  const customer = await k.customer(clock);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(10000) }] });
  const [invoice] = await k.invoices(sub.id);
  assert.equal(invoice.status, 'paid');
  const note = await k.ok('POST', '/v1/credit_notes', { invoice: invoice.id, amount: 1000, reason: 'service_outage' });
  assert.deepEqual([note.credit_amount, note.refund_amount, note.status], [1000, 0, 'issued']);
  assert.equal((await k.ok('GET', `/v1/customers/${customer}`)).balance, -1000);
  const [payment] = await paymentsOf(invoice.id);
  const refund = await k.ok('POST', '/v1/refunds', { payment: payment.id, amount: 2500 });
  assert.equal(refund.status, 'succeeded');
  assert.equal((await k.ok('GET', `/v1/payments/${payment.id}`)).amount_refunded, 2500);
  const notes = (await k.ok('GET', `/v1/credit_notes?invoice=${invoice.id}`)).data;
  assert.deepEqual(
    notes.map((n: any) => n.refund_amount),
    [2500, 0],
  );
  const tooMuch = problem(
    await h.call('POST', '/v1/credit_notes', { body: { invoice: invoice.id, amount: 10000 } }),
    400,
    'credit_note_too_large',
  );
  assert.equal(tooMuch.param, 'amount');
  // Voiding the balance credit takes it back.
  await k.ok('POST', `/v1/credit_notes/${note.id}/void`, {});
  assert.equal((await k.ok('GET', `/v1/customers/${customer}`)).balance, 0);
});

test('upgrade mid-period with always_invoice charges the net proration at once; a downgrade credit lands in the balance, not as a refund', async () => {
  const clock = await k.clock('2025-04-01T00:00:00Z');
  const customer = await k.customer(clock);
  const cheap = await k.monthly(1000);
  const dear = await k.monthly(2000);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: cheap }] });
  await k.advance(clock, '2025-04-16T00:00:00Z');
  const item = sub.items.data[0].id;
  await k.ok('POST', `/v1/subscriptions/${sub.id}`, {
    items: [{ id: item, price: dear }],
    proration_behavior: 'always_invoice',
  });
  const upgrade = (await k.invoices(sub.id)).at(-1);
  assert.deepEqual([upgrade.total, upgrade.status], [500, 'paid']);
  assert.deepEqual(
    (await paymentsOf(upgrade.id)).map((p: any) => [p.amount, p.status]),
    [[500, 'succeeded']],
  );
  await k.ok('POST', `/v1/subscriptions/${sub.id}`, {
    items: [{ id: item, price: cheap }],
    proration_behavior: 'always_invoice',
  });
  const downgrade = (await k.invoices(sub.id)).at(-1);
  assert.deepEqual([downgrade.total, downgrade.amount_due, downgrade.status], [-500, 0, 'paid']);
  assert.equal((await k.ok('GET', `/v1/customers/${customer}`)).balance, -500);
  assert.equal((await paymentsOf(downgrade.id)).length, 0, 'no refund, no charge');
  assert.equal(
    (await k.ok('GET', '/v1/credit_notes?limit=100')).data.filter((n: any) => n.invoice === downgrade.id).length,
    0,
  );
});

test('a PIX payment stays processing until its settlement notification pays the invoice; a duplicate notification changes nothing', async () => {
  const clock = await k.clock('2025-02-01T00:00:00Z');
  const customer = await k.customer(clock, 'tok_pix');
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(4990) }] });
  const [invoice] = await k.invoices(sub.id);
  assert.equal(invoice.status, 'open');
  const [payment] = await paymentsOf(invoice.id);
  assert.equal(payment.status, 'processing');
  await k.advance(clock, '2025-02-05T00:00:00Z');
  assert.equal((await paymentsOf(invoice.id)).length, 1, 'no retry while the payment is processing');
  const settled = await k.ok('POST', '/v1/gateways/sandbox/notifications', {
    payment: payment.gateway_id,
    status: 'succeeded',
  });
  assert.equal(settled.status, 'succeeded');
  const paid = await k.ok('GET', `/v1/invoices/${invoice.id}`);
  assert.deepEqual([paid.status, paid.amount_paid], ['paid', 4990]);
  const events = async () => (await k.events('invoice.paid')).filter((e) => e.data.object.id === invoice.id).length;
  assert.equal(await events(), 1);
  await k.ok('POST', '/v1/gateways/sandbox/notifications', { payment: payment.gateway_id, status: 'failed' });
  assert.equal((await k.ok('GET', `/v1/invoices/${invoice.id}`)).status, 'paid');
  assert.equal((await k.ok('GET', `/v1/payments/${payment.id}`)).status, 'succeeded');
  assert.equal(await events(), 1);
});

test('a crash between the gateway charge and recording it never charges twice: the retry replays the idempotency key', async () => {
  const clock = await k.clock('2025-03-01T00:00:00Z');
  const customer = await k.customer(clock);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(1500) }] });
  const charged = SandboxGateway.charged;
  const calls = SandboxGateway.chargeCalls;
  let crashes = 0;
  chargeFaults.afterCharge = () => {
    crashes++;
    chargeFaults.afterCharge = null;
    throw new Error('simulated crash after the gateway answered');
  };
  // The renewal's charge crashes once: the whole step rolls back and the clock reports the failure...
  await k.ok('POST', `/v1/test_clocks/${clock}/advance`, { frozen_time: Date.parse('2025-04-01T02:00:00Z') / 1000 });
  await h.settle().catch(() => undefined);
  assert.equal(crashes, 1);
  // ...and the same attempt, run again, replays the key at the gateway instead of charging again.
  const renewal = (await k.invoices(sub.id)).at(-1);
  await k.ok('POST', `/v1/invoices/${renewal.id}/pay`, {});
  const after = await k.ok('GET', `/v1/invoices/${renewal.id}`);
  assert.equal(after.status, 'paid');
  assert.equal(SandboxGateway.chargeCalls - calls, 2, 'the gateway was asked twice');
  assert.equal(SandboxGateway.charged - charged, 1, 'but charged once');
  assert.deepEqual(
    (await paymentsOf(renewal.id)).map((p: any) => p.status),
    ['succeeded'],
  );
});

test('payment_method.card_expiring 30 days before the card expires; a card number is refused without being echoed', async () => {
  const clock = await k.clock('2025-01-01T00:00:00Z');
  const customer = await k.customer(clock, 'tok_visa_exp_2025_6');
  const [card] = (await k.ok('GET', `/v1/payment_methods?customer=${customer}`)).data;
  assert.deepEqual([card.card.exp_month, card.card.exp_year, card.card.last4], [6, 2025, '4242']);
  const expiring = async () =>
    (await k.events('payment_method.card_expiring')).filter((e) => e.data.object.id === card.id);
  await k.advance(clock, '2025-05-31T00:00:00Z');
  assert.equal((await expiring()).length, 0);
  await k.advance(clock, '2025-06-02T00:00:00Z');
  const [notice] = await expiring();
  assert.equal(new Date(notice.created * 1000).toISOString().slice(0, 10), '2025-06-01');
  const raw = await h.call('POST', '/v1/payment_methods', { body: { customer, token: '4242 4242 4242 4242' } });
  const body = problem(raw, 400, 'raw_card_number');
  assert.equal(body.param, 'token');
  assert.ok(!raw.body.includes('4242 4242'), 'the number is not echoed back');
});

test('send_invoice: due in N days, paid by the customer through the payment link (no API key), once', async () => {
  const clock = await k.clock('2025-01-01T00:00:00Z');
  const customer = await k.customer(clock, null);
  const sub = await k.ok('POST', '/v1/subscriptions', {
    customer,
    items: [{ price: await k.monthly(2500) }],
    collection_method: 'send_invoice',
    days_until_due: 14,
  });
  const [invoice] = await k.invoices(sub.id);
  assert.equal(invoice.status, 'open');
  assert.equal(new Date(invoice.due_date * 1000).toISOString().slice(0, 10), '2025-01-15');
  const link = invoice.hosted_invoice_url as string;
  assert.match(link, /^\/pay\/inv_link_/);
  const page = await h.call('GET', link, { key: '' });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Amount due: <strong>25\.00 USD/);
  const declined = await h.call('POST', link, { key: '', body: { token: 'tok_chargeDeclined' } });
  assert.equal(declined.json().status, 'failed');
  const form = await h.app.inject({
    method: 'POST',
    url: link,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: 'token=tok_visa',
  });
  assert.equal(form.json().status, 'succeeded');
  const again = await h.call('POST', link, { key: '', body: { token: 'tok_visa' } });
  assert.equal(again.statusCode, 409, 'a paid invoice takes no second payment');
  const paid = await k.ok('GET', `/v1/invoices/${invoice.id}`);
  assert.deepEqual([paid.status, paid.amount_paid, paid.hosted_invoice_url], ['paid', 2500, null]);
  assert.deepEqual(
    (await paymentsOf(invoice.id)).map((p: any) => p.status),
    ['failed', 'succeeded'],
  );
  assert.equal((await h.call('GET', '/pay/inv_link_nope', { key: '' })).statusCode, 404);
});

test('partial and out-of-band payments: part now, the rest later; each is a payment', async () => {
  const clock = await k.clock('2025-01-01T00:00:00Z');
  const customer = await k.customer(clock, null);
  await k.ok('POST', '/v1/invoiceitems', { customer, amount: 10000, currency: 'usd', description: 'Installation' });
  const draft = await k.ok('POST', '/v1/invoices', { customer, currency: 'usd', collection_method: 'send_invoice' });
  const part = await k.ok('POST', `/v1/invoices/${draft.id}/pay`, { paid_out_of_band: true, amount: 4000 });
  assert.deepEqual([part.status, part.amount_paid, part.amount_remaining], ['open', 4000, 6000]);
  const rest = await k.ok('POST', `/v1/invoices/${draft.id}/pay`, { paid_out_of_band: true });
  assert.deepEqual([rest.status, rest.amount_paid], ['paid', 10000]);
  assert.deepEqual(
    (await paymentsOf(draft.id)).map((p: any) => [p.amount, p.out_of_band]),
    [
      [4000, true],
      [6000, true],
    ],
  );
});

test('a one-off invoice item lands on the next subscription invoice', async () => {
  const clock = await k.clock('2025-01-01T00:00:00Z');
  const customer = await k.customer(clock);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(1000) }] });
  await k.ok('POST', '/v1/invoiceitems', { customer, amount: 300, currency: 'USD', description: 'Extra device' });
  await k.advance(clock, '2025-02-01T02:00:00Z');
  const renewal = (await k.invoices(sub.id)).at(-1);
  assert.deepEqual(
    renewal.lines.data.map((l: any) => l.amount),
    [300, 1000],
  );
  assert.equal(renewal.total, 1300);
});
