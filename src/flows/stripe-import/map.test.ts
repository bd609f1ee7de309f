import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  couponInput,
  currentPeriodEnd,
  customerInput,
  priceInput,
  promotionCodeCoupon,
  promotionCodeInput,
  type StripeCoupon,
  type StripePrice,
  type StripePromotionCode,
  type StripeSubscription,
  subscriptionInput,
} from './map.ts';

const recurring = { interval: 'month', interval_count: 1, usage_type: 'licensed' } as const;
const price = (extra: Partial<StripePrice>): StripePrice => ({
  id: 'price_1',
  product: 'prod_1',
  currency: 'usd',
  unit_amount: 1000,
  billing_scheme: 'per_unit',
  recurring,
  active: true,
  metadata: {},
  ...extra,
});

test('prices: flat, sub-cent, tiered with an open last tier, one-time', () => {
  const cases: [string, StripePrice, Record<string, unknown>][] = [
    ['flat', price({}), { unit_amount: 1000, recurring }],
    ['sub-cent', price({ unit_amount: null, unit_amount_decimal: '0.5' }), { unit_amount_decimal: '0.5' }],
    [
      'tiered',
      price({
        unit_amount: null,
        billing_scheme: 'tiered',
        tiers_mode: 'volume',
        tiers: [
          { up_to: 5, unit_amount: 100, flat_amount: 50 },
          { up_to: null, unit_amount: 80, flat_amount: null },
        ],
      }),
      {
        billing_scheme: 'tiered',
        tiers_mode: 'volume',
        tiers: [
          { up_to: 5, unit_amount: 100, flat_amount: 50 },
          { up_to: 'inf', unit_amount: 80 },
        ],
      },
    ],
    ['one-time', price({ recurring: null }), { unit_amount: 1000, recurring: undefined }],
    ['expanded product', price({ product: { id: 'prod_9' } }), { product: 'prod_9' }],
  ];
  for (const [name, input, expected] of cases) {
    const out = priceInput(input) as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(out[key], value, `${name}: ${key}`);
    assert.equal((out.metadata as Record<string, string>).stripe_price, 'price_1', name);
  }
});

test('coupons: percent or amount, repeating keeps its months', () => {
  const base: StripeCoupon = {
    id: 'C',
    percent_off: 25,
    amount_off: null,
    currency: null,
    duration: 'repeating',
    duration_in_months: 3,
    metadata: {},
  };
  assert.deepEqual(couponInput(base), {
    id: 'C',
    duration: 'repeating',
    metadata: {},
    percent_off: 25,
    duration_in_months: 3,
  });
  assert.deepEqual(couponInput({ ...base, percent_off: null, amount_off: 500, currency: 'eur', duration: 'once' }), {
    id: 'C',
    duration: 'once',
    metadata: {},
    amount_off: 500,
    currency: 'eur',
  });
});

test('customers: address, unknown tax id types as other, the Stripe id kept in metadata', () => {
  const out = customerInput({
    id: 'cus_1',
    email: 'a@b.c',
    address: { line1: 'R 1', line2: null, city: 'Porto', state: 'P', postal_code: '4000', country: 'PT' },
    tax_ids: {
      data: [
        { type: 'eu_vat', value: 'PT1' },
        { type: 'za_vat', value: 'Z' },
      ],
    },
    preferred_locales: ['pt-PT'],
    metadata: { crm: '7' },
  });
  assert.deepEqual(out.address, {
    line1: 'R 1',
    line2: null,
    city: 'Porto',
    region: 'P',
    postal_code: '4000',
    country: 'PT',
  });
  assert.deepEqual(out.tax_ids, [
    { type: 'eu_vat', value: 'PT1' },
    { type: 'other', value: 'Z' },
  ]);
  assert.equal(out.locale, 'pt-PT');
  assert.deepEqual(out.metadata, { crm: '7', stripe_customer: 'cus_1' });
});

test("subscriptions: Stripe's anchor without proration, or the trial end; discounts, cancel at period end", () => {
  const sub: StripeSubscription = {
    id: 'sub_1',
    customer: 'cus_1',
    status: 'active',
    billing_cycle_anchor: 1000,
    trial_end: null,
    cancel_at_period_end: true,
    collection_method: 'charge_automatically',
    items: { data: [{ price: { id: 'price_1' }, quantity: 2, current_period_end: 5000 }] },
    discounts: [{ coupon: { id: 'HALF' } }],
    metadata: {},
  };
  const ids = { customer: 'cus_T', price: (id: string) => `${id}_T`, coupon: (id: string) => `${id}_T` };
  const cases: [string, StripeSubscription, number, Record<string, unknown>][] = [
    [
      'active',
      sub,
      2000,
      {
        billing_cycle_anchor: 1000,
        proration_behavior: 'none',
        trial_end: undefined,
        coupon: 'HALF_T',
        cancel_at_period_end: true,
      },
    ],
    ['trialing', { ...sub, trial_end: 3000 }, 2000, { trial_end: 3000, billing_cycle_anchor: undefined }],
    ['a trial already over', { ...sub, trial_end: 1500 }, 2000, { trial_end: undefined, billing_cycle_anchor: 1000 }],
    ['an older discount shape', { ...sub, discounts: [{ source: { coupon: 'OLD' } }] }, 2000, { coupon: 'OLD_T' }],
    ['a coupon not imported', sub, 2000, { coupon: undefined }],
  ];
  for (const [name, input, now, expected] of cases) {
    const coupon = name === 'a coupon not imported' ? () => undefined : ids.coupon;
    const out = subscriptionInput(input, { ...ids, coupon }, now) as Record<string, unknown>;
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(out[key], value, `${name}: ${key}`);
    assert.deepEqual(out.items, [{ price: 'price_1_T', quantity: 2 }], name);
  }
  assert.equal(currentPeriodEnd(sub), 5000);
  assert.equal(currentPeriodEnd({ ...sub, items: { data: [{ price: { id: 'p' } }] }, current_period_end: 7 }), 7);
});

test('promotion codes: the coupon from either API version, restrictions only when set', () => {
  const base = { id: 'promo_1', code: 'SPRING', active: true, metadata: {} };
  const cases: [string, StripePromotionCode, string | undefined, Record<string, unknown>][] = [
    ['coupon on the code', { ...base, coupon: { id: 'C1' } }, 'C1', {}],
    ['coupon under promotion', { ...base, promotion: { coupon: 'C2' } }, 'C2', {}],
    [
      'restricted',
      {
        ...base,
        coupon: 'C3',
        restrictions: { first_time_transaction: true, minimum_amount: 2000, minimum_amount_currency: 'usd' },
      },
      'C3',
      { restrictions: { first_time_transaction: true, minimum_amount: 2000, minimum_amount_currency: 'usd' } },
    ],
    [
      'unrestricted',
      { ...base, coupon: 'C4', restrictions: { first_time_transaction: false, minimum_amount: null } },
      'C4',
      { restrictions: undefined },
    ],
  ];
  for (const [name, input, coupon, expected] of cases) {
    assert.equal(promotionCodeCoupon(input), coupon, name);
    const out = promotionCodeInput(input, { coupon: 'T', customer: 'cus_T' }) as Record<string, unknown>;
    assert.deepEqual([out.coupon, out.code, out.customer], ['T', 'SPRING', 'cus_T'], name);
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(out[key], value, `${name}: ${key}`);
  }
});
