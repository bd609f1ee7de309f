import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';
import { billingKit } from '../scenarios/billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
before(async () => {
  h = await startHarness();
  k = billingKit(h);
});
after(() => h.close());

const price = async (product: string, amount: number) =>
  (
    await k.ok('POST', '/v1/prices', {
      product,
      currency: 'usd',
      unit_amount: amount,
      recurring: { interval: 'month' },
    })
  ).id;

test('products carry entitlements; a plan and an add-on combine; a product change reaches its subscribers at once', async () => {
  const bad = await h.call('POST', '/v1/products', { body: { name: 'X', entitlements: { max_streams: 2 } } });
  problem(bad, 400, 'parameter_unknown');
  const plan = await k.ok('POST', '/v1/products', {
    name: 'Family',
    entitlements: { bouquets: ['bq_family'], max_connections: 2, quality: 'hd', output_formats: ['m3u8'] },
  });
  assert.deepEqual(plan.entitlements.bouquets, ['bq_family']);
  const screens = await k.ok('POST', '/v1/products', { name: 'Extra screen', entitlements: { extra_connections: 1 } });
  const customer = (await k.ok('POST', '/v1/customers', { name: 'Ana' })).id;
  await k.ok('POST', '/v1/payment_methods', { customer, token: 'tok_visa' });
  const sub = await k.ok('POST', '/v1/subscriptions', {
    customer,
    items: [{ price: await price(plan.id, 1500) }, { price: await price(screens.id, 300), quantity: 2 }],
  });

  let entitled = await k.ok('GET', `/v1/customers/${customer}/entitlements`);
  assert.deepEqual(
    [entitled.object, entitled.access, entitled.trial, entitled.access_until, entitled.subscriptions],
    ['entitlements', true, false, sub.current_period_end, [sub.id]],
  );
  assert.deepEqual(
    [entitled.bouquets, entitled.max_connections, entitled.quality, entitled.output_formats, entitled.catchup],
    [['bq_family'], 4, 'hd', ['m3u8'], false],
  );

  await k.ok('POST', `/v1/products/${plan.id}`, {
    entitlements: { bouquets: ['bq_family', 'bq_kids'], max_connections: 2 },
  });
  entitled = await k.ok('GET', `/v1/customers/${customer}/entitlements`);
  assert.deepEqual(entitled.bouquets, ['bq_family', 'bq_kids']);
  const told = (await k.events('entitlements.updated')).filter((e) => e.data.object.customer === customer);
  assert.equal(told.length, 2, 'one at signup, one for the product change');
  assert.deepEqual(told[0].data.previous_attributes.bouquets, ['bq_family']);
  assert.equal(told[0].data.previous_attributes.quality, 'hd', 'the plan no longer names a quality');

  await k.ok('POST', `/v1/products/${plan.id}`, { name: 'Family plan' });
  assert.equal((await k.events('entitlements.updated')).filter((e) => e.data.object.customer === customer).length, 2);
  problem(await h.call('GET', '/v1/customers/cus_nope/entitlements'), 404, 'resource_missing');
});

test('another account sees neither the customer nor the lines', async () => {
  const other = await h.otherAccount();
  const customer = (await k.ok('POST', '/v1/customers', { name: 'Bea' })).id;
  problem(await h.call('GET', `/v1/customers/${customer}/entitlements`, { key: other.key }), 404);
  assert.equal((await h.call('GET', '/v1/lines', { key: other.key })).json().data.length, 0);
});
