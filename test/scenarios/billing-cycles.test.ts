import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { billingKit, isoDate, unix } from './billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
before(async () => {
  h = await startHarness();
  k = billingKit(h);
});
after(() => h.close());

test('anchor 2025-01-31 monthly bills on the last day of short months: 02-28, 03-31, 04-30, 05-31', async () => {
  const clock = await k.clock('2025-01-31T10:00:00Z');
  const customer = await k.customer(clock);
  const price = await k.monthly(1000);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }] });
  await k.advance(clock, '2025-06-01T00:00:00Z');
  const invoices = await k.invoices(sub.id);
  assert.deepEqual(
    invoices.map((i) => isoDate(i.created)),
    ['2025-01-31', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31'],
  );
  assert.deepEqual(
    invoices.map((i) => i.total),
    [1000, 1000, 1000, 1000, 1000],
  );
  // Renewal drafts are finalized by auto-advance an hour later, each with the next gapless number.
  const numbers = invoices.map((i) => Number(i.number.split('-').at(-1)));
  assert.deepEqual(numbers, [numbers[0], numbers[0] + 1, numbers[0] + 2, numbers[0] + 3, numbers[0] + 4]);
  // Each finalized invoice was then charged to the customer's card.
  assert.ok(invoices.every((i) => i.status === 'paid'));
});

test('anchor 2024-01-31 (leap year) bills on 2024-02-29', async () => {
  const clock = await k.clock('2024-01-31T10:00:00Z');
  const customer = await k.customer(clock);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(500) }] });
  await k.advance(clock, '2024-03-01T00:00:00Z');
  assert.deepEqual(
    (await k.invoices(sub.id)).map((i) => isoDate(i.created)),
    ['2024-01-31', '2024-02-29'],
  );
});

test('upgrade 10 → 20 USD/month exactly halfway through a 30-day period: proration lines −5.00 and +10.00', async () => {
  const clock = await k.clock('2025-04-01T00:00:00Z');
  const customer = await k.customer(clock);
  const cheap = await k.monthly(1000);
  const dear = await k.monthly(2000);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: cheap }] });
  assert.equal(isoDate(sub.current_period_end), '2025-05-01');
  await k.advance(clock, '2025-04-16T00:00:00Z');
  // The preview shows what the change would bill, without saving anything.
  const itemId = sub.items.data[0].id;
  const preview = await k.ok(
    'GET',
    `/v1/invoices/upcoming?subscription=${sub.id}&subscription_items[0][id]=${itemId}&subscription_items[0][price]=${dear}`,
  );
  assert.deepEqual(
    preview.lines.data.map((l: any) => l.amount),
    [-500, 1000, 2000],
  );
  assert.equal((await k.ok('GET', `/v1/subscriptions/${sub.id}`)).items.data[0].price.id, cheap);
  const updated = await k.ok('POST', `/v1/subscriptions/${sub.id}`, {
    items: [{ id: itemId, price: dear }],
    proration_behavior: 'always_invoice',
  });
  assert.equal(updated.items.data[0].price.id, dear);
  const invoices = await k.invoices(sub.id);
  const proration = invoices.at(-1);
  assert.equal(proration.billing_reason, 'subscription_update');
  assert.deepEqual(
    proration.lines.data.map((l: any) => [l.amount, l.proration]),
    [
      [-500, true],
      [1000, true],
    ],
  );
  assert.equal(proration.total, 500);
  await k.advance(clock, '2025-05-01T02:00:00Z');
  assert.equal((await k.invoices(sub.id)).at(-1).total, 2000);
});

test('$50/month started Aug 10 with billing_cycle_anchor Sep 1: first invoice 22/31 × $50 = $35.48', async () => {
  const clock = await k.clock('2025-08-10T00:00:00Z');
  const customer = await k.customer(clock);
  const sub = await k.ok('POST', '/v1/subscriptions', {
    customer,
    items: [{ price: await k.monthly(5000) }],
    billing_cycle_anchor: unix('2025-09-01T00:00:00Z'),
  });
  assert.equal(isoDate(sub.current_period_end), '2025-09-01');
  await k.advance(clock, '2025-09-02T00:00:00Z');
  const invoices = await k.invoices(sub.id);
  assert.deepEqual(
    invoices.map((i) => [isoDate(i.created), i.total]),
    [
      ['2025-08-10', 3548],
      ['2025-09-01', 5000],
    ],
  );
});

