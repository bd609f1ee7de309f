import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';
import { billingKit, isoDate } from './billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
before(async () => {
  h = await startHarness();
  k = billingKit(h);
});
after(() => h.close());

test('cancellation flow on a test clock: one customer saved by a coupon, one churns; save rate 50 %', async () => {
  const clock = await k.clock('2026-01-01T00:00:00Z');
  const price = await k.monthly(1000);
  const coupon = await k.ok('POST', '/v1/coupons', { percent_off: 30, duration: 'repeating', duration_in_months: 3 });
  const discount = await k.ok('POST', '/v1/retention_offers', {
    name: '30 % off for 3 months',
    kind: 'coupon',
    coupon: coupon.id,
    reasons: ['too_expensive'],
  });
  const pause = await k.ok('POST', '/v1/retention_offers', { name: 'Take a break', kind: 'pause', months: 1 });

  const saver = await k.customer(clock);
  const leaver = await k.customer(clock);
  const kept = await k.ok('POST', '/v1/subscriptions', { customer: saver, items: [{ price }] });
  const lost = await k.ok('POST', '/v1/subscriptions', { customer: leaver, items: [{ price }] });
  await k.advance(clock, '2026-01-10T00:00:00Z');

  // The customer citing too_expensive sees the coupon (and the pause, which applies to every reason).
  const first = await k.ok('POST', '/v1/cancellation_sessions', {
    subscription: kept.id,
    reason: 'too_expensive',
    comment: 'Too much for what I watch',
  });
  assert.deepEqual(
    first.offers.map((o: any) => o.id),
    [discount.id, pause.id],
  );
  assert.equal(first.result, 'pending');
  assert.equal(first.mrr, 1000);
  const retained = await k.ok('POST', `/v1/cancellation_sessions/${first.id}/accept`, { offer: discount.id });
  assert.equal(retained.result, 'retained');
  assert.equal(retained.accepted_offer, discount.id);
  problem(
    await h.call('POST', `/v1/cancellation_sessions/${first.id}/cancel`, { body: {} }),
    409,
    'cancellation_session_closed',
  );

  // The other one declines: canceled at period end, access kept until then.
  const second = await k.ok('POST', '/v1/cancellation_sessions', { subscription: lost.id, reason: 'unused' });
  assert.deepEqual(
    second.offers.map((o: any) => o.id),
    [pause.id],
  );
  problem(
    await h.call('POST', `/v1/cancellation_sessions/${second.id}/accept`, { body: { offer: discount.id } }),
    400,
    'retention_offer_not_applicable',
  );
  const declined = await k.ok('POST', `/v1/cancellation_sessions/${second.id}/cancel`, {});
  assert.equal(declined.result, 'chose_to_cancel');
  let sub = await k.ok('GET', `/v1/subscriptions/${lost.id}`);
  assert.equal(sub.status, 'active');
  assert.equal(sub.cancel_at_period_end, true);
  assert.equal(sub.cancellation_details.feedback, 'unused');
  assert.equal(isoDate(sub.cancel_at), '2026-02-01');

  // Undo before the period end, then change their mind again and churn at the period end.
  await k.advance(clock, '2026-01-25T00:00:00Z');
  sub = await k.ok('POST', `/v1/subscriptions/${lost.id}`, { cancel_at_period_end: false });
  assert.equal(sub.cancel_at_period_end, false);
  assert.equal(sub.canceled_at, null);
  await k.ok('POST', `/v1/subscriptions/${lost.id}`, { cancel_at_period_end: true });
  await k.advance(clock, '2026-02-02T00:00:00Z');
  sub = await k.ok('GET', `/v1/subscriptions/${lost.id}`);
  assert.equal(sub.status, 'canceled');
  problem(await h.call('POST', `/v1/subscriptions/${lost.id}`, { body: { cancel_at_period_end: false } }), 409);

  // The saved customer pays 700 for three months, then the full 1000.
  await k.advance(clock, '2026-05-02T00:00:00Z');
  const invoices = await k.invoices(kept.id);
  assert.deepEqual(
    invoices.map((i) => [isoDate(i.created), i.total, i.status]),
    [
      ['2026-01-01', 1000, 'paid'],
      ['2026-02-01', 700, 'paid'],
      ['2026-03-01', 700, 'paid'],
      ['2026-04-01', 700, 'paid'],
      ['2026-05-01', 1000, 'paid'],
    ],
  );
  assert.equal((await k.invoices(lost.id)).length, 1, 'no invoice after the churn');

  const metrics = await k.ok('GET', '/v1/retention_metrics');
  assert.equal(metrics.sessions, 2);
  assert.equal(metrics.save_rate, 0.5);
  assert.equal(metrics.deflect_rate, 0.5);
  assert.equal(metrics.offer_accept_rate, 0.5);
  assert.deepEqual(metrics.revenue_saved, { usd: 1000 });
  assert.equal(metrics.retained, 1);
  assert.equal(metrics.chose_to_cancel, 1);

  // One accepted offer per window: the saved customer sees no offer now.
  const again = await k.ok('POST', '/v1/cancellation_sessions', { subscription: kept.id, reason: 'too_expensive' });
  assert.deepEqual(again.offers, []);
  assert.equal((await k.ok('POST', `/v1/cancellation_sessions/${again.id}/abort`, {})).result, 'aborted');
});
