import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { firstPeriod, type LifecycleState, nextActionAt, step } from './lifecycle.ts';

const at = (iso: string) => Temporal.Instant.from(iso);
const day = (i: Temporal.Instant | null | undefined) => i?.toString().slice(0, 10) ?? null;

function state(overrides: Partial<LifecycleState> = {}): LifecycleState {
  return {
    status: 'active',
    anchor: at('2025-01-31T00:00:00Z'),
    interval: 'month',
    intervalCount: 1,
    currentPeriodStart: at('2025-01-31T00:00:00Z'),
    currentPeriodEnd: at('2025-02-28T00:00:00Z'),
    trialEnd: null,
    trialWillEndAt: null,
    trialEndBehavior: 'create_invoice',
    cancelAt: null,
    canceledAt: null,
    endedAt: null,
    resumeAt: null,
    collectionResumesAt: null,
    ...overrides,
  };
}

/** Steps until nothing is due by `until`; returns the transitions as [kind, day, billed licensed start..end]. */
function run(s: LifecycleState, until: string) {
  const out: string[][] = [];
  let current = s;
  for (let r = step(current, at(until), 'UTC'); r; r = step(current, at(until), 'UTC')) {
    const billed = 'billed' in r.transition ? r.transition.billed : null;
    out.push([
      r.transition.kind,
      day(r.transition.at)!,
      billed?.licensed ? `${day(billed.licensed.start)}..${day(billed.licensed.end)}` : '-',
      billed?.metered ? `${day(billed.metered.start)}..${day(billed.metered.end)}` : '-',
    ]);
    current = r.state;
  }
  return { transitions: out, state: current };
}

const cases: { name: string; s: LifecycleState; until: string; expect: string[][]; status: string }[] = [
  {
    name: 'renewals from a Jan 31 anchor follow the anchor grid, metered billed in arrears',
    s: state(),
    until: '2025-05-01T00:00:00Z',
    expect: [
      ['renewed', '2025-02-28', '2025-02-28..2025-03-31', '2025-01-31..2025-02-28'],
      ['renewed', '2025-03-31', '2025-03-31..2025-04-30', '2025-02-28..2025-03-31'],
      ['renewed', '2025-04-30', '2025-04-30..2025-05-31', '2025-03-31..2025-04-30'],
    ],
    status: 'active',
  },
  {
    name: 'cancel at period end ends it at the boundary and bills only usage',
    s: state({ cancelAt: at('2025-02-28T00:00:00Z') }),
    until: '2025-06-01T00:00:00Z',
    expect: [['ended', '2025-02-28', '-', '2025-01-31..2025-02-28']],
    status: 'canceled',
  },
  {
    name: 'trial: notice 3 days before, then the first period from trial end',
    s: state({
      status: 'trialing',
      anchor: at('2025-06-15T00:00:00Z'),
      currentPeriodStart: at('2025-06-01T00:00:00Z'),
      currentPeriodEnd: at('2025-06-15T00:00:00Z'),
      trialEnd: at('2025-06-15T00:00:00Z'),
      trialWillEndAt: at('2025-06-12T00:00:00Z'),
    }),
    until: '2025-06-20T00:00:00Z',
    expect: [
      ['trial_will_end', '2025-06-12', '-', '-'],
      ['trial_ended', '2025-06-15', '2025-06-15..2025-07-15', '-'],
    ],
    status: 'active',
  },
  {
    name: 'trial ending with behaviour pause bills nothing and pauses',
    s: state({
      status: 'trialing',
      currentPeriodEnd: at('2025-02-07T00:00:00Z'),
      trialEnd: at('2025-02-07T00:00:00Z'),
      trialEndBehavior: 'pause',
    }),
    until: '2025-03-01T00:00:00Z',
    expect: [['trial_ended', '2025-02-07', '-', '-']],
    status: 'paused',
  },
  {
    name: 'a paused service resumes at its date with a new anchor',
    s: state({ status: 'paused', resumeAt: at('2025-03-10T00:00:00Z') }),
    until: '2025-04-12T00:00:00Z',
    expect: [
      ['resumed', '2025-03-10', '2025-03-10..2025-04-10', '-'],
      ['renewed', '2025-04-10', '2025-04-10..2025-05-10', '2025-03-10..2025-04-10'],
    ],
    status: 'active',
  },
  {
    name: 'quarterly (month × 3)',
    s: state({ intervalCount: 3, currentPeriodEnd: at('2025-04-30T00:00:00Z') }),
    until: '2025-11-01T00:00:00Z',
    expect: [
      ['renewed', '2025-04-30', '2025-04-30..2025-07-31', '2025-01-31..2025-04-30'],
      ['renewed', '2025-07-31', '2025-07-31..2025-10-31', '2025-04-30..2025-07-31'],
      ['renewed', '2025-10-31', '2025-10-31..2026-01-31', '2025-07-31..2025-10-31'],
    ],
    status: 'active',
  },
];

