import { Temporal } from 'temporal-polyfill';

const unix = (i: Temporal.Instant) => i.epochMilliseconds / 1000;
const DAY = 86_400;

/** Stripe's next boundary after `now` on the monthly grid of `anchor` (day of month clamped, as Stripe does). */
function stripePeriodEnd(anchor: Temporal.Instant, now: Temporal.Instant): number {
  const start = anchor.toZonedDateTimeISO('UTC');
  for (let months = 1; ; months++) {
    const next = start.add({ months }); // Temporal clamps Jan 31 + 1 month to Feb 28, from the anchor each time
    if (Temporal.Instant.compare(next.toInstant(), now) > 0) return unix(next.toInstant());
  }
}

export type Expected = {
  sub: string;
  customer: string;
  end: number;
  status: string;
  cancelAtPeriodEnd: boolean;
  amount: number;
};

/**
 * A Stripe account of `n` customers, each with a card and a monthly subscription anchored on a day of January
 * (month ends included), some trialing, discounted, tiered or canceling at period end, as seen at `switchAt`;
 * `expected` says what each subscription's next Stripe renewal is.
 */
export function stripeAccountFixture(n: number, switchAt: Temporal.Instant) {
  const N = n;
  const SWITCH = switchAt;
  const metadata = {};
  const products = [{ id: 'prod_Iptv', object: 'product', name: 'IPTV', description: null, active: true, metadata }];
  const recurring = { interval: 'month', interval_count: 1, usage_type: 'licensed' };
  const base = { object: 'price', product: 'prod_Iptv', currency: 'usd', recurring, active: true, metadata };
  const prices = [
    { ...base, id: 'price_Basic', unit_amount: 1000, billing_scheme: 'per_unit', nickname: 'Basic' },
    {
      ...base,
      id: 'price_Screens',
      unit_amount: null,
      billing_scheme: 'tiered',
      tiers_mode: 'graduated',
      tiers: [
        { up_to: 1, unit_amount: 1500, flat_amount: null },
        { up_to: null, unit_amount: 500, flat_amount: null },
      ],
    },
  ];
  const coupons = [
    {
      id: 'HALF',
      object: 'coupon',
      name: 'Half',
      percent_off: 50,
      amount_off: null,
      currency: null,
      duration: 'forever',
      duration_in_months: null,
      metadata,
    },
  ];
  const customers = [];
  const paymentMethods = [];
  const subscriptions = [];
  const expected: Expected[] = [];
  for (let i = 0; i < N; i++) {
    const cus = `cus_S${i}`;
    const pm = `pm_S${i}`;
    customers.push({
      id: cus,
      object: 'customer',
      name: `Customer ${i}`,
      email: `c${i}@example.com`,
      metadata: { crm: `c-${i}` },
      tax_ids: { object: 'list', data: i % 50 === 0 ? [{ type: 'br_cpf', value: `000.000.000-${i % 100}` }] : [] },
      invoice_settings: { default_payment_method: pm },
    });
    paymentMethods.push({
      id: pm,
      object: 'payment_method',
      type: 'card',
      customer: cus,
      card: { brand: 'visa', last4: String(4000 + (i % 1000)).padStart(4, '0'), exp_month: 12, exp_year: 2030 },
    });
    // Anchors on every day of January (the 29th–31st test month-end clamping), at noon.
    const anchor = Temporal.Instant.from(`2025-01-${String(1 + (i % 31)).padStart(2, '0')}T12:00:00Z`);
    const trialing = i % 10 === 3;
    const screens = i % 3 === 1 ? 2 : 1;
    const trialEnd = unix(SWITCH) + 5 * DAY;
    const end = trialing ? trialEnd : stripePeriodEnd(anchor, SWITCH);
    const price = i % 3 === 1 ? 'price_Screens' : 'price_Basic';
    const discounted = i % 5 === 0;
    subscriptions.push({
      id: `sub_S${i}`,
      object: 'subscription',
      customer: cus,
      status: trialing ? 'trialing' : 'active',
      billing_cycle_anchor: trialing ? trialEnd : unix(anchor),
      trial_end: trialing ? trialEnd : null,
      cancel_at_period_end: i % 7 === 2,
      collection_method: 'charge_automatically',
      items: {
        object: 'list',
        data: [{ price: { id: price }, quantity: price === 'price_Screens' ? screens : 1, current_period_end: end }],
      },
      discounts: discounted ? [{ coupon: { id: 'HALF' } }] : [],
      metadata: { plan: price },
    });
    const full = price === 'price_Screens' ? 1500 + 500 * (screens - 1) : 1000;
    expected.push({
      sub: `sub_S${i}`,
      customer: cus,
      end,
      status: trialing ? 'trialing' : 'active',
      cancelAtPeriodEnd: i % 7 === 2,
      amount: discounted ? full / 2 : full,
    });
  }
  // An ended subscription is reported, not imported.
  subscriptions.push({ ...subscriptions[0]!, id: 'sub_Ended', status: 'canceled' });
  // A public code for the coupon, and one only the first customer may redeem.
  const promo = { object: 'promotion_code', active: true, expires_at: null, max_redemptions: 100, metadata };
  const promotionCodes = [
    { ...promo, id: 'promo_Spring', code: 'SPRING', coupon: { id: 'HALF' }, customer: null },
    { ...promo, id: 'promo_Vip', code: 'VIP0', promotion: { coupon: 'HALF' }, customer: 'cus_S0' },
  ];
  return { account: { products, prices, coupons, promotionCodes, customers, paymentMethods, subscriptions }, expected };
}
