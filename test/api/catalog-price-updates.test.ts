import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { markPriceUsed } from '../../src/modules/catalog/index.ts';
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
const update = (id: string, body: object) => h.call('POST', `/v1/prices/${id}`, { body });
const ids = (r: { json(): any }) => r.json().data.map((p: any) => p.id);

describe('listing prices', () => {
  let other: string;
  let monthly: any;
  let yearly: any;
  let setup: any;
  let archived: any;
  before(async () => {
    other = (await h.call('POST', '/v1/products', { body: { name: 'Other' } })).json().id;
    monthly = await price({ unit_amount: 1000, recurring: { interval: 'month' }, lookup_key: 'list_monthly' });
    yearly = await price({ unit_amount: 10000, recurring: { interval: 'year' }, lookup_key: 'list_yearly' });
    setup = await price({ unit_amount: 500, currency: 'eur', lookup_key: 'list_setup' });
    archived = await price({ unit_amount: 900, recurring: { interval: 'month' }, active: false });
    await h.call('POST', '/v1/prices', { body: { product: other, currency: 'usd', unit_amount: 1 } });
  });

  test('by product', async () => {
    assert.deepEqual(ids(await h.call('GET', `/v1/prices?product=${product}`)), [
      archived.id,
      setup.id,
      yearly.id,
      monthly.id,
    ]);
    assert.equal((await h.call('GET', `/v1/prices?product=${other}`)).json().data.length, 1);
  });

  test('by active, type and currency', async () => {
    const active = await h.call('GET', `/v1/prices?product=${product}&active=true`);
    assert.deepEqual(ids(active), [setup.id, yearly.id, monthly.id]);
    assert.deepEqual(ids(await h.call('GET', `/v1/prices?product=${product}&active=false`)), [archived.id]);
    assert.deepEqual(ids(await h.call('GET', `/v1/prices?product=${product}&type=one_time`)), [setup.id]);
    const recurring = await h.call('GET', `/v1/prices?product=${product}&type=recurring&active=true`);
    assert.deepEqual(ids(recurring), [yearly.id, monthly.id]);
    assert.deepEqual(ids(await h.call('GET', `/v1/prices?product=${product}&currency=EUR`)), [setup.id]);
    assert.equal(problem(await h.call('GET', '/v1/prices?type=metered'), 400).param, 'type');
  });

  test('by lookup_keys[]', async () => {
    const two = await h.call('GET', '/v1/prices?lookup_keys[]=list_monthly&lookup_keys[]=list_setup');
    assert.deepEqual(ids(two), [setup.id, monthly.id]);
    assert.deepEqual(ids(await h.call('GET', '/v1/prices?lookup_keys[]=list_yearly')), [yearly.id]);
    assert.equal((await h.call('GET', '/v1/prices?lookup_keys[]=nope')).json().data.length, 0);
  });
});

describe('updating prices', () => {
  test('nickname, metadata and active change', async () => {
    const p = await price({ unit_amount: 700, nickname: 'Old', metadata: { a: '1', b: '2' } });
    const r = await update(p.id, { nickname: 'New', metadata: { a: null, c: '3' }, active: false });
    assert.equal(r.statusCode, 200);
    const u = r.json();
    assert.equal(u.nickname, 'New');
    assert.deepEqual(u.metadata, { b: '2', c: '3' });
    assert.equal(u.active, false);
    assert.equal(u.unit_amount, 700);
    const event = (await h.call('GET', '/v1/events?type=price.updated&limit=1')).json().data[0];
    assert.equal(event.data.object.id, p.id);
    assert.equal(event.data.previous_attributes.nickname, 'Old');
    assert.equal(event.data.previous_attributes.active, true);
    assert.equal((await update(p.id, { nickname: null })).json().nickname, null);
    problem(await update('price_missing', { nickname: 'x' }), 404, 'resource_missing');
  });

  test('an unused price can change its amount; the new pricing is validated as a whole', async () => {
    const p = await price({ unit_amount_decimal: '0.5', recurring: { interval: 'month', interval_count: 3 } });
    const u = (await update(p.id, { unit_amount: 1200 })).json();
    assert.equal(u.unit_amount, 1200);
    assert.equal(u.unit_amount_decimal, '1200');
    assert.deepEqual(u.recurring, {
      interval: 'month',
      interval_count: 3,
      usage_type: 'licensed',
      aggregate_usage: null,
    });
    assert.equal(u.currency, 'usd');

    const both = problem(await update(p.id, { unit_amount: 1, unit_amount_decimal: '1' }), 400, 'invalid_pricing');
    assert.equal(both.param, 'unit_amount_decimal');
    const noMode = problem(await update(p.id, { tiers: [{ up_to: 'inf', unit_amount: 1 }] }), 400, 'parameter_missing');
    assert.equal(noMode.param, 'tiers_mode');
    const badTiers = { tiers_mode: 'volume', tiers: [{ up_to: 10, unit_amount: 1 }] };
    assert.equal(problem(await update(p.id, badTiers), 400, 'invalid_pricing').param, 'tiers[0].up_to');
    assert.equal((await h.call('GET', `/v1/prices/${p.id}`)).json().unit_amount, 1200);

    const tiers = [
      { up_to: 10, unit_amount: 100 },
      { up_to: 'inf', unit_amount: 80 },
    ];
    const tiered = (await update(p.id, { tiers_mode: 'volume', tiers })).json();
    assert.equal(tiered.billing_scheme, 'tiered');
    const stripeShape = (up_to: number | null, unit: number) => ({
      up_to,
      unit_amount: unit,
      unit_amount_decimal: String(unit),
      flat_amount: null,
      flat_amount_decimal: null,
    });
    assert.deepEqual(tiered.tiers, [stripeShape(10, 100), stripeShape(null, 80)]);
    assert.equal(tiered.unit_amount, null);
    assert.equal(tiered.unit_amount_decimal, null);
    assert.equal(tiered.used, false);
  });

  test('once billed, amounts are frozen but descriptive fields still change', async () => {
    const p = await price({ unit_amount: 1500, recurring: { interval: 'month' }, tax_behavior: 'exclusive' });
    await markPriceUsed(h.ctx, h.accountId, p.id);
    assert.equal((await h.call('GET', `/v1/prices/${p.id}`)).json().used, true);
    const frozen = problem(await update(p.id, { unit_amount: 2000 }), 400, 'price_in_use');
    assert.equal(frozen.param, 'unit_amount');
    const pkg = { package: { package_size: 10, amount: 100 } };
    assert.equal(problem(await update(p.id, pkg), 400, 'price_in_use').param, 'package');
    const tax = problem(await update(p.id, { tax_behavior: 'inclusive' }), 400, 'price_in_use');
    assert.equal(tax.param, 'tax_behavior');
    const renamed = (await update(p.id, { nickname: 'Legacy monthly', active: false })).json();
    assert.equal(renamed.nickname, 'Legacy monthly');
    assert.equal(renamed.active, false);
    assert.equal(renamed.unit_amount, 1500);
    assert.equal(renamed.used, true);
  });

  test('another account cannot mark or change the price', async () => {
    const p = await price({ unit_amount: 100 });
    const other = await h.otherAccount();
    await markPriceUsed(h.ctx, other.accountId, p.id);
    assert.equal((await h.call('GET', `/v1/prices/${p.id}`)).json().used, false);
    problem(await h.call('POST', `/v1/prices/${p.id}`, { body: { nickname: 'x' }, key: other.key }), 404);
  });
});
