import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_REMINDER, reminderDueAt } from './reminder-timing.ts';

const d = (iso: string) => new Date(iso);
const base = {
  status: 'active',
  interval: 'month',
  currentPeriodStart: d('2026-01-01T00:00:00Z'),
  currentPeriodEnd: d('2026-02-01T00:00:00Z'),
  cancelAtPeriodEnd: false,
  cancelAt: null as Date | null,
};

test('reminderDueAt: N days before the period end, none when it will not renew', () => {
  const year = { ...base, interval: 'year', currentPeriodEnd: d('2027-01-01T00:00:00Z') };
  const cases: [string, typeof base, typeof DEFAULT_REMINDER, string | null][] = [
    ['monthly, 7 days', base, DEFAULT_REMINDER, '2026-01-25T00:00:00.000Z'],
    ['annual, 30 days', year, DEFAULT_REMINDER, '2026-12-02T00:00:00.000Z'],
    ['custom 3 days', base, { ...DEFAULT_REMINDER, daysBefore: 3 }, '2026-01-29T00:00:00.000Z'],
    ['disabled', base, { ...DEFAULT_REMINDER, enabled: false }, null],
    ['canceling at period end', { ...base, cancelAtPeriodEnd: true }, DEFAULT_REMINDER, null],
    ['cancel_at before renewal', { ...base, cancelAt: d('2026-01-20T00:00:00Z') }, DEFAULT_REMINDER, null],
    ['canceled', { ...base, status: 'canceled' }, DEFAULT_REMINDER, null],
    ['period shorter than notice', { ...base, currentPeriodEnd: d('2026-01-06T00:00:00Z') }, DEFAULT_REMINDER, null],
  ];
  for (const [name, sub, settings, want] of cases) {
    assert.equal(reminderDueAt(sub, settings)?.toISOString() ?? null, want, name);
  }
});
