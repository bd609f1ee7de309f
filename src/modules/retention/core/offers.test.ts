import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applicableOffers, insideOfferWindow, monthlyAmount } from './offers.ts';

const offers = [
  { id: 'coupon_expensive', active: true, reasons: ['too_expensive'], prices: [] },
  { id: 'pause_any', active: true, reasons: [], prices: [] },
  { id: 'downgrade_gold', active: true, reasons: ['too_expensive', 'unused'], prices: ['price_gold'] },
  { id: 'archived', active: false, reasons: [], prices: [] },
];
const now = new Date('2026-06-01T00:00:00Z');

test('offers apply by reason and plan; archived ones never', () => {
  const cases: Array<[string, string, string[], string[]]> = [
    ['too expensive on gold', 'too_expensive', ['price_gold'], ['coupon_expensive', 'pause_any', 'downgrade_gold']],
    ['too expensive on basic', 'too_expensive', ['price_basic'], ['coupon_expensive', 'pause_any']],
    ['unused on gold', 'unused', ['price_gold'], ['pause_any', 'downgrade_gold']],
    ["the account's own reason", 'moving_abroad', ['price_basic'], ['pause_any']],
  ];
  for (const [name, reason, prices, expected] of cases) {
    const shown = applicableOffers(offers, { reason, prices, lastAcceptedAt: null, now, windowDays: 365 });
    assert.deepEqual(
      shown.map((o) => o.id),
      expected,
      name,
    );
  }
});

test('one accepted offer per customer per window', () => {
  const day = 86_400_000;
  const cases: Array<[string, Date | null, number, boolean]> = [
    ['never accepted', null, 365, false],
    ['accepted yesterday', new Date(now.getTime() - day), 365, true],
    ['accepted 364 days ago', new Date(now.getTime() - 364 * day), 365, true],
    ['accepted exactly 365 days ago', new Date(now.getTime() - 365 * day), 365, false],
    ['accepted 31 days ago, 30-day window', new Date(now.getTime() - 31 * day), 30, false],
  ];
  for (const [name, lastAcceptedAt, windowDays, blocked] of cases) {
    assert.equal(insideOfferWindow({ lastAcceptedAt, now, windowDays }), blocked, name);
    const shown = applicableOffers(offers, { reason: 'other', prices: [], lastAcceptedAt, now, windowDays });
    assert.equal(shown.length, blocked ? 0 : 1, name);
  }
});

test('list MRR normalises intervals and skips amounts that depend on usage', () => {
  const cases: Array<[string, Parameters<typeof monthlyAmount>[0], number]> = [
    ['monthly 29.90 × 2', [{ unitAmount: 2990, quantity: 2, interval: 'month', intervalCount: 1 }], 5980],
    ['yearly 120.00', [{ unitAmount: 12000, quantity: 1, interval: 'year', intervalCount: 1 }], 1000],
    ['quarterly 30.00', [{ unitAmount: 3000, quantity: 1, interval: 'month', intervalCount: 3 }], 1000],
    ['weekly 3.00', [{ unitAmount: 300, quantity: 1, interval: 'week', intervalCount: 1 }], 1300],
    ['metered', [{ unitAmount: null, quantity: 1, interval: 'month', intervalCount: 1 }], 0],
    ['none', [], 0],
  ];
  for (const [name, items, expected] of cases) assert.equal(monthlyAmount(items), expected, name);
});
