import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';

let h: Harness;
let product: string;
before(async () => {
  h = await startHarness();
  product = (await h.call('POST', '/v1/products', { body: { name: 'Streaming' } })).json().id;
});
after(() => h.close());

async function price(body: object) {
  const r = await h.call('POST', '/v1/prices', { body: { product, currency: 'usd', ...body } });
  assert.equal(r.statusCode, 200, r.body);
  return r.json();
}
const bad = async (body: object, status = 400, code?: string) =>
  problem(await h.call('POST', '/v1/prices', { body: { product, currency: 'usd', ...body } }), status, code);

// $1/unit for the first 100, $0.50 for the next 100, $0.10 after.
const graduated = [
  { up_to: 100, unit_amount: 100 },
  { up_to: 200, unit_amount: 50 },
  { up_to: 'inf', unit_amount: 10 },
];
// $0.0010 to 10,000, $0.0008 to 50,000, $0.0006 to 100,000, $0.0004 beyond; +$10 flat in every tier.
const volume = [
  { up_to: 10000, unit_amount_decimal: '0.1', flat_amount: 1000 },
  { up_to: 50000, unit_amount_decimal: '0.08', flat_amount: 1000 },
  { up_to: 100000, unit_amount_decimal: '0.06', flat_amount: 1000 },
  { up_to: 'inf', unit_amount_decimal: '0.04', flat_amount: 1000 },
];

