import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';
import { billingKit, isoDate, unix } from './billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
before(async () => {
  h = await startHarness();
  k = billingKit(h);
});
after(() => h.close());

test('cancel at period end: active with access until the end, then canceled, no further invoice', async () => {
  const clock = await k.clock('2025-01-10T00:00:00Z');
  const customer = await k.customer(clock);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(1500) }] });
  await k.advance(clock, '2025-01-20T00:00:00Z');
  const canceling = await k.ok('POST', `/v1/subscriptions/${sub.id}`, {
    cancel_at_period_end: true,
    cancellation_details: { reason: 'cancellation_requested', comment: 'moving abroad', feedback: 'unused' },
  });
  assert.equal(canceling.status, 'active');
  assert.equal(canceling.cancel_at, sub.current_period_end);
  assert.equal(canceling.cancellation_details.comment, 'moving abroad');
  const stored = await k.ok('GET', `/v1/subscriptions/${sub.id}`);
  assert.equal(stored.cancel_at_period_end, true, 'the change is stored, not only answered');
  assert.deepEqual(stored.cancellation_details, canceling.cancellation_details);
  await k.advance(clock, '2025-02-09T23:59:00Z');
  assert.equal((await k.ok('GET', `/v1/subscriptions/${sub.id}`)).status, 'active', 'access kept until the end');
  await k.advance(clock, '2025-04-01T00:00:00Z');
  const ended = await k.ok('GET', `/v1/subscriptions/${sub.id}`);
  assert.equal(ended.status, 'canceled');
  assert.equal(isoDate(ended.ended_at), '2025-02-10');
  assert.equal((await k.invoices(sub.id)).length, 1, 'only the first invoice');
  const deleted = (await k.events('customer.subscription.deleted')).filter((e) => e.data.object.id === sub.id);
  assert.equal(deleted.length, 1);
  problem(
    await h.call('POST', `/v1/subscriptions/${sub.id}`, { body: { cancel_at_period_end: false } }),
    409,
    'subscription_canceled',
  );
});

test('uncancel before the end keeps billing', async () => {
  const clock = await k.clock('2025-01-10T00:00:00Z');
  const customer = await k.customer(clock);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(1500) }] });
  await k.ok('POST', `/v1/subscriptions/${sub.id}`, { cancel_at_period_end: true });
  const kept = await k.ok('POST', `/v1/subscriptions/${sub.id}`, { cancel_at_period_end: false });
  assert.equal(kept.cancel_at, null);
  assert.equal(kept.canceled_at, null);
  await k.advance(clock, '2025-03-11T00:00:00Z');
  assert.equal((await k.ok('GET', `/v1/subscriptions/${sub.id}`)).status, 'active');
  assert.deepEqual(
    (await k.invoices(sub.id)).map((i) => isoDate(i.created)),
    ['2025-01-10', '2025-02-10', '2025-03-10'],
  );
});

test('trial 14 days then $9.99/month: $0 invoice at start, trial_will_end 3 days before, first $9.99 at trial end', async () => {
  const clock = await k.clock('2025-06-01T12:00:00Z');
  const customer = await k.customer(clock);
  const sub = await k.ok('POST', '/v1/subscriptions', {
    customer,
    items: [{ price: await k.monthly(999) }],
    trial_period_days: 14,
  });
  assert.equal(sub.status, 'trialing');
  assert.equal(isoDate(sub.trial_end), '2025-06-15');
  let invoices = await k.invoices(sub.id);
  assert.deepEqual(
    invoices.map((i) => [i.total, i.status]),
    [[0, 'paid']],
  );
  await k.advance(clock, '2025-06-12T11:00:00Z');
  assert.equal(
    (await k.events('customer.subscription.trial_will_end')).filter((e) => e.data.object.id === sub.id).length,
    0,
  );
  await k.advance(clock, '2025-06-12T12:00:00Z');
  const notices = (await k.events('customer.subscription.trial_will_end')).filter((e) => e.data.object.id === sub.id);
  assert.equal(notices.length, 1);
  assert.equal(notices[0].created, unix('2025-06-12T12:00:00Z'));
  await k.advance(clock, '2025-06-15T14:00:00Z');
  invoices = await k.invoices(sub.id);
  assert.deepEqual(
    invoices.map((i) => [isoDate(i.created), i.total]),
    [
      ['2025-06-01', 0],
      ['2025-06-15', 999],
    ],
  );
  const active = await k.ok('GET', `/v1/subscriptions/${sub.id}`);
  assert.equal(active.status, 'active');
  assert.equal(isoDate(active.current_period_end), '2025-07-15');
});

