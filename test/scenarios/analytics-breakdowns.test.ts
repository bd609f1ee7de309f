import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { billingKit, unix } from './billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
before(async () => {
  h = await startHarness();
  k = billingKit(h);
});
after(() => h.close());

const JAN = unix('2025-01-01T00:00:00Z');
const FEB = unix('2025-02-01T00:00:00Z');
const MAR = unix('2025-03-01T00:00:00Z');

async function series(query: string) {
  await h.settle();
  return k.ok('GET', `/v1/metrics/mrr?start=${JAN}&end=${MAR}&interval=month${query}`);
}
const mrrs = (s: any) => s.data.map((b: any) => b.mrr);

test('metrics by plan, product, country, currency and attribute; EUR converts at its day’s rate', async () => {
  // BR's Basic is canceled mid-period: churn dated at the cancellation keeps February's figures whole.
  await k.ok('POST', '/v1/account', { settings: { analytics: { churn_recognition: 'billing_cancel' } } });
  await k.ok('POST', '/v1/attribute_definitions', { key: 'device', type: 'string' });
  const clock = await k.clock('2025-01-10T00:00:00Z');
  const customer = async (country: string, device?: string) => {
    const body = { name: 'C', test_clock: clock, address: { country }, ...(device && { attributes: { device } }) };
    const id = (await k.ok('POST', '/v1/customers', body)).id as string;
    await k.ok('POST', '/v1/payment_methods', { customer: id, token: 'tok_visa' });
    return id;
  };
  const basic = (await k.ok('POST', '/v1/products', { name: 'Basic' })).id;
  const premium = (await k.ok('POST', '/v1/products', { name: 'Premium' })).id;
  const price = async (product: string, currency: string, unit_amount: number) =>
    (await k.ok('POST', '/v1/prices', { product, currency, unit_amount, recurring: { interval: 'month' } })).id;
  const basicUsd = await price(basic, 'usd', 1000);
  const premiumUsd = await price(premium, 'usd', 3000);
  const premiumEur = await price(premium, 'eur', 2000);
  const br = await customer('BR', 'tv');
  const pt = await customer('PT', 'phone');
  const de = await customer('DE');
  const brBasic = await k.ok('POST', '/v1/subscriptions', { customer: br, items: [{ price: basicUsd }] });
  await k.ok('POST', '/v1/subscriptions', { customer: pt, items: [{ price: premiumUsd }] });
  await k.ok('POST', '/v1/subscriptions', { customer: de, items: [{ price: premiumEur }] });
  await k.advance(clock, '2025-02-05T00:00:00Z');
  // BR moves from Basic to Premium: +3000 then -1000 for the customer; new in Premium, churn in Basic.
  await k.ok('POST', '/v1/subscriptions', { customer: br, items: [{ price: premiumUsd }] });
  await k.ok('POST', `/v1/subscriptions/${brBasic.id}/cancel`, {});
  await k.advance(clock, '2025-02-20T00:00:00Z');

  const mixed = await h.call('GET', `/v1/metrics/mrr?start=${JAN}&end=${MAR}`);
  assert.equal(mixed.statusCode, 400, 'two currencies and no reporting currency');
  assert.equal(JSON.parse(mixed.body).code, 'reporting_currency_required');
  await k.ok('POST', '/v1/account', { settings: { analytics: { past_due_churn_after_days: 45 } } });
  const account = await k.ok('POST', '/v1/account', { settings: { analytics: { reporting_currency: 'usd' } } });
  // Nested settings merge: setting the currency keeps the other analytics option.
  assert.equal(account.settings.analytics.past_due_churn_after_days, 45);
  assert.equal(account.settings.analytics.reporting_currency, 'usd');
  const badCurrency = await h.call('POST', '/v1/account', {
    body: { settings: { analytics: { reporting_currency: 'xyz' } } },
  });
  assert.equal(JSON.parse(badCurrency.body).param, 'settings.analytics.reporting_currency');
  const noRate = await h.call('GET', `/v1/metrics/mrr?start=${JAN}&end=${MAR}`);
  assert.equal(JSON.parse(noRate.body).code, 'exchange_rate_missing');
  await k.ok('POST', '/v1/exchange_rates', { currency: 'eur', quote_currency: 'usd', rate: '1.1', date: '2025-01-01' });
  // A later rate does not revalue January's movement (it converts at the rate of its day).
  await k.ok('POST', '/v1/exchange_rates', {
    currency: 'eur',
    quote_currency: 'usd',
    rate: '1.25',
    date: '2025-01-11',
  });

  const all = await series('');
  assert.equal(all.currency, 'usd');
  assert.deepEqual(mrrs(all), [1000 + 3000 + 2200, 8200]);
  assert.deepEqual([all.data[1].expansion, all.data[1].contraction, all.data[1].customers_end], [3000, -1000, 3]);

  const plan = await series(`&plan=${premiumUsd}`);
  assert.deepEqual(mrrs(plan), [3000, 6000]);
  assert.deepEqual([plan.data[1].new_business, plan.data[1].customers_end], [3000, 2]);
  const basicPlan = await series(`&plan=${basicUsd}`);
  assert.deepEqual([basicPlan.data[1].churn, basicPlan.data[1].mrr, basicPlan.data[1].customers_end], [-1000, 0, 0]);
  assert.deepEqual(mrrs(await series(`&product=${premium}`)), [5200, 8200]);
  assert.deepEqual(mrrs(await series('&country=br')), [1000, 3000]);
  assert.deepEqual(mrrs(await series('&attributes[device]=tv')), [1000, 3000]);
  assert.deepEqual(mrrs(await series('&currency=eur')), [2200, 2200]);

  const byCountry = await series('&breakdown=country');
  assert.deepEqual(
    byCountry.breakdown.groups.map((g: any) => [g.value, ...mrrs(g)]),
    [
      ['BR', 1000, 3000],
      ['DE', 2200, 2200],
      ['PT', 3000, 3000],
    ],
  );
  const byDevice = await series('&breakdown=attributes.device');
  assert.deepEqual(
    byDevice.breakdown.groups.map((g: any) => [g.value, ...mrrs(g)]),
    [
      ['phone', 3000, 3000],
      ['tv', 1000, 3000],
      [null, 2200, 2200],
    ],
  );
  const byPlan = await series('&breakdown=plan');
  assert.deepEqual(Object.fromEntries(byPlan.breakdown.groups.map((g: any) => [g.value, mrrs(g)])), {
    [basicUsd]: [1000, 0],
    [premiumUsd]: [3000, 6000],
    [premiumEur]: [2200, 2200],
  });

  // Bucket edges inside a UTC day come from the movement lines, not the daily rollups.
  const cut = await k.ok(
    'GET',
    `/v1/metrics/mrr?start=${unix('2025-02-04T18:00:00Z')}&end=${unix('2025-02-05T06:00:00Z')}&interval=day`,
  );
  assert.deepEqual([cut.data[0].start_mrr, cut.data[0].expansion, cut.data[0].mrr], [6200, 3000, 8200]);
  const after = await k.ok('GET', `/v1/metrics/mrr?start=${unix('2025-02-05T06:00:00Z')}&end=${MAR}&interval=month`);
  assert.deepEqual([after.data[0].start_mrr, after.data[0].expansion], [8200, 0]);

  const summary = await k.ok('GET', `/v1/metrics/summary?start=${FEB}&end=${MAR}&breakdown=plan`);
  assert.equal(summary.mrr, 8200);
  const basicSummary = summary.breakdown.groups.find((g: any) => g.value === basicUsd);
  assert.deepEqual([basicSummary.customer_churn_rate, basicSummary.gross_mrr_churn_rate], [1, 1]);
  const bad = await h.call('GET', `/v1/metrics/mrr?breakdown=plan&product=${premium}`);
  assert.equal(bad.statusCode, 400);
  const openapi = JSON.parse((await h.call('GET', '/openapi.json')).body);
  const params = openapi.paths['/v1/metrics/mrr'].get.parameters.map((p: any) => p.name);
  for (const name of ['plan', 'product', 'country', 'currency', 'breakdown']) assert.ok(params.includes(name), name);
});