describe('creating prices', () => {
  test('per-unit monthly', async () => {
    const p = await price({ unit_amount: 999, recurring: { interval: 'month' }, nickname: 'Monthly' });
    assert.match(p.id, /^price_/);
    assert.equal(p.object, 'price');
    assert.equal(p.product, product);
    assert.equal(p.currency, 'usd');
    assert.equal(p.type, 'recurring');
    assert.deepEqual(p.recurring, {
      interval: 'month',
      interval_count: 1,
      usage_type: 'licensed',
      aggregate_usage: null,
    });
    assert.equal(p.billing_scheme, 'per_unit');
    assert.equal(p.tiers_mode, null);
    assert.equal(p.unit_amount, 999);
    assert.equal(p.unit_amount_decimal, '999');
    assert.equal(p.tiers, null);
    assert.equal(p.package, null);
    assert.equal(p.trial_period_days, null);
    assert.equal(p.tax_behavior, 'unspecified');
    assert.equal(p.lookup_key, null);
    assert.equal(p.nickname, 'Monthly');
    assert.equal(p.active, true);
    assert.equal(p.used, false);
    assert.deepEqual((await h.call('GET', `/v1/prices/${p.id}`)).json(), p);
  });

  test('sub-cent unit_amount_decimal, one-time, upper-case currency', async () => {
    const p = await price({ unit_amount_decimal: '0.01', currency: 'EUR' });
    assert.equal(p.unit_amount, null);
    assert.equal(p.unit_amount_decimal, '0.01');
    assert.equal(p.currency, 'eur');
    assert.equal(p.type, 'one_time');
    assert.equal(p.recurring, null);
    const both = await bad({ unit_amount: 1, unit_amount_decimal: '1.0' }, 400, 'invalid_pricing');
    assert.equal(both.param, 'unit_amount_decimal');
    assert.equal((await bad({}, 400, 'parameter_missing')).param, 'unit_amount');
  });

  test("graduated and volume tiers come back in Stripe's shape: every amount field, the last up_to null", async () => {
    const g = await price({ tiers_mode: 'graduated', tiers: graduated, recurring: { interval: 'month' } });
    assert.equal(g.billing_scheme, 'tiered');
    assert.equal(g.tiers_mode, 'graduated');
    assert.deepEqual(g.tiers, [
      { up_to: 100, unit_amount: 100, unit_amount_decimal: '100', flat_amount: null, flat_amount_decimal: null },
      { up_to: 200, unit_amount: 50, unit_amount_decimal: '50', flat_amount: null, flat_amount_decimal: null },
      { up_to: null, unit_amount: 10, unit_amount_decimal: '10', flat_amount: null, flat_amount_decimal: null },
    ]);
    assert.equal(g.unit_amount, null);
    assert.equal(g.unit_amount_decimal, null);
    const v = await price({ billing_scheme: 'tiered', tiers_mode: 'volume', tiers: volume });
    assert.equal(v.tiers_mode, 'volume');
    const flat = { flat_amount: 1000, flat_amount_decimal: '1000', unit_amount: null };
    assert.deepEqual(v.tiers, [
      { up_to: 10000, unit_amount_decimal: '0.1', ...flat },
      { up_to: 50000, unit_amount_decimal: '0.08', ...flat },
      { up_to: 100000, unit_amount_decimal: '0.06', ...flat },
      { up_to: null, unit_amount_decimal: '0.04', ...flat },
    ]);
    assert.equal((await bad({ tiers: graduated }, 400, 'parameter_missing')).param, 'tiers_mode');
  });

  test('bad tiers name the tier field', async () => {
    const descending = [
      { up_to: 100, unit_amount: 1 },
      { up_to: 50, unit_amount: 1 },
      { up_to: 'inf', unit_amount: 1 },
    ];
    const open = [
      { up_to: 100, unit_amount: 1 },
      { up_to: 200, unit_amount: 1 },
    ];
    const earlyInf = [
      { up_to: 'inf', unit_amount: 1 },
      { up_to: 'inf', unit_amount: 1 },
    ];
    const empty = [{ up_to: 10, unit_amount: 1 }, { up_to: 'inf' }];
    const cases: Array<[object[], string]> = [
      [descending, 'tiers[1].up_to'],
      [open, 'tiers[1].up_to'],
      [earlyInf, 'tiers[0].up_to'],
      [empty, 'tiers[1].unit_amount'],
    ];
    for (const [tiers, param] of cases) {
      assert.equal((await bad({ tiers_mode: 'graduated', tiers }, 400, 'invalid_pricing')).param, param);
    }
  });

  test('package pricing; free_units defaults to 0', async () => {
    const p = await price({ package: { package_size: 100, amount: 500, free_units: 100 } });
    assert.equal(p.billing_scheme, 'package');
    assert.deepEqual(p.package, { package_size: 100, amount: 500, free_units: 100 });
    assert.equal(p.unit_amount, null);
    const q = await price({ billing_scheme: 'package', package: { package_size: 10, amount: 50 } });
    assert.deepEqual(q.package, { package_size: 10, amount: 50, free_units: 0 });
    assert.equal((await bad({ billing_scheme: 'package' }, 400, 'parameter_missing')).param, 'package');
  });

  test('recurring intervals: counts up to one year', async () => {
    const q = await price({
      unit_amount: 2500,
      recurring: { interval: 'month', interval_count: 3 },
      trial_period_days: 14,
    });
    assert.deepEqual(q.recurring, {
      interval: 'month',
      interval_count: 3,
      usage_type: 'licensed',
      aggregate_usage: null,
    });
    assert.equal(q.trial_period_days, 14);
    const y = await price({ unit_amount: 9900, recurring: { interval: 'year', interval_count: 1 } });
    assert.equal(y.recurring.interval, 'year');
    assert.equal(
      (await price({ unit_amount: 1, recurring: { interval: 'month', interval_count: 12 } })).recurring.interval_count,
      12,
    );
    const thirteen = { unit_amount: 1, recurring: { interval: 'month', interval_count: 13 } };
    assert.equal((await bad(thirteen, 400, 'parameter_invalid')).param, 'recurring.interval_count');
    const twoYears = { unit_amount: 1, recurring: { interval: 'year', interval_count: 2 } };
    assert.equal((await bad(twoYears, 400, 'parameter_invalid')).param, 'recurring.interval_count');
    assert.equal(
      (await bad({ unit_amount: 1, trial_period_days: 7 }, 400, 'parameter_invalid')).param,
      'trial_period_days',
    );
  });

  test('metered prices aggregate usage', async () => {
    const m = await price({
      unit_amount: 5,
      recurring: { interval: 'month', usage_type: 'metered', aggregate_usage: 'max' },
    });
    assert.deepEqual(m.recurring, {
      interval: 'month',
      interval_count: 1,
      usage_type: 'metered',
      aggregate_usage: 'max',
    });
    const sum = await price({ unit_amount: 5, recurring: { interval: 'month', usage_type: 'metered' } });
    assert.equal(sum.recurring.aggregate_usage, 'sum');
    const licensed = { unit_amount: 5, recurring: { interval: 'month', aggregate_usage: 'sum' } };
    assert.equal((await bad(licensed, 400, 'parameter_invalid')).param, 'recurring.aggregate_usage');
    const trial = { unit_amount: 5, trial_period_days: 7, recurring: { interval: 'month', usage_type: 'metered' } };
    assert.equal((await bad(trial, 400, 'parameter_invalid')).param, 'trial_period_days');
  });

  test('product_data creates the product inline', async () => {
    const r = await h.call('POST', '/v1/prices', {
      body: { currency: 'brl', unit_amount: 1990, product_data: { name: 'Kids add-on', metadata: { line: 'kids' } } },
    });
    assert.equal(r.statusCode, 200, r.body);
    const p = r.json();
    assert.match(p.product, /^prod_/);
    assert.notEqual(p.product, product);
    const made = (await h.call('GET', `/v1/products/${p.product}`)).json();
    assert.equal(made.name, 'Kids add-on');
    assert.deepEqual(made.metadata, { line: 'kids' });
    const neither = problem(await h.call('POST', '/v1/prices', { body: { currency: 'usd', unit_amount: 1 } }), 400);
    assert.equal(neither.code, 'parameter_missing');
    assert.equal(neither.param, 'product');
    const both = { currency: 'usd', unit_amount: 1, product, product_data: { name: 'Twice' } };
    problem(await h.call('POST', '/v1/prices', { body: both }), 400, 'parameter_invalid');
    const missing = { currency: 'usd', unit_amount: 1, product: 'prod_missing' };
    assert.equal(
      problem(await h.call('POST', '/v1/prices', { body: missing }), 404, 'resource_missing').param,
      'product',
    );
  });

  test('an unknown currency names currency and creates nothing', async () => {
    const before = (await h.call('GET', '/v1/products?limit=100')).json().data.length;
    const r = await h.call('POST', '/v1/prices', {
      body: { currency: 'xyz', unit_amount: 1, product_data: { name: 'Ghost' } },
    });
    assert.equal(problem(r, 400, 'currency_unsupported').param, 'currency');
    assert.equal((await h.call('GET', '/v1/products?limit=100')).json().data.length, before);
  });
});

