import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { type BillingInterval, billingCycleAnchorFirstPeriod, periodBoundary, periodContaining } from './periods.ts';

// Shorthand: a date-only string is midnight UTC; results are compared in canonical Instant#toString form.
const I = (s: string) => Temporal.Instant.from(s.length === 10 ? `${s}T00:00:00Z` : s);
const iso = (s: string) => I(s).toString();
const range = (p: { start: Temporal.Instant; end: Temporal.Instant }) => [p.start.toString(), p.end.toString()];

describe('periodBoundary', () => {
  const cases: [string, string, BillingInterval, number, number, string, string][] = [
    // [name, anchor, interval, intervalCount, n, timeZone, expected]
    ['month clamps Jan 31 → Feb 28', '2025-01-31', 'month', 1, 1, 'UTC', '2025-02-28'],
    ['month returns to Mar 31 (not chained)', '2025-01-31', 'month', 1, 2, 'UTC', '2025-03-31'],
    ['month clamps to Apr 30', '2025-01-31', 'month', 1, 3, 'UTC', '2025-04-30'],
    ['month returns to May 31', '2025-01-31', 'month', 1, 4, 'UTC', '2025-05-31'],
    ['month clamps to Feb 29 in leap year', '2024-01-31', 'month', 1, 1, 'UTC', '2024-02-29'],
    ['n = 0 is the anchor', '2025-01-31T10:20:30Z', 'month', 1, 0, 'UTC', '2025-01-31T10:20:30Z'],
    ['negative n goes back', '2025-01-31', 'month', 1, -1, 'UTC', '2024-12-31'],
    ['negative n clamps too', '2025-01-31', 'month', 1, -11, 'UTC', '2024-02-29'],
    ['quarterly n=1', '2025-01-31', 'month', 3, 1, 'UTC', '2025-04-30'],
    ['quarterly n=2', '2025-01-31', 'month', 3, 2, 'UTC', '2025-07-31'],
    ['quarterly n=4', '2025-01-31', 'month', 3, 4, 'UTC', '2026-01-31'],
    ['semi-annual n=1', '2024-08-31', 'month', 6, 1, 'UTC', '2025-02-28'],
    ['semi-annual n=2', '2024-08-31', 'month', 6, 2, 'UTC', '2025-08-31'],
    ['semi-annual into leap Feb', '2023-08-31', 'month', 6, 1, 'UTC', '2024-02-29'],
    ['weekly n=1', '2025-01-01T12:00Z', 'week', 1, 1, 'UTC', '2025-01-08T12:00Z'],
    ['weekly n=52', '2025-01-01T12:00Z', 'week', 1, 52, 'UTC', '2025-12-31T12:00Z'],
    ['bi-weekly n=3', '2025-01-01T12:00Z', 'week', 2, 3, 'UTC', '2025-02-12T12:00Z'],
    ['yearly Feb 29 → Feb 28', '2024-02-29', 'year', 1, 1, 'UTC', '2025-02-28'],
    ['yearly n=3', '2024-02-29', 'year', 1, 3, 'UTC', '2027-02-28'],
    ['yearly back to Feb 29 at n=4', '2024-02-29', 'year', 1, 4, 'UTC', '2028-02-29'],
    ['daily ×3', '2025-01-30', 'day', 3, 1, 'UTC', '2025-02-02'],
    // Europe/Amsterdam: 09:00 CET = 08:00Z; after the Mar 30 switch 09:00 CEST = 07:00Z.
    [
      'Amsterdam monthly keeps 09:00 local over DST',
      '2025-03-01T08:00Z',
      'month',
      1,
      1,
      'Europe/Amsterdam',
      '2025-04-01T07:00Z',
    ],
    ['Amsterdam monthly back to CET', '2025-03-01T08:00Z', 'month', 1, 8, 'Europe/Amsterdam', '2025-11-01T08:00Z'],
    ['Amsterdam daily over spring-forward', '2025-03-29T08:00Z', 'day', 1, 1, 'Europe/Amsterdam', '2025-03-30T07:00Z'],
    // America/Sao_Paulo 2018-11-04: 00:00 → 01:00, so local midnight did not exist; it moves forward to 01:00.
    [
      'Sao Paulo midnight in DST gap → 01:00',
      '2018-11-03T03:00Z',
      'day',
      1,
      1,
      'America/Sao_Paulo',
      '2018-11-04T03:00Z',
    ],
    [
      'Sao Paulo next day is midnight again',
      '2018-11-03T03:00Z',
      'day',
      1,
      2,
      'America/Sao_Paulo',
      '2018-11-05T02:00Z',
    ],
    // Asia/Tehran 2021-03-22: +03:30 → +04:30 (half-hour offsets).
    ['Tehran monthly keeps 09:00 local', '2021-03-01T05:30Z', 'month', 1, 1, 'Asia/Tehran', '2021-04-01T04:30Z'],
  ];
  for (const [name, anchor, interval, count, n, tz, expected] of cases) {
    test(name, () => {
      assert.equal(periodBoundary(I(anchor), interval, count, n, tz).toString(), iso(expected));
    });
  }

  test('weekly stays on the anchor weekday', () => {
    for (let n = 0; n < 60; n++) {
      const b = periodBoundary(I('2025-01-01T12:00Z'), 'week', 1, n, 'Europe/Amsterdam');
      assert.equal(b.toZonedDateTimeISO('Europe/Amsterdam').dayOfWeek, 3);
      assert.equal(b.toZonedDateTimeISO('Europe/Amsterdam').hour, 13);
    }
  });

  test('rejects bad intervalCount, n and interval', () => {
    const a = I('2025-01-01');
    assert.throws(() => periodBoundary(a, 'month', 0, 1, 'UTC'), RangeError);
    assert.throws(() => periodBoundary(a, 'month', 1.5, 1, 'UTC'), RangeError);
    assert.throws(() => periodBoundary(a, 'month', 1, 0.5, 'UTC'), RangeError);
    assert.throws(() => periodBoundary(a, 'fortnight' as BillingInterval, 1, 1, 'UTC'), RangeError);
    assert.throws(() => periodBoundary(a, 'month', 1, 1, 'Not/AZone'), RangeError);
  });
});

