/**
 * The shifted-beta-geometric retention model (Fader & Hardie, "How to project customer retention", 2007): each
 * subscriber churns at the end of a period with a constant probability θ, and θ varies across subscribers as
 * Beta(α, β). Fitted by maximum likelihood from a cohort's observed survival; gives survival, expected discounted
 * residual lifetime (Fader & Hardie 2010) and so LTV. Pure.
 */
import { minimize } from './nelder-mead.ts';

export type SbgParameters = { alpha: number; beta: number };

/** S(t): the share of a cohort still subscribed after t periods; S(0) = 1. */
export function sbgSurvival({ alpha, beta }: SbgParameters, t: number): number {
  let s = 1;
  for (let i = 1; i <= t; i++) s *= (beta + i - 1) / (alpha + beta + i - 1);
  return s;
}

/** P(T = t), t ≥ 1: the probability of churning at the end of period t. */
export function sbgChurnProbability({ alpha, beta }: SbgParameters, t: number): number {
  let p = alpha / (alpha + beta);
  for (let i = 2; i <= t; i++) p *= (beta + i - 2) / (alpha + beta + i - 1);
  return p;
}

/**
 * Log-likelihood of a cohort whose survival after periods 1…n is `survival` (shares of the starting cohort):
 * those lost in period t contribute ln P(T = t), those still there ln S(n). Shares instead of counts scale the
 * likelihood without moving its maximum.
 */
export function sbgLogLikelihood(parameters: SbgParameters, survival: readonly number[]): number {
  let ll = 0;
  let previous = 1;
  for (const [index, share] of survival.entries()) {
    const lost = previous - share;
    if (lost > 0) ll += lost * Math.log(sbgChurnProbability(parameters, index + 1));
    previous = share;
  }
  if (previous > 0) ll += previous * Math.log(sbgSurvival(parameters, survival.length));
  return ll;
}

/** The α, β of highest likelihood; searched on their logarithms so both stay positive. */
export function fitSbg(survival: readonly number[]): SbgParameters & { logLikelihood: number } {
  if (survival.length === 0) throw new RangeError('sBG needs at least one period of observed survival');
  for (const [i, share] of survival.entries())
    if (!(share >= 0 && share <= (survival[i - 1] ?? 1)))
      throw new RangeError(`survival must fall from 1 towards 0 (period ${i + 1}: ${share})`);
  const negative = ([a, b]: number[]) => -sbgLogLikelihood({ alpha: Math.exp(a!), beta: Math.exp(b!) }, survival);
  const best = minimize(negative, [0, 0], { tolerance: 1e-12, maxIterations: 5000 });
  return { alpha: Math.exp(best.x[0]!), beta: Math.exp(best.x[1]!), logLikelihood: -best.value };
}

/** Gauss's ₂F₁(1, b; c; z) for 0 ≤ z < 1 by its series, summed until a term no longer changes the total. */
function hypergeometric1(b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 0; k < 100_000; k++) {
    term *= ((b + k) / (c + k)) * z;
    sum += term;
    if (term < sum * 1e-15) break;
  }
  return sum;
}

/**
 * Discounted expected residual lifetime (Fader & Hardie 2010, eq. 6) of a subscriber at the end of period n — who
 * has paid n periods (the first and n−1 renewals) and is about to decide on the next: the number of further
 * payments expected, each discounted at `discountRate` per period. ((β+n−1)/(α+β+n−1)) · ₂F₁(1, β+n; α+β+n; 1/(1+d)).
 * A subscriber still there after the 7 renewals of a 7-period survival curve has paid n = 8 periods.
 */
export function sbgDerl({ alpha, beta }: SbgParameters, discountRate: number, paidPeriods = 1): number {
  const n = paidPeriods;
  const stay = (beta + n - 1) / (alpha + beta + n - 1);
  return stay * hypergeometric1(beta + n, alpha + beta + n, 1 / (1 + discountRate));
}

/** Residual LTV in minor units: the period's margin times DERL, rounded once, half-up. */
export function sbgResidualValue(
  periodAmount: number,
  parameters: SbgParameters,
  discountRate: number,
  paidPeriods = 1,
) {
  return Math.round(periodAmount * sbgDerl(parameters, discountRate, paidPeriods));
}

/** One α, β for several signup cohorts (each with its own observed survival), weighted by cohort size. */
export function fitSbgCohorts(cohorts: readonly { size: number; survival: readonly number[] }[]) {
  const usable = cohorts.filter((c) => c.size > 0 && c.survival.length > 0);
  if (usable.length === 0) throw new RangeError('sBG needs at least one cohort observed for one period');
  const negative = ([a, b]: number[]) => {
    const parameters = { alpha: Math.exp(a!), beta: Math.exp(b!) };
    return -usable.reduce((s, c) => s + c.size * sbgLogLikelihood(parameters, c.survival), 0);
  };
  const best = minimize(negative, [0, 0], { tolerance: 1e-12, maxIterations: 5000 });
  return { alpha: Math.exp(best.x[0]!), beta: Math.exp(best.x[1]!), logLikelihood: -best.value };
}
