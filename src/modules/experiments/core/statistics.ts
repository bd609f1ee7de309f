/**
 * Frequentist A/B statistics over summary figures (counts, means, standard deviations), as GrowthBook and
 * Optimizely report them: two-proportion z-test (pooled standard error) for rates, Welch's t-test for means,
 * absolute and relative lift with delta-method intervals, and a chi-square sample-ratio-mismatch check.
 * Distributions come from stdlib-js (@stdlib/stats-base-dists-*), not hand-written approximations.
 */
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

export interface Interval {
  lower: number;
  upper: number;
}

export interface TestOptions {
  /** Two-sided significance level (0.05). */
  alpha?: number;
  /**
   * Sequential mode: the sample size (both arms) where the confidence sequence is tightest (GrowthBook's default
   * 5,000). The interval is then valid however often the results are looked at, and `significant` follows it.
   */
  sequentialTuning?: number;
}

export interface ComparisonResult {
  control: number;
  treatment: number;
  /** treatment − control, with its confidence interval. */
  absolute_lift: number;
  absolute_ci: Interval;
  /** treatment / control − 1 (null when the control is 0), delta-method interval. */
  relative_lift: number | null;
  relative_ci: Interval | null;
  statistic: number;
  p_value: number;
  significant: boolean;
  /** Only in sequential mode: the asymptotic confidence sequence of the absolute lift. */
  sequential_ci?: Interval;
}

export interface RateArm {
  conversions: number;
  exposures: number;
}

/** Two-proportion z-test: pooled standard error for the test, unpooled for the interval (the usual Wald CI). */
export function twoProportionTest(control: RateArm, treatment: RateArm, options: TestOptions = {}): ComparisonResult {
  const alpha = options.alpha ?? 0.05;
  for (const arm of [control, treatment]) {
    if (!(arm.exposures > 0) || arm.conversions < 0 || arm.conversions > arm.exposures) {
      throw new RangeError('each arm needs exposures > 0 and 0 ≤ conversions ≤ exposures');
    }
  }
  const pc = control.conversions / control.exposures;
  const pt = treatment.conversions / treatment.exposures;
  const pooled = (control.conversions + treatment.conversions) / (control.exposures + treatment.exposures);
  const pooledSe = Math.sqrt(pooled * (1 - pooled) * (1 / control.exposures + 1 / treatment.exposures));
  const z = pooledSe === 0 ? 0 : (pt - pc) / pooledSe;
  const p = 2 * (1 - normalCdf(Math.abs(z), 0, 1));
  const varC = (pc * (1 - pc)) / control.exposures;
  const varT = (pt * (1 - pt)) / treatment.exposures;
  const critical = normalQuantile(1 - alpha / 2, 0, 1);
  const n = control.exposures + treatment.exposures;
  return compare({ mc: pc, mt: pt, varC, varT, critical, statistic: z, p, alpha, n, tuning: options.sequentialTuning });
}

export interface MeanArm {
  mean: number;
  sd: number;
  n: number;
}

/** Welch's unequal-variance t-test; the interval uses the t quantile at the Welch–Satterthwaite degrees of freedom. */
export function welchTTest(
  control: MeanArm,
  treatment: MeanArm,
  options: TestOptions = {},
): ComparisonResult & { df: number } {
  const alpha = options.alpha ?? 0.05;
  for (const arm of [control, treatment]) {
    if (!(arm.n >= 2) || !(arm.sd >= 0) || !Number.isFinite(arm.mean)) {
      throw new RangeError('each arm needs n ≥ 2, sd ≥ 0 and a finite mean');
    }
  }
  const varC = (control.sd * control.sd) / control.n;
  const varT = (treatment.sd * treatment.sd) / treatment.n;
  const se = Math.sqrt(varC + varT);
  // Both arms constant (e.g. nobody converted): Welch–Satterthwaite is 0/0; the pooled degrees of freedom stand in.
  const df =
    se === 0
      ? control.n + treatment.n - 2
      : (varC + varT) ** 2 / (varC ** 2 / (control.n - 1) + varT ** 2 / (treatment.n - 1));
  const t = se === 0 ? 0 : (treatment.mean - control.mean) / se;
  const p = se === 0 ? 1 : 2 * (1 - tCdf(Math.abs(t), df));
  const critical = se === 0 ? 0 : tQuantile(1 - alpha / 2, df);
  const n = control.n + treatment.n;
  const tuning = options.sequentialTuning;
  return {
    ...compare({ mc: control.mean, mt: treatment.mean, varC, varT, critical, statistic: t, p, alpha, n, tuning }),
    df,
  };
}