describe('lookup keys', () => {
  test('a lookup key names one price; transfer_lookup_key moves it', async () => {
    const first = await price({ unit_amount: 1000, lookup_key: 'standard_monthly' });
    assert.equal(first.lookup_key, 'standard_monthly');
    const taken = await bad({ unit_amount: 1100, lookup_key: 'standard_monthly' }, 409, 'lookup_key_taken');
    assert.equal(taken.param, 'lookup_key');
    const second = await price({ unit_amount: 1100, lookup_key: 'standard_monthly', transfer_lookup_key: true });
    assert.equal(second.lookup_key, 'standard_monthly');
    assert.equal((await h.call('GET', `/v1/prices/${first.id}`)).json().lookup_key, null);
    const byKey = (await h.call('GET', '/v1/prices?lookup_keys[]=standard_monthly')).json();
    assert.deepEqual(
      byKey.data.map((p: any) => p.id),
      [second.id],
    );
    const update = await h.call('POST', `/v1/prices/${first.id}`, { body: { lookup_key: 'standard_monthly' } });
    assert.equal(problem(update, 409, 'lookup_key_taken').param, 'lookup_key');
    const moved = await h.call('POST', `/v1/prices/${first.id}`, {
      body: { lookup_key: 'standard_monthly', transfer_lookup_key: true },
    });
    assert.equal(moved.json().lookup_key, 'standard_monthly');
    assert.equal((await h.call('GET', `/v1/prices/${second.id}`)).json().lookup_key, null);
  });

  test('concurrent claims of one lookup key give it to one price', async () => {
    const body = { product, currency: 'usd', unit_amount: 1, lookup_key: 'race_key' };
    const all = await Promise.all([1, 2, 3].map(() => h.call('POST', '/v1/prices', { body })));
    assert.equal(all.filter((r) => r.statusCode === 200).length, 1);
    for (const r of all.filter((r) => r.statusCode !== 200)) problem(r, 409, 'lookup_key_taken');
    assert.equal((await h.call('GET', '/v1/prices?lookup_keys[]=race_key')).json().data.length, 1);
  });
});
