import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paidPeriods, signupCohorts } from './cohorts.ts';
import { fitSbg, fitSbgCohorts, sbgSurvival } from './sbg.ts';

test('paidPeriods: periods started before the end, or up to today', () => {
  const cases: Array<[string, string | null, string, number]> = [
    ['2026-01-10', null, '2026-01-10', 1],
    ['2026-01-10', null, '2026-03-09', 2],
    ['2026-01-10', null, '2026-03-10', 3],
    ['2026-01-10', '2026-03-10', '2026-06-01', 2], // ended on the renewal day: that renewal was not paid
    ['2026-01-10', '2026-02-20', '2026-06-01', 2], // ended mid-period
    ['2026-01-10', '2026-01-10', '2026-06-01', 0], // ended before paying
    ['2026-01-31', null, '2026-02-28', 1], // Jan 31 → Feb 28 is still the first period
    ['2026-07-01', null, '2026-06-01', 0], // starts after today
  ];
  for (const [paidStart, ended, today, expected] of cases)
    assert.equal(paidPeriods({ paidStart, ended }, today), expected, `${paidStart} → ${ended ?? 'running'} @ ${today}`);
});

test('signupCohorts: survival by signup month, observed as far as its youngest member', () => {
  const cohorts = signupCohorts(
    [
      { paidStart: '2026-01-05', ended: null },
      { paidStart: '2026-01-20', ended: '2026-02-20' }, // paid 1
      { paidStart: '2026-01-10', ended: '2026-03-15' }, // paid 3
      { paidStart: '2026-01-01', ended: null },
      { paidStart: '2026-03-01', ended: null },
      { paidStart: '2026-05-01', ended: null }, // observed for 0 renewals yet
    ],
    '2026-04-25',
  );
  assert.deepEqual(cohorts, [
    // youngest Jan member (Jan 20) could renew 3 times by Apr 25
    { month: '2026-01', size: 4, survival: [0.75, 0.75, 0.5] },
    { month: '2026-03', size: 1, survival: [1] },
  ]);
});

test('fitSbgCohorts: one cohort gives the single-curve fit; cohorts drawn from one model recover it', () => {
  const highEnd = [0.869, 0.743, 0.653, 0.593, 0.551, 0.517, 0.491];
  const single = fitSbg(highEnd);
  const pooled = fitSbgCohorts([{ size: 1000, survival: highEnd }]);
  assert.ok(Math.abs(single.alpha - pooled.alpha) < 1e-3 && Math.abs(single.beta - pooled.beta) < 1e-3);
  const truth = { alpha: 0.9, beta: 2.5 };
  const curve = (n: number) => Array.from({ length: n }, (_, t) => sbgSurvival(truth, t + 1));
  const fit = fitSbgCohorts([
    { size: 500, survival: curve(8) },
    { size: 300, survival: curve(4) },
    { size: 200, survival: curve(1) },
  ]);
  assert.ok(Math.abs(fit.alpha - 0.9) < 0.01, `alpha ${fit.alpha}`);
  assert.ok(Math.abs(fit.beta - 2.5) < 0.03, `beta ${fit.beta}`);
  assert.throws(() => fitSbgCohorts([{ size: 10, survival: [] }]), /at least one cohort/);
});