test('coupon 20% repeating 3 months on $30/month: invoices 24, 24, 24, 30 with the discount as a line amount', async () => {
  const clock = await k.clock('2025-01-15T00:00:00Z');
  const customer = await k.customer(clock);
  const coupon = await k.ok('POST', '/v1/coupons', { percent_off: 20, duration: 'repeating', duration_in_months: 3 });
  const sub = await k.ok('POST', '/v1/subscriptions', {
    customer,
    items: [{ price: await k.monthly(3000) }],
    coupon: coupon.id,
  });
  await k.advance(clock, '2025-04-16T00:00:00Z');
  const invoices = await k.invoices(sub.id);
  assert.deepEqual(
    invoices.map((i) => i.total),
    [2400, 2400, 2400, 3000],
  );
  assert.deepEqual(
    invoices[0].total_discount_amounts.map((d: any) => d.amount),
    [600],
  );
  assert.deepEqual(invoices[3].total_discount_amounts, []);
});

test('graduated metered price billed in arrears: 250 units in the period = $155.00 on the period-end invoice', async () => {
  const clock = await k.clock('2025-03-01T00:00:00Z');
  const customer = await k.customer(clock);
  const price = await k.price({
    recurring: { interval: 'month', usage_type: 'metered' },
    billing_scheme: 'tiered',
    tiers_mode: 'graduated',
    tiers: [
      { up_to: 100, unit_amount: 100 },
      { up_to: 200, unit_amount: 50 },
      { up_to: 'inf', unit_amount: 10 },
    ],
  });
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }] });
  const item = sub.items.data[0].id;
  const report = await k.ok('POST', '/v1/usage_records', {
    records: [
      { subscription_item: item, quantity: 200, identifier: 'evt-1', timestamp: unix('2025-03-05T00:00:00Z') },
      { subscription_item: item, quantity: 50, identifier: 'evt-2', timestamp: unix('2025-03-20T00:00:00Z') },
      // A retried report of evt-2 counts once.
      { subscription_item: item, quantity: 50, identifier: 'evt-2', timestamp: unix('2025-03-20T00:00:00Z') },
    ],
  });
  assert.equal(report.duplicates, 1);
  await k.ok('POST', `/v1/subscription_items/${item}/usage_records`, {
    quantity: 999,
    identifier: 'evt-1',
  });
  await k.advance(clock, '2025-04-01T02:00:00Z');
  const invoices = await k.invoices(sub.id);
  assert.equal(invoices.length, 1, 'nothing is billed in advance for a metered-only subscription');
  assert.equal(isoDate(invoices[0].created), '2025-04-01');
  assert.equal(invoices[0].total, 15500);
  assert.equal(invoices[0].lines.data[0].quantity, 250);
  assert.equal(isoDate(invoices[0].lines.data[0].period.start), '2025-03-01');
});

test("periods keep the account's local time across DST (time_zone setting), and a bad zone names the field", async () => {
  const bad = await h.call('POST', '/v1/account', { body: { time_zone: 'Mars/Olympus' } });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().param, 'time_zone');
  await k.ok('POST', '/v1/account', { time_zone: 'Europe/Amsterdam', settings: { invoice_prefix: 'AMS' } });
  try {
    // Midnight on 1 March in Amsterdam is 23:00 UTC; after the DST change (30 March) midnight is 22:00 UTC.
    const clock = await k.clock('2025-02-28T23:00:00Z');
    const customer = await k.customer(clock);
    const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(1000) }] });
    assert.equal(new Date(sub.current_period_end * 1000).toISOString(), '2025-03-31T22:00:00.000Z');
    await k.advance(clock, '2025-04-02T00:00:00Z');
    const invoices = await k.invoices(sub.id);
    assert.equal(new Date(invoices[1].created * 1000).toISOString(), '2025-03-31T22:00:00.000Z');
    assert.match(invoices[1].number, /^AMS-\d{6}$/);
  } finally {
    await k.ok('POST', '/v1/account', { time_zone: 'UTC', settings: { invoice_prefix: 'INV' } });
  }
});

test('a 50% forever coupon on the customer halves every subscription invoice', async () => {
  const clock = await k.clock('2025-01-01T00:00:00Z');
  const customer = await k.customer(clock);
  const coupon = await k.ok('POST', '/v1/coupons', { percent_off: 50, duration: 'forever' });
  await k.ok('POST', `/v1/customers/${customer}/discounts`, { coupon: coupon.id, currency: 'usd' });
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(2000) }] });
  await k.advance(clock, '2025-02-01T02:00:00Z');
  assert.deepEqual(
    (await k.invoices(sub.id)).map((i) => i.total),
    [1000, 1000],
  );
});
