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

const WINDOW = `start=${unix('2024-01-01T00:00:00Z')}&end=${unix('2028-01-01T00:00:00Z')}`;

/** The customer's stored movements, oldest first, as [date, type, amount, mrr_after]. */
async function movementsOf(customer: string) {
  return (await k.movements(customer, WINDOW)).map((m) => [isoDate(m.date), m.type, m.amount, m.mrr_after]);
}

test("ChartMogul's lifecycle: new, expansion, contraction, churn at period end, reactivation", async () => {
  const clock = await k.clock('2025-01-10T00:00:00Z');
  const customer = await k.customer(clock);
  const goldYearly = await k.price({ unit_amount: 50000, recurring: { interval: 'year' } });
  const goldMonthly = await k.monthly(5000);
  const silverMonthly = await k.monthly(3000);
  const gold = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: goldYearly, quantity: 4 }] });
  assert.deepEqual(await movementsOf(customer), [['2025-01-10', 'new', 16667, 16667]], '$2,000/yr → $166.67');

  await k.advance(clock, '2025-02-01T00:00:00Z');
  const silver = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: silverMonthly, quantity: 2 }] });
  await k.advance(clock, '2025-02-15T00:00:00Z');
  await k.ok('POST', `/v1/subscriptions/${silver.id}/cancel`, {});
  await k.advance(clock, '2025-03-01T00:00:00Z');
  await k.ok('POST', `/v1/subscriptions/${gold.id}`, { cancel_at_period_end: true });
  await k.advance(clock, '2026-02-01T00:00:00Z');
  await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: goldMonthly, quantity: 3 }] });
  assert.deepEqual(await movementsOf(customer), [
    ['2025-01-10', 'new', 16667, 16667],
    ['2025-02-01', 'expansion', 6000, 22667],
    // Canceled immediately on 02-15, but February was invoiced: by default it counts until its service ends.
    ['2025-03-01', 'contraction', -6000, 16667],
    ['2026-01-10', 'churn', -16667, 0],
    ['2026-02-01', 'reactivation', 15000, 15000],
  ]);

  const series = await k.ok(
    'GET',
    `/v1/metrics/mrr?start=${unix('2025-01-01T00:00:00Z')}&end=${unix('2025-04-01T00:00:00Z')}&interval=month`,
  );
  assert.deepEqual(
    series.data.map((b: any) => [isoDate(b.start), b.new_business, b.expansion, b.contraction, b.mrr]),
    [
      ['2025-01-01', 16667, 0, 0, 16667],
      ['2025-02-01', 0, 6000, 0, 22667],
      ['2025-03-01', 0, 0, -6000, 16667],
    ],
  );
  assert.equal(series.data[0].arr, 16667 * 12);
  const csv = await h.call(
    'GET',
    `/v1/metrics/mrr?start=${unix('2025-01-01T00:00:00Z')}&end=${unix('2025-03-01T00:00:00Z')}&format=csv`,
  );
  assert.equal(csv.statusCode, 200);
  assert.match(csv.headers['content-type'] as string, /text\/csv/);
  assert.equal(
    csv.body.split('\n')[1],
    '2025-01-01T00:00:00.000Z,2025-02-01T00:00:00.000Z,0,16667,0,0,0,0,16667,200004,1',
  );

  const summary = await k.ok(
    'GET',
    `/v1/metrics/summary?start=${unix('2026-01-01T00:00:00Z')}&end=${unix('2026-02-01T00:00:00Z')}`,
  );
  assert.equal(summary.customer_churn_rate, 1);
  assert.equal(summary.gross_mrr_churn_rate, 1);
  assert.equal(summary.customers, 0);
});

test('a 50% forever coupon halves MRR', async () => {
  const clock = await k.clock('2025-01-10T00:00:00Z');
  const customer = await k.customer(clock);
  const coupon = await k.ok('POST', '/v1/coupons', { percent_off: 50, duration: 'forever' });
  await k.ok('POST', '/v1/subscriptions', {
    customer,
    items: [{ price: await k.monthly(1000) }],
    coupon: coupon.id,
  });
  assert.deepEqual(await movementsOf(customer), [['2025-01-10', 'new', 500, 500]]);
});

test('$10/month with 10% off for 3 months is $9, then $10 (expansion when the discount ends)', async () => {
  const clock = await k.clock('2025-01-10T00:00:00Z');
  const customer = await k.customer(clock);
  const coupon = await k.ok('POST', '/v1/coupons', { percent_off: 10, duration: 'repeating', duration_in_months: 3 });
  await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(1000) }], coupon: coupon.id });
  await k.advance(clock, '2025-05-01T00:00:00Z');
  assert.deepEqual(await movementsOf(customer), [
    ['2025-01-10', 'new', 900, 900],
    ['2025-04-10', 'expansion', 100, 1000],
  ]);
});

