import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { afterAttempt, endpointHealth, isSuccessStatus, RETRY_DELAYS_SECONDS } from './retry-schedule.ts';

const T0 = Temporal.Instant.from('2026-03-01T00:00:00Z');
const at = (hours: number) => T0.add({ seconds: Math.round(hours * 3600) });

test('a failed attempt is retried after 5 min, 30 min, 2 h, 5 h, then every 10 h', () => {
  const cases: [number, string | null][] = [
    [1, '2026-03-01T00:05:00Z'],
    [2, '2026-03-01T00:30:00Z'],
    [3, '2026-03-01T02:00:00Z'],
    [4, '2026-03-01T05:00:00Z'],
    [5, '2026-03-01T10:00:00Z'],
    [11, '2026-03-01T10:00:00Z'],
    [12, null],
  ];
  for (const [attempts, next] of cases) {
    const state = afterAttempt(attempts, false, T0);
    assert.equal(state.nextAttemptAt?.toString() ?? null, next, `after attempt ${attempts}`);
    assert.equal(state.status, next ? 'pending' : 'failed');
  }
});

test('the schedule spans a little over 3 days, then the delivery fails', () => {
  const total = RETRY_DELAYS_SECONDS.reduce((a, b) => a + b, 0);
  assert.equal(total, 77 * 3600 + 35 * 60);
  const succeeded = afterAttempt(3, true, T0);
  assert.equal(succeeded.status, 'succeeded');
  assert.equal(succeeded.nextAttemptAt, null);
});

test('an endpoint failing continuously for 3 days is disabled; a success resets the streak', () => {
  const cases: [number | null, boolean, number, number | null, boolean][] = [
    // failing since (h), succeeded, now (h) → failing since (h), disable
    [null, false, 0, 0, false],
    [null, true, 0, null, false],
    [0, false, 71.99, 0, false],
    [0, false, 72, 0, true],
    [0, false, 77.6, 0, true],
    [0, true, 80, null, false],
  ];
  for (const [since, ok, now, expectedSince, disable] of cases) {
    const health = endpointHealth(since === null ? null : at(since), ok, at(now));
    // Temporal instants compare by value only through their strings (deepEqual sees no own fields).
    assert.equal(health.failingSince?.toString() ?? null, expectedSince === null ? null : at(expectedSince).toString());
    assert.equal(health.disable, disable, `failing since ${since} h, at ${now} h`);
  }
});

test('only 2xx answers count as delivered', () => {
  const cases: [number | null, boolean][] = [
    [200, true],
    [204, true],
    [299, true],
    [301, false],
    [404, false],
    [500, false],
    [null, false],
  ];
  for (const [status, ok] of cases) assert.equal(isSuccessStatus(status), ok, String(status));
});
