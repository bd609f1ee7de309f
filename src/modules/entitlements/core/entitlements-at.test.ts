import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { entitlementsAt, type ProductEntitlements, type SubscriptionAccess } from './entitlements-at.ts';

const at = (iso: string) => Temporal.Instant.from(`${iso}T00:00:00Z`);
const day = (i: Temporal.Instant | null) => i?.toString().slice(0, 10) ?? null;

const products = new Map<string, ProductEntitlements>([
  ['basic', { bouquets: ['bq_basic'], max_connections: 1, output_formats: ['m3u8', 'ts'], quality: 'hd' }],
  ['premium', { bouquets: ['bq_basic', 'bq_premium'], max_connections: 3, catchup: true, quality: 'uhd' }],
  ['sports', { bouquets: ['bq_sports'] }],
  ['screen', { extra_connections: 1, extra_devices: 1 }],
  ['unlimited', { max_connections: 0, priority_support: true }],
]);

function sub(overrides: Partial<SubscriptionAccess> = {}): SubscriptionAccess {
  return {
    id: 'sub_1',
    status: 'active',
    items: [{ product: 'basic', quantity: 1 }],
    pendingChange: null,
    trialEnd: null,
    currentPeriodEnd: at('2025-02-01'),
    cancelAt: null,
    endedAt: null,
    accessBlockedAt: null,
    ...overrides,
  };
}

type Row = [
  name: string,
  subs: SubscriptionAccess[],
  asOf: string,
  expected: { access: boolean; trial?: boolean; until?: string | null; bouquets?: string[]; conns?: number },
];

const table: Row[] = [
  [
    'active plan',
    [sub()],
    '2025-01-15',
    { access: true, trial: false, until: '2025-02-01', bouquets: ['bq_basic'], conns: 1 },
  ],
  [
    'trialing: access to the trial end, flagged trial',
    [sub({ status: 'trialing', trialEnd: at('2025-01-10'), currentPeriodEnd: at('2025-01-10') })],
    '2025-01-05',
    { access: true, trial: true, until: '2025-01-10', bouquets: ['bq_basic'], conns: 1 },
  ],
  [
    'upgrade: the premium plan adds its bouquet and connections at once',
    [sub({ items: [{ product: 'premium', quantity: 1 }] })],
    '2025-01-15',
    { access: true, bouquets: ['bq_basic', 'bq_premium'], conns: 3 },
  ],
  [
    'add-ons: a bouquet add-on and two extra screens on top of the plan',
    [
      sub({
        items: [
          { product: 'basic', quantity: 1 },
          { product: 'sports', quantity: 1 },
          { product: 'screen', quantity: 2 },
        ],
      }),
    ],
    '2025-01-15',
    { access: true, bouquets: ['bq_basic', 'bq_sports'], conns: 3 },
  ],
  [
    'downgrade at period end: premium until then',
    [
      sub({
        items: [{ product: 'premium', quantity: 1 }],
        pendingChange: { at: at('2025-02-01'), items: [{ product: 'basic', quantity: 1 }] },
      }),
    ],
    '2025-01-31',
    { access: true, bouquets: ['bq_basic', 'bq_premium'], conns: 3 },
  ],
  [
    'downgrade at period end: basic from then, before the worker runs',
    [
      sub({
        items: [{ product: 'premium', quantity: 1 }],
        pendingChange: { at: at('2025-02-01'), items: [{ product: 'basic', quantity: 1 }] },
      }),
    ],
    '2025-02-01',
    { access: true, bouquets: ['bq_basic'], conns: 1 },
  ],
  ['paused: no access', [sub({ status: 'paused' })], '2025-01-15', { access: false, bouquets: [], conns: 0 }],
  ['canceled: no access', [sub({ status: 'canceled', endedAt: at('2025-01-10') })], '2025-01-15', { access: false }],
  ['unpaid: no access', [sub({ status: 'unpaid' })], '2025-01-15', { access: false }],
  ['incomplete: no access', [sub({ status: 'incomplete' })], '2025-01-15', { access: false }],
  [
    'cancel at period end: access kept until then',
    [sub({ cancelAt: at('2025-02-01') })],
    '2025-01-31',
    { access: true, until: '2025-02-01' },
  ],
  [
    'cancel at period end: none from then, even before the worker ends it',
    [sub({ cancelAt: at('2025-02-01') })],
    '2025-02-01',
    { access: false },
  ],
  [
    'cancel at a date inside the period: access until that date',
    [sub({ cancelAt: at('2025-01-20') })],
    '2025-01-15',
    { access: true, until: '2025-01-20' },
  ],
  [
    'past_due before any block: access kept',
    [sub({ status: 'past_due' })],
    '2025-01-15',
    { access: true, until: '2025-02-01' },
  ],
  [
    'past_due with a block_access stage: refused',
    [sub({ status: 'past_due', accessBlockedAt: at('2025-01-14') })],
    '2025-01-15',
    { access: false },
  ],
  [
    'a block recorded for later does not bite yet',
    [sub({ status: 'past_due', accessBlockedAt: at('2025-01-16') })],
    '2025-01-15',
    { access: true },
  ],
  [
    'two subscriptions: a paid one and a trial; not a trial line, access until the later end',
    [
      sub(),
      sub({
        id: 'sub_2',
        status: 'trialing',
        items: [{ product: 'sports', quantity: 1 }],
        trialEnd: at('2025-02-10'),
        currentPeriodEnd: at('2025-02-10'),
      }),
    ],
    '2025-01-15',
    { access: true, trial: false, until: '2025-02-10', bouquets: ['bq_basic', 'bq_sports'], conns: 1 },
  ],
  [
    'one subscription blocked, the other grants its own products only',
    [
      sub({ status: 'past_due', accessBlockedAt: at('2025-01-02') }),
      sub({ id: 'sub_2', items: [{ product: 'sports', quantity: 1 }] }),
    ],
    '2025-01-15',
    { access: true, bouquets: ['bq_sports'], conns: 1 },
  ],
  [
    'unlimited connections (0) beat any number, and extra screens do not make them finite',
    [
      sub({
        items: [
          { product: 'premium', quantity: 1 },
          { product: 'unlimited', quantity: 1 },
          { product: 'screen', quantity: 1 },
        ],
      }),
    ],
    '2025-01-15',
    { access: true, conns: 0 },
  ],
  ['no subscriptions', [], '2025-01-15', { access: false, trial: false, until: null, bouquets: [], conns: 0 }],
];