describe('periodContaining', () => {
  const cases: [string, string, BillingInterval, number, string, string, number, string, string][] = [
    // [name, anchor, interval, count, at, timeZone, index, start, end]
    ['at the anchor', '2025-01-31', 'month', 1, '2025-01-31', 'UTC', 0, '2025-01-31', '2025-02-28'],
    [
      '1 ns before boundary',
      '2025-01-31',
      'month',
      1,
      '2025-02-27T23:59:59.999999999Z',
      'UTC',
      0,
      '2025-01-31',
      '2025-02-28',
    ],
    ['on a boundary → new period', '2025-01-31', 'month', 1, '2025-02-28', 'UTC', 1, '2025-02-28', '2025-03-31'],
    ['on the n=4 boundary', '2025-01-31', 'month', 1, '2025-05-31', 'UTC', 4, '2025-05-31', '2025-06-30'],
    [
      'before anchor time of day',
      '2025-01-15T12:00Z',
      'month',
      1,
      '2025-02-15T06:00Z',
      'UTC',
      0,
      '2025-01-15T12:00Z',
      '2025-02-15T12:00Z',
    ],
    [
      'daily ×3 over 25 years (no loop)',
      '2000-01-01',
      'day',
      3,
      '2025-06-15T12:00Z',
      'UTC',
      3099,
      '2025-06-15',
      '2025-06-18',
    ],
    ['daily over 25 years (no loop)', '2000-01-01', 'day', 1, '2025-06-15', 'UTC', 9297, '2025-06-15', '2025-06-16'],
    ['bi-weekly', '2025-01-01', 'week', 2, '2025-03-01', 'UTC', 4, '2025-02-26', '2025-03-12'],
    ['yearly before leap Feb 29', '2024-02-29', 'year', 1, '2028-02-28T12:00Z', 'UTC', 3, '2027-02-28', '2028-02-29'],
    ['yearly on leap Feb 29', '2024-02-29', 'year', 1, '2028-02-29', 'UTC', 4, '2028-02-29', '2029-02-28'],
    ['quarterly', '2025-01-31', 'month', 3, '2025-07-30T23:00Z', 'UTC', 1, '2025-04-30', '2025-07-31'],
    [
      'Amsterdam daily over DST (23h day)',
      '2025-03-29T08:00Z',
      'day',
      1,
      '2025-03-30T07:30Z',
      'Europe/Amsterdam',
      1,
      '2025-03-30T07:00Z',
      '2025-03-31T07:00Z',
    ],
    // Jan 31 22:00 in New York is still January there although it is Feb 1 in UTC.
    [
      'local date differs from UTC date',
      '2025-01-01T05:00Z',
      'month',
      1,
      '2025-02-01T03:00Z',
      'America/New_York',
      0,
      '2025-01-01T05:00Z',
      '2025-02-01T05:00Z',
    ],
  ];
  for (const [name, anchor, interval, count, at, tz, index, start, end] of cases) {
    test(name, () => {
      const p = periodContaining(I(anchor), interval, count, I(at), tz);
      assert.deepEqual({ index: p.index, range: range(p) }, { index, range: [iso(start), iso(end)] });
    });
  }

  test('at before the anchor throws', () => {
    const a = I('2025-01-31');
    assert.throws(() => periodContaining(a, 'month', 1, I('2025-01-30T23:59:59Z'), 'UTC'), RangeError);
  });
});