function compare(input: {
  mc: number;
  mt: number;
  varC: number;
  varT: number;
  critical: number;
  statistic: number;
  p: number;
  alpha: number;
  n: number;
  tuning: number | undefined;
}): ComparisonResult {
  const { mc, mt, varC, varT, critical } = input;
  const diff = mt - mc;
  const half = critical * Math.sqrt(varC + varT);
  const relative = relativeLift(mc, mt, varC, varT, critical);
  const sequential =
    input.tuning === undefined ? undefined : confidenceSequence(diff, varC + varT, input.n, input.alpha, input.tuning);
  return {
    control: mc,
    treatment: mt,
    absolute_lift: diff,
    absolute_ci: { lower: diff - half, upper: diff + half },
    relative_lift: relative?.lift ?? null,
    relative_ci: relative?.ci ?? null,
    statistic: input.statistic,
    p_value: input.p,
    significant: sequential ? sequential.lower > 0 || sequential.upper < 0 : input.p < input.alpha,
    ...(sequential && { sequential_ci: sequential }),
  };
}

/**
 * The asymptotic confidence sequence of Waudby-Smith et al. ("Time-uniform central limit theory and asymptotic
 * confidence sequences", eq. 9) as GrowthBook applies it: with N observations in both arms, σ² = N·Var(estimate),
 * ρ² = (−2 ln α + ln(−2 ln α + 1)) / tuning, the half-width is σ·√(2(Nρ²+1)/(N²ρ²) · ln(√(Nρ²+1)/α)).
 */
export function confidenceSequence(
  estimate: number,
  varianceOfEstimate: number,
  n: number,
  alpha = 0.05,
  tuning = 5000,
): Interval {
  if (!(n > 0) || !(tuning > 0) || !(varianceOfEstimate >= 0)) throw new RangeError('need n > 0, tuning > 0, var ≥ 0');
  const rho2 = (-2 * Math.log(alpha) + Math.log(-2 * Math.log(alpha) + 1)) / tuning;
  const sigma = Math.sqrt(varianceOfEstimate * n);
  const half = sigma * Math.sqrt(((2 * (n * rho2 + 1)) / (n * n * rho2)) * Math.log(Math.sqrt(n * rho2 + 1) / alpha));
  return { lower: estimate - half, upper: estimate + half };
}

/**
 * Delta method for the ratio of two independent means: Var(mt/mc) ≈ varT/mc² + mt²·varC/mc⁴
 * (Deng et al., "Applying the Delta Method in Metric Analytics", 2018).
 */
export function relativeLift(
  mc: number,
  mt: number,
  varC: number,
  varT: number,
  critical: number,
): { lift: number; ci: Interval } | null {
  if (mc === 0) return null;
  const lift = mt / mc - 1;
  const half = critical * Math.sqrt(varT / mc ** 2 + (mt ** 2 * varC) / mc ** 4);
  return { lift, ci: { lower: lift - half, upper: lift + half } };
}

export interface SampleRatioCheck {
  chi_square: number;
  p_value: number;
  /** True when p < threshold (GrowthBook's default 0.001): the split is broken, do not trust the results. */
  mismatch: boolean;
}

/** Chi-square goodness of fit of the exposures per variant against the configured weights. */
export function sampleRatioMismatch(
  observed: readonly number[],
  weights: readonly number[],
  threshold = 0.001,
): SampleRatioCheck {
  if (observed.length !== weights.length || observed.length < 2) {
    throw new RangeError('need one weight per variant, at least two variants');
  }
  const total = observed.reduce((s, v) => s + v, 0);
  const weightSum = weights.reduce((s, v) => s + v, 0);
  if (total === 0) return { chi_square: 0, p_value: 1, mismatch: false };
  let chi = 0;
  for (const [i, count] of observed.entries()) {
    const expected = (total * weights[i]!) / weightSum;
    chi += (count - expected) ** 2 / expected;
  }
  const p = 1 - chisquareCdf(chi, observed.length - 1);
  return { chi_square: chi, p_value: p, mismatch: p < threshold };
}