for (const [name, subs, asOf, expected] of table) {
  test(`entitlementsAt: ${name}`, () => {
    const result = entitlementsAt(subs, products, at(asOf));
    assert.equal(result.access, expected.access);
    if (expected.trial !== undefined) assert.equal(result.trial, expected.trial);
    if (expected.until !== undefined) assert.equal(day(result.accessUntil), expected.until);
    if (expected.bouquets) assert.deepEqual(result.entitlements.bouquets, expected.bouquets);
    if (expected.conns !== undefined) assert.equal(result.entitlements.max_connections, expected.conns);
  });
}

test('entitlementsAt: flags are "any", quality the highest, formats a union with a default when none is named', () => {
  const both = entitlementsAt(
    [
      sub({
        items: [
          { product: 'basic', quantity: 1 },
          { product: 'premium', quantity: 1 },
        ],
      }),
    ],
    products,
    at('2025-01-15'),
  );
  assert.deepEqual(both.entitlements, {
    bouquets: ['bq_basic', 'bq_premium'],
    max_connections: 3,
    max_devices: 1,
    output_formats: ['m3u8', 'ts'],
    catchup: true,
    quality: 'uhd',
    priority_support: false,
  });
  const sportsOnly = entitlementsAt(
    [
      sub({
        items: [
          { product: 'sports', quantity: 1 },
          { product: 'screen', quantity: 1 },
        ],
      }),
    ],
    products,
    at('2025-01-15'),
  );
  assert.deepEqual(sportsOnly.entitlements, {
    bouquets: ['bq_sports'],
    max_connections: 2,
    max_devices: 2,
    output_formats: ['m3u8', 'ts'],
    catchup: false,
    quality: null,
    priority_support: false,
  });
});
