import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
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

const subscribe = (customer: string, price: string, extra: Record<string, unknown> = {}) =>
  h.call('POST', '/v1/subscriptions', { body: { customer, items: [{ price }], ...extra } });

test('allow_incomplete (the default): a declined first charge answers incomplete, and 23 h unpaid it expires with its invoice voided', async () => {
  const clock = await k.clock('2025-05-01T00:00:00Z');
  const customer = await k.customer(clock, 'tok_chargeDeclined');
  const res = await subscribe(customer, await k.monthly(1500));
  assert.equal(res.statusCode, 200, res.body);
  const sub = res.json();
  assert.equal(sub.status, 'incomplete', 'never active while its first charge failed in that very request');
  assert.equal((await k.ok('GET', `/v1/subscriptions/${sub.id}`)).status, 'incomplete');
  const [invoice] = await k.invoices(sub.id);
  assert.deepEqual([invoice.status, invoice.attempt_count], ['open', 1]);
  await k.advance(clock, '2025-05-01T22:59:00Z');
  assert.equal((await k.ok('GET', `/v1/subscriptions/${sub.id}`)).status, 'incomplete');
  await k.advance(clock, '2025-07-01T00:00:00Z');
  const expired = await k.ok('GET', `/v1/subscriptions/${sub.id}`);
  assert.deepEqual(
    [expired.status, new Date(expired.ended_at * 1000).toISOString()],
    ['incomplete_expired', '2025-05-01T23:00:00.000Z'],
  );
  assert.deepEqual(
    (await k.invoices(sub.id)).map((i) => i.status),
    ['void'],
    'voided, and nothing billed after',
  );
});

test('an incomplete subscription whose first invoice is paid in time (a new card) becomes active and renews', async () => {
  const clock = await k.clock('2025-05-01T00:00:00Z');
  const customer = await k.customer(clock, 'tok_insufficientFunds');
  const sub = (await subscribe(customer, await k.monthly(1500))).json();
  assert.equal(sub.status, 'incomplete');
  await k.advance(clock, '2025-05-01T10:00:00Z');
  await k.ok('POST', '/v1/payment_methods', { customer, token: 'tok_visa', set_default: true });
  assert.equal((await k.ok('GET', `/v1/subscriptions/${sub.id}`)).status, 'active');
  await k.advance(clock, '2025-06-02T00:00:00Z');
  assert.deepEqual(
    (await k.invoices(sub.id)).map((i) => [i.status, i.attempt_count]),
    [
      ['paid', 2],
      ['paid', 1],
    ],
    'attempt_count counts every attempt, the succeeding ones too',
  );
});

test('error_if_incomplete: a declined first charge answers 402 and leaves nothing live or owed', async () => {
  const clock = await k.clock('2025-05-01T00:00:00Z');
  const customer = await k.customer(clock, 'tok_chargeDeclined');
  const body = problem(
    await subscribe(customer, await k.monthly(1500), { payment_behavior: 'error_if_incomplete' }),
    402,
    'subscription_payment_failed',
  );
  assert.ok(body.request_id);
  const subs = (await k.ok('GET', `/v1/subscriptions?customer=${customer}&status=all`)).data;
  assert.deepEqual(
    subs.map((s: any) => s.status),
    ['incomplete_expired'],
  );
  assert.deepEqual(
    (await k.invoices(subs[0].id)).map((i) => i.status),
    ['void'],
  );
  // With a working card the same request simply creates an active subscription.
  const ok = await k.customer(clock);
  const created = await subscribe(ok, await k.monthly(1500), { payment_behavior: 'error_if_incomplete' });
  assert.equal(created.json().status, 'active', created.body);
});

test('default_incomplete: nothing is charged until the first invoice is paid; attempt_count counts each try', async () => {
  const clock = await k.clock('2025-05-01T00:00:00Z');
  const customer = await k.customer(clock, 'tok_failTwice');
  const calls = SandboxGateway.chargeCalls;
  const sub = (await subscribe(customer, await k.monthly(1500), { payment_behavior: 'default_incomplete' })).json();
  assert.equal(sub.status, 'incomplete');
  await k.advance(clock, '2025-05-01T01:00:00Z');
  assert.equal(SandboxGateway.chargeCalls - calls, 0, 'no charge on its own');
  const invoice = sub.latest_invoice as string;
  const tries = [];
  for (let i = 0; i < 3; i++) {
    const paid = await k.ok('POST', `/v1/invoices/${invoice}/pay`, {});
    tries.push([paid.status, paid.attempt_count]);
  }
  assert.deepEqual(tries, [
    ['open', 1],
    ['open', 2],
    ['paid', 3],
  ]);
  assert.equal((await k.ok('GET', `/v1/subscriptions/${sub.id}`)).status, 'active');
});
