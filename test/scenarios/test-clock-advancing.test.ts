import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';
import { billingKit } from './billing-kit.ts';

// Issue #20: a change to an object on a test clock while the clock advances answered 500. Stripe refuses such
// changes with a clear error until the clock is ready; so does Tenure.
let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

test('cancelling a subscription while its test clock advances is refused (409 test_clock_advancing), then works', async () => {
  const k = billingKit(h);
  const clock = await k.clock('2025-01-01T00:00:00Z');
  const customer = await k.customer(clock);
  const price = await k.monthly(1000);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }] });
  await k.ok('POST', `/v1/test_clocks/${clock}/advance`, { frozen_time: Date.parse('2025-03-01T00:00:00Z') / 1000 });

  const refused = await h.call('DELETE', `/v1/subscriptions/${sub.id}`);
  problem(refused, 409, 'test_clock_advancing');
  assert.equal(refused.json().error.type, 'invalid_request_error');
  const viaPost = await h.call('POST', `/v1/subscriptions/${sub.id}/cancel`, { body: {} });
  problem(viaPost, 409, 'test_clock_advancing');
  const update = await h.call('POST', `/v1/subscriptions/${sub.id}`, { body: { metadata: { a: 'b' } } });
  problem(update, 409, 'test_clock_advancing');

  await h.settle();
  const canceled = await k.ok('DELETE', `/v1/subscriptions/${sub.id}`);
  assert.equal(canceled.status, 'canceled');
  assert.equal(canceled.canceled_at, Date.parse('2025-03-01T00:00:00Z') / 1000);
});
