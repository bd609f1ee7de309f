import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { billingKit, isoDate } from './billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
before(async () => {
  h = await startHarness();
  k = billingKit(h);
  // Kill Bill's documented overdue example.
  await k.ok('POST', '/v1/account', {
    settings: {
      dunning: {
        retry_days: [1, 8, 4, 7],
        stages: [
          { after_days: 10, action: 'warn' },
          { after_days: 14, action: 'block_access' },
          { after_days: 21, action: 'cancel' },
        ],
      },
    },
  });
});
after(() => h.close());

async function start(token: string) {
  const clock = await k.clock('2021-07-27T00:00:00Z');
  const customer = await k.customer(clock, token);
  const sub = await k.ok('POST', '/v1/subscriptions', {
    customer,
    items: [{ price: await k.monthly(1000) }],
    trial_period_days: 10,
  });
  return { clock, customer, sub };
}

const ofInvoice = async (invoice: string) =>
  [...(await k.ok('GET', `/v1/payments?invoice=${invoice}&limit=100`)).data].reverse();
const eventsFor = async (type: string, id: string) =>
  (await k.events(type)).filter((e) => e.data.object.id === id || e.data.object.subscription === id).reverse();

test("Kill Bill's overdue example: a card that always declines is retried 08-07, 08-15, 08-19, 08-26; warned 08-16, blocked 08-20, canceled 08-27", async () => {
  const { clock, sub } = await start('tok_chargeDeclined');
  await k.advance(clock, '2021-09-01T00:00:00Z');
  const [trialInvoice, invoice] = await k.invoices(sub.id);
  assert.equal(trialInvoice.total, 0);
  assert.equal(isoDate(invoice.created), '2021-08-06');
  const attempts = await ofInvoice(invoice.id);
  assert.deepEqual(
    attempts.map((p: any) => [isoDate(p.created), p.status, p.decline_code]),
    [
      ['2021-08-06', 'failed', 'card_declined'],
      ['2021-08-07', 'failed', 'card_declined'],
      ['2021-08-15', 'failed', 'card_declined'],
      ['2021-08-19', 'failed', 'card_declined'],
      ['2021-08-26', 'failed', 'card_declined'],
    ],
  );
  const overdue = await eventsFor('invoice.overdue', invoice.id);
  assert.deepEqual(
    overdue.map((e) => [isoDate(e.created), e.data.object.collection.action]),
    [
      ['2021-08-16', 'warn'],
      ['2021-08-20', 'block_access'],
      ['2021-08-27', 'cancel'],
    ],
  );
  const updates = await eventsFor('customer.subscription.updated', sub.id);
  const blocked = updates.find((e) => e.data.object.access_blocked);
  assert.equal(isoDate(blocked.created), '2021-08-20');
  assert.equal(blocked.data.previous_attributes.access_blocked, false);
  assert.equal(
    updates.find((e) => e.data.object.status === 'past_due') &&
      isoDate(updates.find((e) => e.data.object.status === 'past_due').created),
    '2021-08-06',
  );
  const ended = await k.ok('GET', `/v1/subscriptions/${sub.id}`);
  assert.equal(ended.status, 'canceled');
  assert.equal(isoDate(ended.ended_at), '2021-08-27');
  assert.equal(ended.cancellation_details.reason, 'payment_failed');
  assert.equal(ended.access_blocked, true);
  assert.equal(((await eventsFor('invoice.payment_failed', invoice.id)) as any[]).length, 5);
});

test('the same with a card that fails twice then succeeds: active again on 08-15, invoice paid, access never blocked', async () => {
  const { clock, sub } = await start('tok_failTwice');
  await k.advance(clock, '2021-09-01T00:00:00Z');
  const invoice = (await k.invoices(sub.id))[1];
  assert.deepEqual(
    (await ofInvoice(invoice.id)).map((p: any) => [isoDate(p.created), p.status]),
    [
      ['2021-08-06', 'failed'],
      ['2021-08-07', 'failed'],
      ['2021-08-15', 'succeeded'],
    ],
  );
  assert.equal(invoice.status, 'paid');
  assert.equal(isoDate(invoice.status_transitions.paid_at), '2021-08-15');
  const updates = await eventsFor('customer.subscription.updated', sub.id);
  const recovered = updates.find(
    (e) => e.data.object.status === 'active' && e.data.previous_attributes?.status === 'past_due',
  );
  assert.equal(isoDate(recovered.created), '2021-08-15');
  assert.ok(
    updates.every((e) => !e.data.object.access_blocked),
    'access never blocked',
  );
  assert.equal((await eventsFor('invoice.overdue', invoice.id)).length, 0);
  assert.equal((await k.ok('GET', `/v1/subscriptions/${sub.id}`)).status, 'active');
});

test('a new payment method retries at once and recovers the subscription', async () => {
  const { clock, customer, sub } = await start('tok_insufficientFunds');
  await k.advance(clock, '2021-08-08T00:00:00Z');
  const invoice = (await k.invoices(sub.id))[1];
  assert.equal(invoice.status, 'open');
  assert.equal((await k.ok('GET', `/v1/subscriptions/${sub.id}`)).status, 'past_due');
  const [declined] = await ofInvoice(invoice.id);
  assert.equal(declined.decline_code, 'insufficient_funds');
  await k.ok('POST', '/v1/payment_methods', { customer, token: 'tok_visa', set_default: true });
  const paid = await k.ok('GET', `/v1/invoices/${invoice.id}`);
  assert.equal(paid.status, 'paid');
  assert.equal(isoDate(paid.status_transitions.paid_at), '2021-08-08');
  assert.equal((await k.ok('GET', `/v1/subscriptions/${sub.id}`)).status, 'active');
});
