import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultFeatures, mergeDeep, priceAllowed, refusedUpdates } from './features.ts';

test('mergeDeep merges objects field by field and replaces arrays and scalars', () => {
  const cases: [unknown, unknown, unknown][] = [
    [{ a: 1, b: { c: 2, d: 3 } }, { b: { c: 5 } }, { a: 1, b: { c: 5, d: 3 } }],
    [{ list: [1, 2] }, { list: [3] }, { list: [3] }],
    [{ a: 1 }, undefined, { a: 1 }],
    [{ a: { b: 1 } }, { a: null }, { a: null }],
  ];
  for (const [base, change, expected] of cases) assert.deepEqual(mergeDeep(base, change), expected);
});

test('priceAllowed needs subscription_update enabled, price updates and the product listing the price', () => {
  const on = mergeDeep(defaultFeatures(), {
    subscription_update: { enabled: true, products: [{ product: 'prod_a', prices: ['price_1', 'price_2'] }] },
  });
  const cases: [typeof on, string, string, boolean][] = [
    [on, 'prod_a', 'price_2', true],
    [on, 'prod_a', 'price_3', false],
    [on, 'prod_b', 'price_1', false],
    [mergeDeep(on, { subscription_update: { enabled: false } }), 'prod_a', 'price_1', false],
    [mergeDeep(on, { subscription_update: { default_allowed_updates: ['quantity'] } }), 'prod_a', 'price_1', false],
  ];
  for (const [features, product, price, expected] of cases) {
    assert.equal(priceAllowed(features, product, price), expected, `${product} ${price}`);
  }
});

test('refusedUpdates names the fields the configuration does not allow', () => {
  const features = defaultFeatures();
  assert.deepEqual(refusedUpdates(features, { name: 'A', email: 'a@b.c' }), []);
  assert.deepEqual(refusedUpdates(features, { name: 'A', phone: '+1' }), ['phone']);
  assert.deepEqual(refusedUpdates(features, { phone: undefined }), []);
  const off = mergeDeep(features, { customer_update: { enabled: false } });
  assert.deepEqual(refusedUpdates(off, { name: 'A' }), ['name']);
});