describe('billingCycleAnchorFirstPeriod', () => {
  const cases: [string, string, string, BillingInterval, number, string, string, boolean, string][] = [
    // [name, start, cycleAnchor, interval, count, stubEnd, alignedStart, isStub, timeZone]
    ['stub to the 1st of next month', '2025-08-10', '2025-09-01', 'month', 1, '2025-09-01', '2025-08-01', true, 'UTC'],
    [
      'anchor equal to start: no stub',
      '2025-09-01',
      '2025-09-01',
      'month',
      1,
      '2025-10-01',
      '2025-09-01',
      false,
      'UTC',
    ],
    [
      'anchor at next natural date: no stub',
      '2025-08-10',
      '2025-09-10',
      'month',
      1,
      '2025-09-10',
      '2025-08-10',
      false,
      'UTC',
    ],
    [
      'anchor in the past is projected',
      '2025-08-10T15:30Z',
      '2025-01-01',
      'month',
      1,
      '2025-09-01',
      '2025-08-01',
      true,
      'UTC',
    ],
    ['yearly anchor', '2025-03-15', '2026-01-01', 'year', 1, '2026-01-01', '2025-01-01', true, 'UTC'],
  ];
  for (const [name, start, anchor, interval, count, end, alignedStart, isStub, tz] of cases) {
    test(name, () => {
      const p = billingCycleAnchorFirstPeriod(I(start), I(anchor), interval, count, tz);
      assert.deepEqual(
        { range: range(p), isStub: p.isStub, aligned: range(p.alignedPeriod) },
        { range: [iso(start), iso(end)], isStub, aligned: [iso(alignedStart), iso(end)] },
      );
    });
  }

  test('anchor later than the next natural billing date throws (Stripe rule)', () => {
    const start = I('2025-08-10');
    assert.throws(() => billingCycleAnchorFirstPeriod(start, I('2025-09-10T00:00:01Z'), 'month', 1, 'UTC'), RangeError);
  });
});

describe('UTC grids: plain millisecond arithmetic agrees with Temporal', () => {
  // 'Etc/GMT' is UTC too but is not on the fast path's list, so it computes the same grid through Temporal.
  const seeded = (seed: number) => () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const random = seeded(20261121);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const intervals: BillingInterval[] = ['day', 'week', 'month', 'year'];
  // Month ends, leap days and times of day are where day clamping can go wrong.
  const anchors = [
    ...['2024-01-31', '2024-02-29', '2023-03-31', '2025-08-30T23:59:59.999Z', '1999-12-31T12:00Z'].map(I),
    ...Array.from({ length: 40 }, () => Temporal.Instant.fromEpochMilliseconds(Math.floor(random() * 8e12) - 2e12)),
  ];

  test('periodBoundary for 4,000 random (anchor, interval, count, n)', () => {
    for (let i = 0; i < 4000; i++) {
      const [anchor, interval, count, n] = [pick(anchors), pick(intervals), 1 + Math.floor(random() * 13), 0];
      const k = n + Math.floor(random() * 140) - 40;
      assert.equal(
        periodBoundary(anchor, interval, count, k, 'UTC').toString(),
        periodBoundary(anchor, interval, count, k, 'Etc/GMT').toString(),
        `${anchor} ${interval}×${count} n=${k}`,
      );
    }
  });

  test('periodContaining for 4,000 random instants, also exactly on boundaries and sub-millisecond', () => {
    for (let i = 0; i < 4000; i++) {
      const [anchor, interval, count] = [pick(anchors), pick(intervals), 1 + Math.floor(random() * 13)];
      const ahead = Math.floor(random() * 5e11);
      const at =
        i % 3 === 0
          ? periodBoundary(anchor, interval, count, Math.floor(random() * 30), 'UTC')
          : Temporal.Instant.fromEpochNanoseconds(anchor.epochNanoseconds + BigInt(ahead) * 1_000_000n + 999n);
      const fast = periodContaining(anchor, interval, count, at, 'UTC');
      const slow = periodContaining(anchor, interval, count, at, 'Etc/GMT');
      assert.deepEqual(
        [fast.index, ...range(fast)],
        [slow.index, ...range(slow)],
        `${anchor} ${interval}×${count} at ${at}`,
      );
    }
  });

  test('an anchor with sub-millisecond digits takes the Temporal path and keeps them', () => {
    const anchor = I('2025-01-31T10:00:00.000000500Z');
    assert.equal(periodBoundary(anchor, 'month', 1, 1, 'UTC').toString(), '2025-02-28T10:00:00.0000005Z');
  });
});
