/**
 * Refunds after commit (issue #14): the gateway is never called inside a transaction of ours (the suite's test
 * gateway fails such a call), a crash between commit and outcome leaves a pending refund that due work resumes
 * with the same key, and a refused refund gives its amount back to the payment.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { FakeClock } from '../../src/kernel/clock.ts';
import type { RefundRequest } from '../../src/modules/payments/index.ts';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { billingKit } from './billing-kit.ts';

const clock = new FakeClock('2025-01-01T00:00:00Z');
let h: Harness;
let k: ReturnType<typeof billingKit>;
before(async () => {
  h = await startHarness({ clock });
  k = billingKit(h);
});
after(() => h.close());

/** The succeeded payment of a subscription's first invoice of `amount` (refunded through a credit note). */
async function paidInvoicePayment(amount: number) {
  const customer = (await k.ok('POST', '/v1/customers', { name: 'Ana', email: 'ana@example.com' })).id as string;
  await k.ok('POST', '/v1/payment_methods', { customer, token: 'tok_visa' });
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(amount) }] });
  const [invoice] = await k.invoices(sub.id);
  const [payment] = (await k.ok('GET', `/v1/payments?invoice=${invoice.id}`)).data;
  assert.equal(payment.status, 'succeeded');
  return payment as { id: string };
}

/** Replaces the gateway's next refund call (then restores it), as a crash or a refusal there would. */
function nextRefund(answer: (request: RefundRequest) => Promise<never | Awaited<ReturnType<typeof h.gateway.refund>>>) {
  const original = h.gateway.refund;
  const calls: string[] = [];
  h.gateway.refund = async (request) => {
    h.gateway.refund = original;
    calls.push(request.idempotencyKey);
    return answer(request);
  };
  return calls;
}

test('a refund answers with its gateway outcome, recorded after the commit', async () => {
  const payment = await paidInvoicePayment(4000);
  const refund = await k.ok('POST', '/v1/refunds', { payment: payment.id, amount: 1500 });
  assert.deepEqual([refund.status, typeof refund.gateway_id], ['succeeded', 'string']);
  assert.equal((await k.ok('GET', `/v1/payments/${payment.id}`)).amount_refunded, 1500);
  assert.deepEqual(h.gateway.violations, []);
});

test('a crash after the commit leaves the refund pending with its amount reserved; due work resumes it once', async () => {
  const payment = await paidInvoicePayment(3000);
  const crashed = nextRefund(async () => {
    throw new Error('simulated crash during the refund call');
  });
  const refund = await k.ok('POST', '/v1/refunds', { payment: payment.id, amount: 3000 });
  assert.deepEqual([refund.status, refund.gateway_id], ['pending', null]);
  assert.equal(crashed.length, 1);
  // Reserved: a second refund of the same money is refused while the first is pending.
  const again = await h.call('POST', '/v1/refunds', { body: { payment: payment.id, amount: 3000 } });
  assert.equal(again.statusCode, 400, again.body);
  await h.settle();
  assert.equal(
    (await k.ok('GET', `/v1/refunds/${refund.id}`)).status,
    'pending',
    'the committing process has its grace',
  );
  clock.advance({ minutes: 2 });
  await h.settle();
  const resumed = await k.ok('GET', `/v1/refunds/${refund.id}`);
  assert.equal(resumed.status, 'succeeded');
  assert.equal((await k.ok('GET', `/v1/payments/${payment.id}`)).amount_refunded, 3000);
  assert.deepEqual(h.gateway.violations, []);
});

test('a refund the gateway refuses is recorded as failed; its amount and its credit note can be taken back', async () => {
  const payment = await paidInvoicePayment(2000);
  nextRefund(async () => ({ status: 'failed', gatewayId: 'sbx_re_refused', message: 'insufficient balance' }));
  const refused = await k.ok('POST', '/v1/refunds', { payment: payment.id, amount: 2000 });
  assert.equal(refused.status, 'failed');
  assert.equal((await k.ok('GET', `/v1/payments/${payment.id}`)).amount_refunded, 0);
  // The refund went through a credit note; with no money returned, the note can be voided and the refund retried.
  await k.ok('POST', `/v1/credit_notes/${refused.credit_note}/void`, {});
  const retried = await k.ok('POST', '/v1/refunds', { payment: payment.id, amount: 2000 });
  assert.equal(retried.status, 'succeeded');
  assert.equal((await k.ok('GET', `/v1/payments/${payment.id}`)).amount_refunded, 2000);
});
