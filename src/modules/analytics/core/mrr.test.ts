import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MrrDiscount, MrrItem, MrrOptions, MrrStatus, SubscriptionState } from './mrr.ts';
import { customerMrr, subscriptionMrr } from './mrr.ts';

const item = (unit_amount: number, interval: MrrItem['interval'], extra: Partial<MrrItem> = {}): MrrItem => ({
  unit_amount,
  quantity: 1,
  interval,
  interval_count: 1,
  usage_type: 'licensed',
  ...extra,
});

const DAY = 86_400;

const cases: Array<{
  name: string;
  items: MrrItem[];
  status?: MrrStatus;
  discounts?: MrrDiscount[];
  options?: MrrOptions;
  past_due_since?: number;
  at?: number;
  mrr: number;
  dec: string;
}> = [
  { name: 'annual $1,200 → $100', items: [item(120000, 'year')], mrr: 10000, dec: '10000' },
  {
    name: 'ChartMogul: 4 Gold yearly ($2,000) → $166.67',
    items: [item(50000, 'year', { quantity: 4 })],
    mrr: 16667,
    dec: '16666.666666666667',
  },
  { name: 'weekly $10 × 52/12', items: [item(1000, 'week')], mrr: 4333, dec: '4333.333333333333' },
  { name: 'daily $1 × 365/12', items: [item(100, 'day')], mrr: 3042, dec: '3041.666666666667' },
  { name: 'quarterly $30 → $10', items: [item(3000, 'month', { interval_count: 3 })], mrr: 1000, dec: '1000' },
  {
    name: 'every 2 years $2,400 → $100',
    items: [item(240000, 'year', { interval_count: 2 })],
    mrr: 10000,
    dec: '10000',
  },
  { name: 'half-up: 6 / 4 = 1.5 → 2', items: [item(6, 'month', { interval_count: 4 })], mrr: 2, dec: '1.5' },
  { name: 'below half: 5 / 4 = 1.25 → 1', items: [item(5, 'month', { interval_count: 4 })], mrr: 1, dec: '1.25' },
  {
    name: 'metered item excluded',
    items: [item(1000, 'month'), item(5000, 'month', { usage_type: 'metered' })],
    mrr: 1000,
    dec: '1000',
  },
  { name: 'free plan is 0', items: [item(0, 'month')], mrr: 0, dec: '0' },
  { name: 'quantity 0 is 0', items: [item(1000, 'month', { quantity: 0 })], mrr: 0, dec: '0' },
  { name: 'trialing is 0', items: [item(1000, 'month')], status: 'trialing', mrr: 0, dec: '0' },
  { name: 'paused is 0', items: [item(1000, 'month')], status: 'paused', mrr: 0, dec: '0' },
  { name: 'canceled is 0', items: [item(1000, 'month')], status: 'canceled', mrr: 0, dec: '0' },
  { name: 'unpaid is 0', items: [item(1000, 'month')], status: 'unpaid', mrr: 0, dec: '0' },
  { name: 'incomplete is 0', items: [item(1000, 'month')], status: 'incomplete', mrr: 0, dec: '0' },
  {
    name: '50% forever coupon halves MRR',
    items: [item(1000, 'month')],
    discounts: [{ percent_off: 50, duration: 'forever' }],
    mrr: 500,
    dec: '500',
  },
  {
    name: '10% for 3 months: $9 while it applies',
    items: [item(1000, 'month')],
    discounts: [{ percent_off: 10, duration: 'repeating' }],
    mrr: 900,
    dec: '900',
  },
  {
    name: 'forever_only (Stripe) ignores a repeating coupon',
    items: [item(1000, 'month')],
    discounts: [{ percent_off: 10, duration: 'repeating' }],
    options: { discountPolicy: 'forever_only' },
    mrr: 1000,
    dec: '1000',
  },
  {
    name: 'forever_only keeps the forever coupon, drops the once',
    items: [item(1000, 'month')],
    discounts: [
      { percent_off: 50, duration: 'forever' },
      { percent_off: 10, duration: 'once' },
    ],
    options: { discountPolicy: 'forever_only' },
    mrr: 500,
    dec: '500',
  },
  {
    name: 'amount_off is per invoice: $5 off a yearly $1,200 is $5/12 a month',
    items: [item(120000, 'year')],
    discounts: [{ amount_off: 500, duration: 'forever' }],
    mrr: 9958,
    dec: '9958.333333333333',
  },
  {
    name: 'discounts apply in order on the running amount',
    items: [item(1000, 'month')],
    discounts: [
      { percent_off: 10, duration: 'forever' },
      { amount_off: 100, duration: 'forever' },
    ],
    mrr: 800,
    dec: '800',
  },
  {
    name: 'amount_off larger than the price floors at 0',
    items: [item(1000, 'month')],
    discounts: [{ amount_off: 5000, duration: 'once' }],
    mrr: 0,
    dec: '0',
  },
  {
    name: 'past_due kept by default',
    items: [item(1000, 'month')],
    status: 'past_due',
    mrr: 1000,
    dec: '1000',
  },
  {
    name: 'past_due 29 days with a 30-day limit still counts',
    items: [item(1000, 'month')],
    status: 'past_due',
    options: { pastDueChurnAfterDays: 30 },
    past_due_since: 0,
    at: 30 * DAY - 1,
    mrr: 1000,
    dec: '1000',
  },
  {
    name: 'past_due 30 days with a 30-day limit is churned',
    items: [item(1000, 'month')],
    status: 'past_due',
    options: { pastDueChurnAfterDays: 30 },
    past_due_since: 0,
    at: 30 * DAY,
    mrr: 0,
    dec: '0',
  },
];

