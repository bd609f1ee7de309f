import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { composeInvoice, type DraftLine } from './compose.ts';
import { subscriptionLines } from './subscription-lines.ts';

const p = { start: Temporal.Instant.from('2025-03-01T00:00:00Z'), end: Temporal.Instant.from('2025-04-01T00:00:00Z') };
const line = (amount: number, extra: Partial<DraftLine> = {}): DraftLine => ({
  type: 'subscription',
  description: 'x',
  amount,
  quantity: 1,
  unit_amount_decimal: null,
  period: p,
  proration: false,
  discountable: true,
  tax_rates: [],
  refs: {},
  ...extra,
});
const vat = { id: 'txr_vat', percentage: '21', inclusive: false };

const cases: {
  name: string;
  lines: DraftLine[];
  discount?: number;
  balance?: number;
  expect: Record<string, number>;
}[] = [
  { name: 'plain line', lines: [line(3000)], expect: { subtotal: 3000, total: 3000, amount_due: 3000 } },
  { name: '20% off', lines: [line(3000)], discount: 20, expect: { subtotal: 3000, total: 2400, amount_due: 2400 } },
  {
    name: 'prorations are not discounted again',
    lines: [
      line(-500, { proration: true, discountable: false }),
      line(1000, { proration: true, discountable: false }),
      line(2000),
    ],
    discount: 50,
    expect: { subtotal: 2500, total: 1500, amount_due: 1500 },
  },
  {
    name: 'exclusive tax after the discount',
    lines: [line(1000, { tax_rates: [vat] })],
    discount: 10,
    expect: { total: 1089, tax: 189 },
  },
  {
    name: 'credit balance reduces the amount due',
    lines: [line(1000)],
    balance: -1500,
    expect: { total: 1000, amount_due: 0, ending_balance: -500 },
  },
  {
    name: 'a negative total leaves credit',
    lines: [line(-1500)],
    expect: { total: -1500, amount_due: 0, ending_balance: -1500 },
  },
];

for (const c of cases) {
  test(`composeInvoice: ${c.name}`, () => {
    const discounts = c.discount
      ? [{ id: 'di_1', coupon: { id: 'co_1', percent_off: c.discount, duration: 'forever' as const } }]
      : [];
    const result = composeInvoice({ currency: 'USD', lines: c.lines, discounts, startingBalance: c.balance ?? 0 });
    for (const [key, value] of Object.entries(c.expect)) {
      assert.equal(result.totals[key as keyof typeof result.totals], value, key);
    }
  });
}

test('subscriptionLines: graduated metered usage in arrears, licensed in advance, trial at zero', () => {
  const tiers = [
    { up_to: 100, unit_amount: 100 },
    { up_to: 200, unit_amount: 50 },
    { up_to: 'inf' as const, unit_amount: 10 },
  ];
  const items = [
    {
      id: 'si_m',
      quantity: 0,
      tax_rates: [],
      price: {
        id: 'pm',
        product: 'prod',
        label: 'Minutes',
        usage_type: 'metered' as const,
        pricing: { billing_scheme: 'tiered' as const, tiers_mode: 'graduated' as const, tiers },
      },
    },
    {
      id: 'si_l',
      quantity: 2,
      tax_rates: [],
      price: {
        id: 'pl',
        product: 'prod',
        label: 'Seat',
        usage_type: 'licensed' as const,
        pricing: { billing_scheme: 'per_unit' as const, unit_amount: 999 },
      },
    },
  ];
  const lines = subscriptionLines({
    subscription: 'sub',
    items,
    licensed: p,
    metered: p,
    usage: new Map([['si_m', 250]]),
  });
  assert.deepEqual(
    lines.map((l) => [l.refs.subscription_item, l.quantity, l.amount]),
    [
      ['si_l', 2, 1998],
      ['si_m', 250, 15500],
    ],
  );
  const trial = subscriptionLines({
    subscription: 'sub',
    items,
    licensed: p,
    metered: null,
    usage: new Map(),
    trial: true,
  });
  assert.deepEqual(
    trial.map((l) => l.amount),
    [0],
  );
});
