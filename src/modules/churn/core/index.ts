/** Pure churn modelling: encoding, gradient-boosted trees, an L2 logistic baseline, metrics and risk scores. */

export type { BoostedModel, BoostingOptions } from './boosting.ts';
export { boostedContributions, defaultBoostingOptions, fitBoosted, predictBoosted } from './boosting.ts';
export { parseCsv } from './csv.ts';
export type { EncodedColumn, FeatureSpec, RawRow, RawValue } from './features.ts';
export { encodeRow, fitFeatureSpec, standardise } from './features.ts';
export type { LogisticModel, LogisticOptions } from './logistic.ts';
export { fitLogistic, predictLogistic } from './logistic.ts';
export type { CalibrationBin, TopFractionResult } from './metrics.ts';
export { calibrationTable, rocAuc, topFraction } from './metrics.ts';
export type { ChurnModel, ComparisonReport, Evaluation, LabelledRows } from './pipeline.ts';
export {
  compareOnSplit,
  evaluateChurnModel,
  featureImportance,
  predictChurn,
  sourceContributions,
  trainChurnModel,
} from './pipeline.ts';
export type { ChurnRisk, ReasonPhrase, RiskBand, RiskReason } from './risk.ts';
export { churnRisk, riskBand, riskScore, tenureReasonPhrases } from './risk.ts';
export type {
  Attributes,
  History,
  InvoiceDueRow,
  MovementRow,
  PaymentRow,
  Snapshot,
  SnapshotFeature,
  SnapshotOptions,
  ViewingRow,
} from './snapshots.ts';
export { buildSnapshots, DAY, SNAPSHOT_FEATURES, snapshotDates, snapshotFeatureNames, timeSplit } from './snapshots.ts';
export { seededSplit } from './split.ts';
export type { ModelSummary, TrainingOptions, TrainingReport } from './train-and-score.ts';
export { defaultTrainingOptions, trainAndScore } from './train-and-score.ts';
