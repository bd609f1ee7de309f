import assert from 'node:assert/strict';
import { test } from 'node:test';
import { breachesBy, DEFAULT_TARGETS, dueTimes, nextBreachAt, queueTarget, type TargetState } from './targets.ts';

const at = (iso: string) => new Date(iso);
const created = at('2026-01-05T10:00:00Z');

test('due times per priority, in clock time', () => {
  const cases: [keyof typeof DEFAULT_TARGETS, string, string][] = [
    ['urgent', '2026-01-05T11:00:00.000Z', '2026-01-05T18:00:00.000Z'],
    ['high', '2026-01-05T14:00:00.000Z', '2026-01-06T10:00:00.000Z'],
    ['normal', '2026-01-05T18:00:00.000Z', '2026-01-08T10:00:00.000Z'],
    ['low', '2026-01-06T10:00:00.000Z', '2026-01-12T10:00:00.000Z'],
  ];
  for (const [priority, first, resolution] of cases) {
    const due = dueTimes(created, DEFAULT_TARGETS[priority]);
    assert.deepEqual(
      [due.firstResponseDueAt.toISOString(), due.resolutionDueAt.toISOString()],
      [first, resolution],
      priority,
    );
  }
});

const fresh: TargetState = {
  ...dueTimes(created, DEFAULT_TARGETS.high),
  firstRespondedAt: null,
  solvedAt: null,
  firstResponseBreachedAt: null,
  resolutionBreachedAt: null,
};

test('the next target to watch, the queue target and the breaches at an instant', () => {
  const cases: [string, Partial<TargetState>, string, string | null, string, string[]][] = [
    ['new', {}, '2026-01-05T13:59:59Z', '2026-01-05T14:00:00.000Z', '2026-01-05T14:00:00.000Z', []],
    [
      'first response late',
      {},
      '2026-01-05T14:00:00Z',
      '2026-01-05T14:00:00.000Z',
      '2026-01-05T14:00:00.000Z',
      ['first_response@2026-01-05T14:00:00.000Z'],
    ],
    [
      'both late, reported in order',
      {},
      '2026-01-07T00:00:00Z',
      '2026-01-05T14:00:00.000Z',
      '2026-01-05T14:00:00.000Z',
      ['first_response@2026-01-05T14:00:00.000Z', 'resolution@2026-01-06T10:00:00.000Z'],
    ],
    [
      'first response reported: resolution next',
      { firstResponseBreachedAt: at('2026-01-05T14:00:00Z') },
      '2026-01-05T15:00:00Z',
      '2026-01-06T10:00:00.000Z',
      '2026-01-05T14:00:00.000Z',
      [],
    ],
    [
      'answered in time',
      { firstRespondedAt: at('2026-01-05T11:00:00Z') },
      '2026-01-06T10:00:00Z',
      '2026-01-06T10:00:00.000Z',
      '2026-01-06T10:00:00.000Z',
      ['resolution@2026-01-06T10:00:00.000Z'],
    ],
    [
      'solved: nothing to watch',
      { firstRespondedAt: at('2026-01-05T11:00:00Z'), solvedAt: at('2026-01-05T12:00:00Z') },
      '2026-02-01T00:00:00Z',
      null,
      '2026-01-06T10:00:00.000Z',
      [],
    ],
    [
      'all reported: nothing twice',
      { firstResponseBreachedAt: created, resolutionBreachedAt: created },
      '2026-02-01T00:00:00Z',
      null,
      '2026-01-05T14:00:00.000Z',
      [],
    ],
  ];
  for (const [name, over, now, next, target, breaches] of cases) {
    const state = { ...fresh, ...over };
    assert.equal(nextBreachAt(state)?.toISOString() ?? null, next, name);
    assert.equal(queueTarget(state).toISOString(), target, name);
    assert.deepEqual(
      breachesBy(state, at(now)).map((b) => `${b.kind}@${b.at.toISOString()}`),
      breaches,
      name,
    );
  }
});
