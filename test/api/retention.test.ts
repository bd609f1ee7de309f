import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';
import { billingKit, isoDate } from '../scenarios/billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
before(async () => {
  h = await startHarness();
  k = billingKit(h);
});
after(() => h.close());

async function subscribed(clock: string, price: string) {
  const customer = await k.customer(clock);
  return k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }] });
}

test("reasons: Stripe's eight plus the account's own; anything else is refused", async () => {
  const clock = await k.clock('2026-03-01T00:00:00Z');
  const sub = await subscribed(clock, await k.monthly(2000));
  problem(
    await h.call('POST', '/v1/cancellation_sessions', { body: { subscription: sub.id, reason: 'moving_abroad' } }),
    400,
    'cancellation_reason_invalid',
  );
  problem(
    await h.call('POST', '/v1/retention_settings', { body: { custom_reasons: ['unused'] } }),
    400,
    'parameter_invalid',
  );
  problem(
    await h.call('POST', '/v1/retention_settings', { body: { exit_survey: 'srv_nope' } }),
    404,
    'resource_missing',
  );
  const exit = await k.ok('POST', '/v1/surveys', { name: 'Why did you leave?', kind: 'csat' });
  const settings = await k.ok('POST', '/v1/retention_settings', {
    custom_reasons: ['moving_abroad'],
    exit_survey: exit.id,
  });
  assert.deepEqual(settings, {
    object: 'retention_settings',
    custom_reasons: ['moving_abroad'],
    offer_window_days: 365,
    exit_survey: exit.id,
  });
  const session = await k.ok('POST', '/v1/cancellation_sessions', {
    subscription: sub.id,
    reason: 'moving_abroad',
    comment: 'Leaving for Lisbon',
  });
  assert.equal(session.reason, 'moving_abroad');
  const canceled = await k.ok('POST', `/v1/cancellation_sessions/${session.id}/cancel`, {});
  assert.equal(canceled.result, 'chose_to_cancel');
  // The exit survey goes out with the decision.
  const asked = await k.ok('GET', `/v1/survey_requests?customer=${sub.customer}`);
  assert.deepEqual(
    asked.data.map((r: any) => r.survey),
    [exit.id],
  );
  await k.ok('POST', '/v1/retention_settings', { exit_survey: null });
  const stored = await k.ok('GET', `/v1/subscriptions/${sub.id}`);
  assert.deepEqual(stored.cancellation_details, {
    reason: 'cancellation_requested',
    feedback: 'other',
    comment: 'Leaving for Lisbon',
  });
  problem(
    await h.call('POST', '/v1/cancellation_sessions', { body: { subscription: 'sub_nope', reason: 'other' } }),
    404,
    'resource_missing',
  );
});

test('each offer kind is checked and applied through billing', async () => {
  const clock = await k.clock('2026-03-01T00:00:00Z');
  const gold = await k.monthly(3000);
  const basic = await k.monthly(1500);
  problem(
    await h.call('POST', '/v1/retention_offers', { body: { name: 'x', kind: 'pause' } }),
    400,
    'retention_offer_invalid',
  );
  problem(
    await h.call('POST', '/v1/retention_offers', { body: { name: 'x', kind: 'downgrade', price: basic, months: 2 } }),
    400,
    'retention_offer_invalid',
  );
  const pause = await k.ok('POST', '/v1/retention_offers', { name: 'Pause 2 months', kind: 'pause', months: 2 });
  const downgrade = await k.ok('POST', '/v1/retention_offers', {
    name: 'Basic instead',
    kind: 'downgrade',
    price: basic,
    prices: [gold],
  });
  const free = await k.ok('POST', '/v1/retention_offers', { name: 'A month on us', kind: 'extension', months: 1 });

  const a = await subscribed(clock, gold);
  const b = await subscribed(clock, gold);
  const c = await subscribed(clock, basic);
  await k.advance(clock, '2026-03-11T00:00:00Z');

  const onBasic = await k.ok('POST', '/v1/cancellation_sessions', { subscription: c.id, reason: 'unused' });
  assert.deepEqual(
    onBasic.offers.map((o: any) => o.id),
    [pause.id, free.id],
    'the downgrade is for gold only',
  );
  const paused = await k.ok('POST', `/v1/cancellation_sessions/${onBasic.id}/accept`, { offer: pause.id });
  assert.equal(paused.result, 'retained');
  const cSub = await k.ok('GET', `/v1/subscriptions/${c.id}`);
  assert.equal(cSub.status, 'paused');
  assert.equal(isoDate(cSub.resume_at), '2026-05-11');

  const onGold = await k.ok('POST', '/v1/cancellation_sessions', { subscription: a.id, reason: 'too_expensive' });
  await k.ok('POST', `/v1/cancellation_sessions/${onGold.id}/accept`, { offer: downgrade.id });
  const aSub = await k.ok('GET', `/v1/subscriptions/${a.id}`);
  assert.equal(aSub.pending_update.subscription_items[0].price, basic);
  assert.equal(isoDate(aSub.pending_update.effective_at), '2026-04-01');

  const extended = await k.ok('POST', '/v1/cancellation_sessions', { subscription: b.id, reason: 'other' });
  await k.ok('POST', `/v1/cancellation_sessions/${extended.id}/accept`, { offer: free.id });
  await k.advance(clock, '2026-05-02T00:00:00Z');
  assert.deepEqual(
    (await k.invoices(b.id)).map((i) => [isoDate(i.created), i.total]),
    [
      ['2026-03-01', 3000],
      ['2026-04-01', 0],
      ['2026-05-01', 3000],
    ],
  );
  assert.deepEqual(
    (await k.invoices(a.id)).map((i) => i.total),
    [3000, 1500, 1500],
    'downgraded at the period end',
  );
});