test('subscriptionMrr normalises to a month, deducts discounts, rounds once', () => {
  for (const c of cases) {
    const result = subscriptionMrr({
      items: c.items,
      status: c.status ?? 'active',
      discounts: c.discounts,
      options: c.options,
      past_due_since: c.past_due_since,
      at: c.at,
    });
    assert.deepEqual(result, { mrr: c.mrr, mrr_decimal: c.dec }, c.name);
  }
});

test('customerMrr sums exact subscription MRR before rounding', () => {
  const third: SubscriptionState = { items: [item(1000, 'month', { interval_count: 3 })], status: 'active' };
  // Each is 333.33…; rounding each first would give 999.
  assert.deepEqual(customerMrr([third, third, third]), { mrr: 1000, mrr_decimal: '1000' });
  assert.deepEqual(customerMrr([]), { mrr: 0, mrr_decimal: '0' });
  const repeating: SubscriptionState = {
    items: [item(1000, 'month')],
    status: 'active',
    discounts: [{ percent_off: 10, duration: 'repeating' }],
  };
  assert.deepEqual(customerMrr([repeating], { discountPolicy: 'forever_only' }), { mrr: 1000, mrr_decimal: '1000' });
});

test('subscriptionMrr rejects bad input', () => {
  const bad: Array<[string, Parameters<typeof subscriptionMrr>[0]]> = [
    ['negative unit_amount', { items: [item(-1, 'month')], status: 'active' }],
    ['fractional quantity', { items: [item(100, 'month', { quantity: 1.5 })], status: 'active' }],
    ['interval_count 0', { items: [item(100, 'month', { interval_count: 0 })], status: 'active' }],
    ['unknown interval', { items: [item(100, 'fortnight' as MrrItem['interval'])], status: 'active' }],
    [
      'percent_off 0',
      { items: [item(100, 'month')], status: 'active', discounts: [{ percent_off: 0, duration: 'forever' }] },
    ],
    [
      'percent_off and amount_off',
      {
        items: [item(100, 'month')],
        status: 'active',
        discounts: [{ percent_off: 10, amount_off: 10, duration: 'forever' }],
      },
    ],
    [
      'amount_off across mixed intervals',
      {
        items: [item(100, 'month'), item(1000, 'year')],
        status: 'active',
        discounts: [{ amount_off: 10, duration: 'forever' }],
      },
    ],
    [
      'past_due limit without past_due_since',
      { items: [item(100, 'month')], status: 'past_due', options: { pastDueChurnAfterDays: 30 }, at: 0 },
    ],
  ];
  for (const [name, input] of bad) assert.throws(() => subscriptionMrr(input), RangeError, name);
});
