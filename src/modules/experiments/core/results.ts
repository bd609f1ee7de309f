/**
 * An experiment's results from one row per exposed customer: per variant the conversion rate and the mean value per
 * exposed customer (0 for those who did not convert, as GrowthBook counts revenue per user), each treatment against
 * the control (the first variant) with a two-proportion test for the rate and Welch's t for the value, and the
 * sample-ratio-mismatch check of the exposures against the weights.
 */
import {
  type ComparisonResult,
  type SampleRatioCheck,
  sampleRatioMismatch,
  type TestOptions,
  twoProportionTest,
  welchTTest,
} from './statistics.ts';

export interface ExposedCustomer {
  variant: string;
  converted: boolean;
  /** Sum of the customer's conversion values (0 when none). */
  value: number;
}

export interface VariantSummary {
  key: string;
  weight: number;
  exposures: number;
  conversions: number;
  conversion_rate: number | null;
  value_mean: number | null;
  value_sd: number | null;
}

export interface VariantComparison {
  variant: string;
  rate: ComparisonResult | null;
  value: ComparisonResult | null;
}

export interface ExperimentResults {
  control: string;
  variants: VariantSummary[];
  comparisons: VariantComparison[];
  srm: SampleRatioCheck;
}

function summarize(key: string, weight: number, rows: readonly ExposedCustomer[]): VariantSummary {
  const n = rows.length;
  const conversions = rows.filter((r) => r.converted).length;
  const mean = n === 0 ? null : rows.reduce((s, r) => s + r.value, 0) / n;
  const sd = n < 2 || mean === null ? null : Math.sqrt(rows.reduce((s, r) => s + (r.value - mean) ** 2, 0) / (n - 1));
  return {
    key,
    weight,
    exposures: n,
    conversions,
    conversion_rate: n === 0 ? null : conversions / n,
    value_mean: mean,
    value_sd: sd,
  };
}

function compare(control: VariantSummary, treatment: VariantSummary, options: TestOptions): VariantComparison {
  const rate =
    control.exposures > 0 && treatment.exposures > 0
      ? twoProportionTest(
          { conversions: control.conversions, exposures: control.exposures },
          { conversions: treatment.conversions, exposures: treatment.exposures },
          options,
        )
      : null;
  const value =
    control.value_sd !== null && treatment.value_sd !== null
      ? welchTTest(
          { mean: control.value_mean!, sd: control.value_sd, n: control.exposures },
          { mean: treatment.value_mean!, sd: treatment.value_sd, n: treatment.exposures },
          options,
        )
      : null;
  return { variant: treatment.key, rate, value };
}

export function experimentResults(
  variants: readonly { key: string; weight: number }[],
  exposed: readonly ExposedCustomer[],
  options: TestOptions = {},
): ExperimentResults {
  if (variants.length < 2) throw new RangeError('an experiment has at least two variants');
  const summaries = variants.map((v) =>
    summarize(
      v.key,
      v.weight,
      exposed.filter((e) => e.variant === v.key),
    ),
  );
  const [control, ...treatments] = summaries;
  return {
    control: control!.key,
    variants: summaries,
    comparisons: treatments.map((t) => compare(control!, t, options)),
    srm: sampleRatioMismatch(
      summaries.map((s) => s.exposures),
      variants.map((v) => v.weight),
    ),
  };
}