test('at most one accepted offer per customer per window, even with two sessions open', async () => {
  const clock = await k.clock('2026-03-01T00:00:00Z');
  await k.ok('POST', '/v1/retention_settings', { offer_window_days: 90 });
  const offer = await k.ok('POST', '/v1/retention_offers', { name: 'Pause', kind: 'pause', months: 1 });
  const price = await k.monthly(1000);
  const customer = await k.customer(clock);
  const one = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }] });
  const two = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }] });
  const first = await k.ok('POST', '/v1/cancellation_sessions', { subscription: one.id, reason: 'unused' });
  const second = await k.ok('POST', '/v1/cancellation_sessions', { subscription: two.id, reason: 'unused' });
  await k.ok('POST', `/v1/cancellation_sessions/${first.id}/accept`, { offer: offer.id });
  problem(
    await h.call('POST', `/v1/cancellation_sessions/${second.id}/accept`, { body: { offer: offer.id } }),
    409,
    'retention_offer_limit',
  );
  assert.deepEqual(
    (await k.ok('POST', '/v1/cancellation_sessions', { subscription: two.id, reason: 'unused' })).offers,
    [],
  );
  await k.ok('POST', `/v1/retention_offers/${offer.id}`, { active: false });
  const list = await k.ok('GET', `/v1/cancellation_sessions?customer=${customer}`);
  assert.equal(list.data.length, 3);
  assert.equal((await k.ok('GET', '/v1/retention_offers?active=false')).data[0].id, offer.id);

  const other = await h.otherAccount();
  const hidden = await h.call('GET', `/v1/cancellation_sessions/${first.id}`, { key: other.key });
  problem(hidden, 404, 'resource_missing');
});

test('accepting an offer undoes a cancellation scheduled earlier', async () => {
  const clock = await k.clock('2026-03-01T00:00:00Z');
  const sub = await subscribed(clock, await k.monthly(900));
  const first = await k.ok('POST', '/v1/cancellation_sessions', { subscription: sub.id, reason: 'switched_service' });
  await k.ok('POST', `/v1/cancellation_sessions/${first.id}/cancel`, {});
  assert.equal((await k.ok('GET', `/v1/subscriptions/${sub.id}`)).cancel_at_period_end, true);
  const offer = await k.ok('POST', '/v1/retention_offers', {
    name: 'Stay, one month free',
    kind: 'extension',
    months: 1,
    reasons: ['switched_service'],
  });
  const second = await k.ok('POST', '/v1/cancellation_sessions', { subscription: sub.id, reason: 'switched_service' });
  assert.ok(second.offers.some((o: any) => o.id === offer.id));
  await k.ok('POST', `/v1/cancellation_sessions/${second.id}/accept`, { offer: offer.id });
  const kept = await k.ok('GET', `/v1/subscriptions/${sub.id}`);
  assert.deepEqual([kept.status, kept.cancel_at_period_end, kept.cancel_at], ['active', false, null]);
});

test('an A/B test of retention offers: the experiment decides who sees the offer and records the exposure', async () => {
  const clock = await k.clock('2026-03-01T00:00:00Z');
  const price = await k.monthly(1200);
  const variants = [
    { key: 'control', weight: 1 },
    { key: 'coupon', weight: 1 },
  ];
  const experiment = await k.ok('POST', '/v1/experiments', { key: 'retention-coupon', name: 'Coupon', variants });
  const coupon = await k.ok('POST', '/v1/coupons', { percent_off: 20, duration: 'repeating', duration_in_months: 3 });
  const base = { name: '20 % off', kind: 'coupon', coupon: coupon.id, reasons: ['low_quality'] };
  problem(
    await h.call('POST', '/v1/retention_offers', { body: { ...base, experiment: experiment.id } }),
    400,
    'parameter_missing',
  );
  problem(
    await h.call('POST', '/v1/retention_offers', { body: { ...base, experiment: experiment.id, variant: 'nope' } }),
    400,
    'parameter_invalid',
  );
  const offer = await k.ok('POST', '/v1/retention_offers', { ...base, experiment: experiment.id, variant: 'coupon' });
  assert.deepEqual([offer.experiment, offer.variant], [experiment.id, 'coupon']);
  const { assignVariant } = await import('../../src/modules/experiments/index.ts');
  let shown = 0;
  for (let i = 0; i < 12; i += 1) {
    const sub = await subscribed(clock, price);
    const session = await k.ok('POST', '/v1/cancellation_sessions', { subscription: sub.id, reason: 'low_quality' });
    const sees = session.offers.some((o: any) => o.id === offer.id);
    assert.equal(sees, assignVariant('retention-coupon', sub.customer, variants) === 'coupon', sub.customer);
    if (sees) shown += 1;
  }
  assert.ok(shown > 0 && shown < 12, `${shown} of 12 saw the offer`);
  // Another reason: the offer does not apply, so the customer is not exposed.
  const other = await subscribed(clock, price);
  await k.ok('POST', '/v1/cancellation_sessions', { subscription: other.id, reason: 'unused' });
  const results = await k.ok('GET', `/v1/experiments/${experiment.id}/results`);
  assert.deepEqual(
    results.variants.map((v: any) => v.exposures),
    [12 - shown, shown],
  );
});
