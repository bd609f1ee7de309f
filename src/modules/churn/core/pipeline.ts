import {
  type BoostedModel,
  type BoostingOptions,
  boostedContributions,
  fitBoosted,
  predictBoosted,
} from './boosting.ts';
import { encodeRow, type FeatureSpec, fitFeatureSpec, type RawRow, standardise } from './features.ts';
import { fitLogistic, type LogisticModel, logisticContributions, predictLogistic } from './logistic.ts';
import { type CalibrationBin, calibrationTable, rocAuc, topFraction } from './metrics.ts';
import { seededSplit } from './split.ts';

/** A trained model with the encoding it was trained under; everything needed to score a raw row. */
export interface ChurnModel {
  spec: FeatureSpec;
  model: BoostedModel | LogisticModel;
}

export interface LabelledRows {
  rows: readonly RawRow[];
  labels: readonly (0 | 1)[];
  /** Input columns to use (the label and ids excluded). */
  features: readonly string[];
}

export function trainChurnModel(
  kind: 'boosted' | 'logistic',
  data: LabelledRows,
  options: { boosting?: Partial<BoostingOptions>; l2?: number } = {},
): ChurnModel {
  const spec = fitFeatureSpec(data.rows, data.features);
  const encoded = data.rows.map((row) => encodeRow(spec, row));
  if (kind === 'boosted') return { spec, model: fitBoosted(encoded, data.labels, options.boosting) };
  const standardised = encoded.map((row) => standardise(spec, row));
  return { spec, model: fitLogistic(standardised, data.labels, { l2: options.l2 }) };
}

/** Probability of churn for one raw row. */
export function predictChurn(trained: ChurnModel, row: RawRow): number {
  const encoded = encodeRow(trained.spec, row);
  return trained.model.kind === 'boosted'
    ? predictBoosted(trained.model, encoded)
    : predictLogistic(trained.model, standardise(trained.spec, encoded));
}

/** Contributions to the log-odds per source column (one-hot columns summed back to their source). */
export function sourceContributions(trained: ChurnModel, row: RawRow): Map<string, number> {
  const encoded = encodeRow(trained.spec, row);
  const perColumn =
    trained.model.kind === 'boosted'
      ? boostedContributions(trained.model, encoded).contributions
      : logisticContributions(trained.model, standardise(trained.spec, encoded));
  return sumBySource(trained.spec, perColumn);
}

function sumBySource(spec: FeatureSpec, perColumn: readonly number[]): Map<string, number> {
  const out = new Map<string, number>(spec.sources.map((s) => [s, 0]));
  spec.columns.forEach((column, j) => {
    out.set(column.source, out.get(column.source)! + perColumn[j]!);
  });
  return out;
}

/**
 * Importance per source column, largest first, summing to 1. The ensemble uses its split gain. The linear model
 * uses the mean |contribution| over `rows`: summing |weight| over one-hot columns would rank a 51-value
 * categorical first merely for having many columns.
 */
export function featureImportance(
  trained: ChurnModel,
  rows: readonly RawRow[] = [],
): { feature: string; importance: number }[] {
  let bySource: Map<string, number>;
  if (trained.model.kind === 'boosted') bySource = sumBySource(trained.spec, trained.model.importance);
  else {
    bySource = new Map(trained.spec.sources.map((s) => [s, 0]));
    for (const row of rows) {
      for (const [source, c] of sourceContributions(trained, row))
        bySource.set(source, bySource.get(source)! + Math.abs(c));
    }
  }
  const total = [...bySource.values()].reduce((a, v) => a + v, 0) || 1;
  return [...bySource]
    .map(([feature, v]) => ({ feature, importance: v / total }))
    .sort((a, b) => b.importance - a.importance || a.feature.localeCompare(b.feature));
}

export interface Evaluation {
  auc: number;
  topDecile: { count: number; precision: number; recall: number; lift: number };
  calibration: CalibrationBin[];
  importance: { feature: string; importance: number }[];
}

export function evaluateChurnModel(trained: ChurnModel, data: LabelledRows): Evaluation {
  const probabilities = data.rows.map((row) => predictChurn(trained, row));
  return {
    auc: rocAuc(probabilities, data.labels),
    topDecile: topFraction(probabilities, data.labels, 0.1),
    calibration: calibrationTable(probabilities, data.labels, 10),
    importance: featureImportance(trained, data.rows),
  };
}

function subset(data: LabelledRows, indices: readonly number[]): LabelledRows {
  return {
    rows: indices.map((i) => data.rows[i]!),
    labels: indices.map((i) => data.labels[i]!),
    features: data.features,
  };
}

export interface ComparisonReport {
  trainCount: number;
  testCount: number;
  testPositiveRate: number;
  ensemble: Evaluation;
  baseline: Evaluation;
}

/** Splits with the seed, trains the ensemble and the logistic baseline on the same rows, evaluates both on the rest. */
export function compareOnSplit(data: LabelledRows, options: { seed: number; testFraction: number }): ComparisonReport {
  const split = seededSplit(data.labels, options);
  const train = subset(data, split.train);
  const test = subset(data, split.test);
  const ensemble = trainChurnModel('boosted', train, { boosting: { seed: options.seed } });
  const baseline = trainChurnModel('logistic', train);
  return {
    trainCount: split.train.length,
    testCount: split.test.length,
    testPositiveRate: test.labels.filter((l) => l === 1).length / test.labels.length,
    ensemble: evaluateChurnModel(ensemble, test),
    baseline: evaluateChurnModel(baseline, test),
  };
}
