import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cohortSurvival, forecastMrr } from './forecast.ts';
import { minimize } from './nelder-mead.ts';
import { fitSbg, sbgChurnProbability, sbgDerl, sbgResidualValue, sbgSurvival } from './sbg.ts';

const highEnd = [0.869, 0.743, 0.653, 0.593, 0.551, 0.517, 0.491];
const close = (got: number, want: number, within: number, name: string) =>
  assert.ok(Math.abs(got - want) <= within, `${name}: ${got} is not ${want} ± ${within}`);

test('sBG fitted to the "High End" segment (Fader & Hardie 2007) gives α 0.668, β 3.806', () => {
  const fit = fitSbg(highEnd);
  close(fit.alpha, 0.668, 0.005, 'alpha');
  close(fit.beta, 3.806, 0.005, 'beta');
  // the fitted curve follows the observed survival within two points (the paper's own fit: 0.851 for 0.869)
  for (const [i, s] of highEnd.entries()) close(sbgSurvival(fit, i + 1), s, 0.02, `S(${i + 1})`);
});

test('DERL at 10 % of a High End subscriber after the 7 observed renewals (n = 8) is 7.530', () => {
  const fit = fitSbg(highEnd);
  close(sbgDerl(fit, 0.1, 8), 7.53, 0.01, 'DERL n=8');
  // a new subscriber is worth less: the ones who churn early have not been filtered out yet
  assert.ok(sbgDerl(fit, 0.1, 1) < sbgDerl(fit, 0.1, 8));
  // 2990 a period × 7.53 periods, rounded once
  assert.equal(
    sbgResidualValue(2990, { alpha: 0.668, beta: 3.806 }, 0.1, 8),
    Math.round(2990 * sbgDerl({ alpha: 0.668, beta: 3.806 }, 0.1, 8)),
  );
});

test('sBG survival and churn probability on exact figures (α = β = 1: S(t) = 1/(t+1))', () => {
  const uniform = { alpha: 1, beta: 1 };
  const cases: Array<[number, number, number]> = [
    // t, S(t), P(T = t) = S(t−1) − S(t)
    [0, 1, 0],
    [1, 1 / 2, 1 / 2],
    [2, 1 / 3, 1 / 6],
    [9, 1 / 10, 1 / 90],
  ];
  for (const [t, s, p] of cases) {
    close(sbgSurvival(uniform, t), s, 1e-12, `S(${t})`);
    if (t > 0) close(sbgChurnProbability(uniform, t), p, 1e-12, `P(${t})`);
  }
  // with d = 0 and α = β = 1, ₂F₁ diverges slowly; with d = 10 % a new subscriber's DERL is finite and positive
  assert.ok(sbgDerl(uniform, 0.1, 1) > 0);
  assert.throws(() => fitSbg([0.5, 0.6]), /survival must fall/);
  assert.throws(() => fitSbg([]), /at least one period/);
});

test('Nelder–Mead finds the minimum of a shifted quadratic bowl', () => {
  const { x } = minimize(([a, b]) => (a! - 3) ** 2 + 2 * (b! + 1) ** 2, [0, 0], { tolerance: 1e-14 });
  close(x[0]!, 3, 1e-5, 'x');
  close(x[1]!, -1, 1e-5, 'y');
});

test('forecastMrr: retained MRR, a scheduled cancellation and converting trials, month by month', () => {
  const months = forecastMrr({
    months: 12,
    retention: { alpha: 1, beta: 1 },
    active: [
      { mrr: 10000, paidPeriods: 1 }, // × S(h): 10000 / (h + 1)
      { mrr: 6000, paidPeriods: 3 }, // × S(2 + h) / S(2): 6000 · 3 / (h + 3)
    ],
    scheduled: [{ delta: -2000, paidPeriods: 3, fromMonth: 2 }], // −2000 · 3 / (h + 3) from month 2
    trials: [{ mrr: 3000, firstPaidMonth: 1 }], // 3000 · 50 % · S(h − 1) = 1500 / h
    trialConversion: 0.5,
  });
  assert.equal(months.length, 12);
  assert.deepEqual(months[0], { month: 1, mrr: 11000, retained: 9500, scheduled: 0, trials: 1500 });
  assert.deepEqual(months[1], { month: 2, mrr: 6483, retained: 6933, scheduled: -1200, trials: 750 });
  assert.deepEqual(months[2], { month: 3, mrr: 5000, retained: 5500, scheduled: -1000, trials: 500 });
  assert.deepEqual(months[11], { month: 12, mrr: 1694, retained: 1969, scheduled: -400, trials: 125 });
});

test('cohortSurvival: shares of a signup cohort that paid more than t periods', () => {
  // 10 subscribers, watched for 3 renewals: paid 1,1,2,3,4,4,4,4,4,4 periods (4 = still there)
  assert.deepEqual(cohortSurvival([1, 1, 2, 3, 4, 4, 4, 4, 4, 4], 3), [0.8, 0.7, 0.6]);
});
