import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MrrItem, SubscriptionState } from './mrr.ts';
import { type MrrShares, mrrShares, shareMovements } from './shares.ts';

const item = (
  price: string,
  product: string,
  unit_amount: number,
  interval: MrrItem['interval'] = 'month',
): MrrItem => ({
  price,
  product,
  unit_amount,
  quantity: 1,
  interval,
  interval_count: 1,
  usage_type: 'licensed',
});
const active = (items: MrrItem[], discounts: SubscriptionState['discounts'] = []): SubscriptionState => ({
  status: 'active',
  items,
  discounts,
});

test('mrrShares splits MRR per price and product, discounts in proportion, keeping keys paid before at 0', () => {
  const cases: Array<[string, SubscriptionState[], MrrShares | undefined, MrrShares]> = [
    [
      'annual $1,200 base + $10/month add-on of another product',
      [active([item('price_y', 'prod_tv', 120000, 'year'), item('price_addon', 'prod_sport', 1000)])],
      undefined,
      { price: { price_y: 10000, price_addon: 1000 }, product: { prod_tv: 10000, prod_sport: 1000 } },
    ],
    [
      '50% off spreads over both items; two prices of one product add up',
      [
        active(
          [item('price_a', 'prod_tv', 3000), item('price_b', 'prod_tv', 1001)],
          [{ percent_off: 50, duration: 'forever' }],
        ),
      ],
      undefined,
      { price: { price_a: 1500, price_b: 501 }, product: { prod_tv: 2001 } },
    ],
    [
      'canceled: earlier keys stay at 0, trials add nothing',
      [{ ...active([item('price_a', 'prod_tv', 3000)]), status: 'trialing' }],
      { price: { price_a: 3000 }, product: { prod_tv: 3000 } },
      { price: { price_a: 0 }, product: { prod_tv: 0 } },
    ],
  ];
  for (const [name, states, previous, expected] of cases)
    assert.deepEqual(mrrShares(states, {}, previous), expected, name);
});

test('shareMovements classifies each share: plan A → B is churn in A and new in B; a return is reactivation', () => {
  const a = { price: { price_a: 3000 }, product: { prod_tv: 3000 } };
  const b = { price: { price_a: 0, price_b: 5000 }, product: { prod_tv: 5000 } };
  assert.deepEqual(shareMovements({ price: {}, product: {} }, a), [
    { level: 'price', key: 'price_a', type: 'new', amount: 3000 },
    { level: 'product', key: 'prod_tv', type: 'new', amount: 3000 },
  ]);
  assert.deepEqual(shareMovements(a, b), [
    { level: 'price', key: 'price_a', type: 'churn', amount: -3000 },
    { level: 'price', key: 'price_b', type: 'new', amount: 5000 },
    { level: 'product', key: 'prod_tv', type: 'expansion', amount: 2000 },
  ]);
  assert.deepEqual(shareMovements(b, { price: { price_a: 3000, price_b: 0 }, product: { prod_tv: 3000 } }), [
    { level: 'price', key: 'price_a', type: 'reactivation', amount: 3000 },
    { level: 'price', key: 'price_b', type: 'churn', amount: -5000 },
    { level: 'product', key: 'prod_tv', type: 'contraction', amount: -2000 },
  ]);
  assert.deepEqual(shareMovements(a, a), []);
});