for (const c of cases) {
  test(`lifecycle: ${c.name}`, () => {
    const { transitions, state: end } = run(c.s, c.until);
    assert.deepEqual(transitions, c.expect);
    assert.equal(end.status, c.status);
  });
}

test('nextActionAt: nothing for canceled, the earliest of the due times otherwise', () => {
  assert.equal(nextActionAt(state({ status: 'canceled' })), null);
  assert.equal(day(nextActionAt(state({ cancelAt: at('2025-02-10T00:00:00Z') }))), '2025-02-10');
  assert.equal(day(nextActionAt(state({ status: 'paused' }))), null);
});

test('firstPeriod: trial, billing_cycle_anchor stub, or one full interval', () => {
  const base = { start: at('2025-08-10T00:00:00Z'), interval: 'month' as const, intervalCount: 1, timeZone: 'UTC' };
  const plain = firstPeriod({ ...base, trialEnd: null, cycleAnchor: null });
  assert.equal(day(plain.end), '2025-09-10');
  const stub = firstPeriod({ ...base, trialEnd: null, cycleAnchor: at('2025-09-01T00:00:00Z') });
  assert.deepEqual([day(stub.end), day(stub.anchor)], ['2025-09-01', '2025-09-01']);
  const trial = firstPeriod({ ...base, trialEnd: at('2025-08-24T00:00:00Z'), cycleAnchor: null });
  assert.deepEqual([day(trial.end), day(trial.anchor)], ['2025-08-24', '2025-08-24']);
});

test('step: which transitions claim a cycle boundary (unique per subscription) and which do not', () => {
  const cases: { name: string; s: LifecycleState; until: string; expect: [string, string | null][] }[] = [
    { name: 'renewal', s: state(), until: '2025-02-28T00:00:00Z', expect: [['renewed', '2025-02-28']] },
    {
      name: 'trial end',
      s: state({ status: 'trialing', trialEnd: at('2025-02-28T00:00:00Z') }),
      until: '2025-02-28T00:00:00Z',
      expect: [['trial_ended', '2025-02-28']],
    },
    {
      name: 'cancel now, at the instant the period started (a frozen test clock)',
      s: state({ cancelAt: at('2025-01-31T00:00:00Z') }),
      until: '2025-01-31T00:00:00Z',
      expect: [['ended', null]],
    },
    {
      name: 'cancel at period end',
      s: state({ cancelAt: at('2025-02-28T00:00:00Z') }),
      until: '2025-03-31T00:00:00Z',
      expect: [['ended', null]],
    },
  ];
  for (const c of cases) {
    const seen: [string, string | null][] = [];
    let current = c.s;
    for (let r = step(current, at(c.until), 'UTC'); r; r = step(current, at(c.until), 'UTC')) {
      const billed = 'billed' in r.transition ? r.transition.billed : null;
      seen.push([r.transition.kind, day(billed?.cycleAt)]);
      current = r.state;
    }
    assert.deepEqual(seen, c.expect, c.name);
  }
});

test('incomplete: expires 23 h after the start with nothing billed; paid in time (active) it renews as usual', () => {
  const start = at('2025-01-31T00:00:00Z');
  const incomplete = state({ status: 'incomplete', currentPeriodStart: start });
  assert.equal(nextActionAt(incomplete)?.toString(), '2025-01-31T23:00:00Z');
  assert.equal(step(incomplete, at('2025-01-31T22:59:59Z'), 'UTC'), null, 'not before 23 h');
  const expired = run(incomplete, '2025-06-01T00:00:00Z');
  assert.deepEqual(expired.transitions, [['incomplete_expired', '2025-01-31', '-', '-']]);
  assert.deepEqual(
    [expired.state.status, expired.state.endedAt?.toString()],
    ['incomplete_expired', '2025-01-31T23:00:00Z'],
  );
  assert.equal(nextActionAt(expired.state), null, 'terminal');
  const paid = run({ ...incomplete, status: 'active' }, '2025-03-01T00:00:00Z');
  assert.deepEqual(
    paid.transitions.map((t) => t[0]),
    ['renewed'],
  );
});