test('trial ending without a payment method follows the configured behaviour: cancel', async () => {
  const clock = await k.clock('2025-06-01T00:00:00Z');
  const customer = await k.customer(clock, null);
  const sub = await k.ok('POST', '/v1/subscriptions', {
    customer,
    items: [{ price: await k.monthly(999) }],
    trial_period_days: 7,
    trial_settings: { end_behavior: { missing_payment_method: 'cancel' } },
  });
  await k.advance(clock, '2025-06-09T00:00:00Z');
  const after = await k.ok('GET', `/v1/subscriptions/${sub.id}`);
  assert.equal(after.status, 'canceled');
  assert.equal((await k.invoices(sub.id)).length, 1);
});

test('downgrade at period end: the current period keeps the old price, the next invoice bills the new one', async () => {
  const clock = await k.clock('2025-02-01T00:00:00Z');
  const customer = await k.customer(clock);
  const premium = await k.monthly(3000);
  const basic = await k.monthly(1000);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: premium }] });
  await k.advance(clock, '2025-02-10T00:00:00Z');
  const pending = await k.ok('POST', `/v1/subscriptions/${sub.id}`, {
    items: [{ id: sub.items.data[0].id, price: basic }],
    change_at: 'period_end',
  });
  assert.equal(pending.items.data[0].price.id, premium);
  assert.equal(pending.pending_update.subscription_items[0].price, basic);
  await k.advance(clock, '2025-03-02T00:00:00Z');
  const invoices = await k.invoices(sub.id);
  assert.deepEqual(
    invoices.map((i) => i.total),
    [3000, 1000],
  );
});

test('cancel immediately with a prorated credit: half a period unused becomes customer credit', async () => {
  const clock = await k.clock('2025-04-01T00:00:00Z');
  const customer = await k.customer(clock);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(3000) }] });
  await k.advance(clock, '2025-04-16T00:00:00Z');
  const canceled = await k.ok('POST', `/v1/subscriptions/${sub.id}/cancel`, {
    prorate: true,
    invoice_now: true,
    cancellation_details: { comment: 'too expensive', feedback: 'too_expensive' },
  });
  assert.equal(canceled.status, 'canceled');
  assert.equal(canceled.cancellation_details.feedback, 'too_expensive');
  assert.equal((await k.ok('GET', `/v1/subscriptions/${sub.id}`)).cancellation_details.feedback, 'too_expensive');
  const final = (await k.invoices(sub.id)).at(-1);
  assert.equal(final.total, -1500);
  assert.equal(final.amount_due, 0);
  assert.equal((await k.ok('GET', `/v1/customers/${customer}`)).balance, -1500);
});