test('a 50% once coupon: half price for the discounted month, then an expansion to full price', async () => {
  const clock = await k.clock('2025-01-10T00:00:00Z');
  const customer = await k.customer(clock);
  const coupon = await k.ok('POST', '/v1/coupons', { percent_off: 50, duration: 'once' });
  await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(1000) }], coupon: coupon.id });
  await k.advance(clock, '2025-01-20T00:00:00Z');
  assert.deepEqual(await movementsOf(customer), [['2025-01-10', 'new', 500, 500]], 'still half price mid-period');
  await k.advance(clock, '2025-04-01T00:00:00Z');
  assert.deepEqual(await movementsOf(customer), [
    ['2025-01-10', 'new', 500, 500],
    ['2025-02-10', 'expansion', 500, 1000],
  ]);
});

test('churn_recognition: an immediate cancellation churns at the end of the invoiced period, or at once', async () => {
  const churnOf = async (recognition: string) => {
    await k.ok('POST', '/v1/account', { settings: { analytics: { churn_recognition: recognition } } });
    const clock = await k.clock('2025-01-10T00:00:00Z');
    const customer = await k.customer(clock);
    const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(1000) }] });
    await k.advance(clock, '2025-01-20T00:00:00Z');
    await k.ok('POST', `/v1/subscriptions/${sub.id}/cancel`, {});
    await k.advance(clock, '2025-03-01T00:00:00Z');
    return movementsOf(customer);
  };
  assert.deepEqual(await churnOf('billing_cancel'), [
    ['2025-01-10', 'new', 1000, 1000],
    ['2025-01-20', 'churn', -1000, 0],
  ]);
  assert.deepEqual(await churnOf('period_end'), [
    ['2025-01-10', 'new', 1000, 1000],
    ['2025-02-10', 'churn', -1000, 0],
  ]);
  // A trial canceled early paid for nothing: no movement at all.
  const clock = await k.clock('2025-01-10T00:00:00Z');
  const customer = await k.customer(clock);
  const trial = await k.ok('POST', '/v1/subscriptions', {
    customer,
    items: [{ price: await k.monthly(1000) }],
    trial_period_days: 14,
  });
  await k.advance(clock, '2025-01-15T00:00:00Z');
  await k.ok('POST', `/v1/subscriptions/${trial.id}/cancel`, {});
  await k.advance(clock, '2025-02-01T00:00:00Z');
  assert.deepEqual(await movementsOf(customer), []);
});

test('account options: churn at cancellation request, only forever discounts reduce MRR', async () => {
  const account = await k.ok('GET', '/v1/account');
  assert.deepEqual(account.settings.analytics, {
    churn_recognition: 'period_end',
    discount_policy: 'all',
    past_due_churn_after_days: null,
    reporting_currency: null,
  });
  await k.ok('POST', '/v1/account', {
    settings: { analytics: { churn_recognition: 'cancellation_request', discount_policy: 'forever_only' } },
  });
  const clock = await k.clock('2025-01-10T00:00:00Z');
  const customer = await k.customer(clock);
  const coupon = await k.ok('POST', '/v1/coupons', { percent_off: 10, duration: 'repeating', duration_in_months: 3 });
  const sub = await k.ok('POST', '/v1/subscriptions', {
    customer,
    items: [{ price: await k.monthly(1000) }],
    coupon: coupon.id,
  });
  await k.advance(clock, '2025-01-20T00:00:00Z');
  await k.ok('POST', `/v1/subscriptions/${sub.id}`, { cancel_at_period_end: true });
  assert.deepEqual(await movementsOf(customer), [
    ['2025-01-10', 'new', 1000, 1000],
    ['2025-01-20', 'churn', -1000, 0],
  ]);
  await k.ok('POST', '/v1/account', {
    settings: { analytics: { churn_recognition: 'period_end', discount_policy: 'all' } },
  });
});

test('a customer discount is contraction when added and expansion when it ends mid-period (no subscription event)', async () => {
  const clock = await k.clock('2025-01-10T00:00:00Z');
  const customer = await k.customer(clock);
  await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(2000) }] });
  await k.advance(clock, '2025-01-20T00:00:00Z');
  const coupon = await k.ok('POST', '/v1/coupons', { percent_off: 25, duration: 'repeating', duration_in_months: 1 });
  await k.ok('POST', `/v1/customers/${customer}/discounts`, { coupon: coupon.id, currency: 'usd' });
  await k.advance(clock, '2025-03-01T00:00:00Z');
  assert.deepEqual(await movementsOf(customer), [
    ['2025-01-10', 'new', 2000, 2000],
    ['2025-01-20', 'contraction', -500, 1500],
    ['2025-02-20', 'expansion', 500, 2000],
  ]);
});