test('price change with create_prorations, then cancel, on a frozen clock: no 500, one final invoice with the prorations', async () => {
  const clock = await k.clock('2025-04-01T00:00:00Z');
  const customer = await k.customer(clock);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(1000) }] });
  // Same frozen instant as the first invoice: the final invoice must not claim the creation's cycle boundary.
  await k.ok('POST', `/v1/subscriptions/${sub.id}`, {
    items: [{ id: sub.items.data[0].id, price: await k.monthly(3000) }],
    proration_behavior: 'create_prorations',
  });
  const canceled = await k.ok('POST', `/v1/subscriptions/${sub.id}/cancel`, { invoice_now: true });
  assert.equal(canceled.status, 'canceled');
  const invoices = await k.invoices(sub.id);
  assert.deepEqual(
    invoices.map((i) => [i.billing_reason, i.total]),
    [
      ['subscription_create', 1000],
      ['subscription_cycle', 2000],
    ],
    'the first invoice, then one final invoice of the net proration (+3000 −1000)',
  );
  await k.advance(clock, '2025-06-01T00:00:00Z');
  assert.equal((await k.invoices(sub.id)).length, 2, 'nothing more after the end');
});

test('pause and resume twice on one day bills the time actually used, never a period twice (Kill Bill #258)', async () => {
  const clock = await k.clock('2025-05-01T00:00:00Z');
  const customer = await k.customer(clock);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(3100) }] });
  await k.advance(clock, '2025-05-11T00:00:00Z');
  for (let i = 0; i < 2; i++) {
    const paused = await k.ok('POST', `/v1/subscriptions/${sub.id}/pause`, {});
    assert.equal(paused.status, 'paused');
    problem(await h.call('POST', `/v1/subscriptions/${sub.id}/pause`, { body: {} }), 409, 'subscription_not_active');
    const resumed = await k.ok('POST', `/v1/subscriptions/${sub.id}/resume`, {});
    assert.equal(resumed.status, 'active');
    assert.equal(isoDate(resumed.current_period_start), '2025-05-11');
    assert.equal(isoDate(resumed.current_period_end), '2025-06-11');
  }
  const invoices = await k.invoices(sub.id);
  // 10 of 31 days used at 31.00 = 10.00, then one fresh period from the resume date; the second pause/resume nets 0.
  const charged = invoices.reduce((sum, i) => sum + i.total, 0);
  assert.equal(charged, 1000 + 3100);
  await k.advance(clock, '2025-06-12T00:00:00Z');
  const renewal = (await k.invoices(sub.id)).at(-1);
  assert.equal(isoDate(renewal.created), '2025-06-11');
  assert.equal(renewal.total, 3100);
});

test('pause service until a date resumes on its own with a new period from that date', async () => {
  const clock = await k.clock('2025-05-01T00:00:00Z');
  const customer = await k.customer(clock);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(3100) }] });
  await k.ok('POST', `/v1/subscriptions/${sub.id}/pause`, { resumes_at: unix('2025-07-20T00:00:00Z') });
  await k.advance(clock, '2025-07-21T00:00:00Z');
  const resumed = await k.ok('GET', `/v1/subscriptions/${sub.id}`);
  assert.equal(resumed.status, 'active');
  assert.equal(isoDate(resumed.current_period_start), '2025-07-20');
  assert.equal(isoDate(resumed.current_period_end), '2025-08-20');
  const resumedEvents = (await k.events('customer.subscription.resumed')).filter((e) => e.data.object.id === sub.id);
  assert.equal(resumedEvents.length, 1);
});

test('pause_collection void: renewals happen but their invoices are voided until collection resumes', async () => {
  const clock = await k.clock('2025-01-05T00:00:00Z');
  const customer = await k.customer(clock);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(1200) }] });
  await k.ok('POST', `/v1/subscriptions/${sub.id}`, {
    pause_collection: { behavior: 'void', resumes_at: unix('2025-03-01T00:00:00Z') },
  });
  await k.advance(clock, '2025-04-06T00:00:00Z');
  const invoices = await k.invoices(sub.id);
  assert.deepEqual(
    invoices.map((i) => [isoDate(i.created), i.status]),
    [
      ['2025-01-05', 'paid'],
      ['2025-02-05', 'void'],
      ['2025-03-05', 'paid'],
      ['2025-04-05', 'paid'],
    ],
  );
});

test('reactivation after the end is a new subscription linked to the previous one', async () => {
  const clock = await k.clock('2025-01-01T00:00:00Z');
  const customer = await k.customer(clock);
  const price = await k.monthly(1000);
  const first = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }] });
  await k.ok('DELETE', `/v1/subscriptions/${first.id}`);
  const again = await k.ok('POST', '/v1/subscriptions', {
    customer,
    items: [{ price }],
    previous_subscription: first.id,
  });
  assert.equal(again.previous_subscription, first.id);
  const all = await k.ok('GET', `/v1/subscriptions?customer=${customer}&status=all`);
  assert.deepEqual(
    all.data.map((s: any) => s.status),
    ['active', 'canceled'],
  );
});

test('invoices: pay out of band, void, one-off items on a manual invoice, and clear errors', async () => {
  const clock = await k.clock('2025-01-01T00:00:00Z');
  const customer = await k.customer(clock, null);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(1000) }] });
  const [first] = await k.invoices(sub.id);
  problem(await h.call('POST', `/v1/invoices/${first.id}/pay`, { body: {} }), 400, 'payment_method_unavailable');
  const paid = await k.ok('POST', `/v1/invoices/${first.id}/pay`, { paid_out_of_band: true });
  assert.equal(paid.status, 'paid');
  assert.equal(paid.amount_paid, 1000);
  problem(await h.call('POST', `/v1/invoices/${first.id}/void`, { body: {} }), 409, 'invoice_not_voidable');
  await k.ok('POST', '/v1/invoiceitems', { customer, amount: 2500, currency: 'usd', description: 'Set-top box' });
  const manual = await k.ok('POST', '/v1/invoices', { customer, currency: 'usd', auto_advance: false });
  assert.equal(manual.status, 'draft');
  assert.equal(manual.total, 2500);
  const open = await k.ok('POST', `/v1/invoices/${manual.id}/finalize`, {});
  assert.equal(open.status, 'open');
  assert.match(open.number, /^INV-\d{6}$/);
  const voided = await k.ok('POST', `/v1/invoices/${manual.id}/void`, {});
  assert.equal(voided.status, 'void');
  const bad = problem(
    await h.call('POST', '/v1/subscriptions', { body: { customer, items: [{ price: 'price_nope' }] } }),
    404,
  );
  assert.equal(bad.param, 'items[0].price');
});

test('schedule: 3 months at a promo price, then the list price; end_behavior cancel after the last phase', async () => {
  const clock = await k.clock('2025-01-10T00:00:00Z');
  const customer = await k.customer(clock);
  const promo = await k.monthly(1000);
  const list = await k.monthly(3000);
  const schedule = await k.ok('POST', '/v1/subscription_schedules', {
    customer,
    phases: [
      { items: [{ price: promo }], iterations: 3 },
      { items: [{ price: list }], iterations: 2 },
    ],
    end_behavior: 'cancel',
  });
  assert.equal(schedule.status, 'active');
  await k.advance(clock, '2025-08-01T00:00:00Z');
  const invoices = await k.invoices(schedule.subscription);
  assert.deepEqual(
    invoices.map((i) => [isoDate(i.created), i.total]),
    [
      ['2025-01-10', 1000],
      ['2025-02-10', 1000],
      ['2025-03-10', 1000],
      ['2025-04-10', 3000],
      ['2025-05-10', 3000],
    ],
  );
  const sub = await k.ok('GET', `/v1/subscriptions/${schedule.subscription}`);
  assert.equal(sub.status, 'canceled');
  assert.equal(isoDate(sub.ended_at), '2025-06-10');
  const bad = problem(
    await h.call('POST', '/v1/subscription_schedules', {
      body: { customer, phases: [{ items: [{ price: promo }] }, { items: [{ price: list }] }] },
    }),
    400,
    'parameter_missing',
  );
  assert.equal(bad.param, 'phases[0].iterations');
});
