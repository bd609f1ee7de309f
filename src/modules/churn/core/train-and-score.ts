import { evaluateChurnModel, type LabelledRows, trainChurnModel } from './pipeline.ts';
import { type ChurnRisk, churnRisk } from './risk.ts';
import {
  buildSnapshots,
  DAY,
  type History,
  type Snapshot,
  snapshotDates,
  snapshotFeatureNames,
  timeSplit,
} from './snapshots.ts';

export interface TrainingOptions {
  horizonDays: number;
  /** How far back snapshots go, and how often. */
  lookbackDays: number;
  everyDays: number;
  /** The last days of labelled snapshots held out for validation (time-based, never shuffled). */
  validationDays: number;
}

export const defaultTrainingOptions: TrainingOptions = {
  horizonDays: 30,
  lookbackDays: 365,
  everyDays: 14,
  validationDays: 90,
};

export interface ModelSummary {
  auc: number;
  topDecilePrecision: number;
  topDecileRecall: number;
  calibration: { count: number; meanPredicted: number; observedRate: number }[];
  importance: { feature: string; importance: number }[];
}

export interface TrainingReport {
  asOf: number;
  snapshots: number;
  trainRows: number;
  validationRows: number;
  validationFrom: number;
  /** Customers paying at `asOf` who got a score. */
  scored: number;
  /** Metrics on the validation period; absent when it lacks churners or stayers. */
  ensemble?: ModelSummary;
  baseline?: ModelSummary;
  /** Why no model was trained. */
  skipped?: string;
}

const labelled = (snapshots: readonly Snapshot[], features: readonly string[]): LabelledRows => ({
  rows: snapshots.map((s) => s.features),
  labels: snapshots.map((s) => s.label as 0 | 1),
  features,
});

const bothClasses = (snapshots: readonly Snapshot[]) =>
  snapshots.some((s) => s.label === 1) && snapshots.some((s) => s.label === 0);

function summary(data: LabelledRows, kind: 'boosted' | 'logistic', train: LabelledRows): ModelSummary {
  const e = evaluateChurnModel(trainChurnModel(kind, train), data);
  return {
    auc: e.auc,
    topDecilePrecision: e.topDecile.precision,
    topDecileRecall: e.topDecile.recall,
    calibration: e.calibration,
    importance: e.importance,
  };
}

/**
 * The whole retraining, pure: snapshots from the history, a time-based validation of the ensemble against the
 * logistic baseline, then the ensemble refitted on every labelled snapshot scores each customer paying at `asOf`.
 */
export function trainAndScore(
  history: History,
  asOf: number,
  options: Partial<TrainingOptions> = {},
): { report: TrainingReport; scores: { customer: string; risk: ChurnRisk }[] } {
  const o = { ...defaultTrainingOptions, ...options };
  const dates = snapshotDates(asOf - o.lookbackDays * DAY, asOf - o.horizonDays * DAY, o.everyDays);
  const snapshots = buildSnapshots(history, { dates, horizonDays: o.horizonDays, observedUntil: asOf });
  const validationFrom = asOf - o.validationDays * DAY;
  const { train, validation } = timeSplit(snapshots, validationFrom, o.horizonDays);
  const report: TrainingReport = {
    asOf,
    snapshots: snapshots.length,
    trainRows: train.length,
    validationRows: validation.length,
    validationFrom,
    scored: 0,
  };
  if (!bothClasses(snapshots))
    return { report: { ...report, skipped: 'no churn and no stay to learn from yet' }, scores: [] };
  const features = snapshotFeatureNames(history);
  if (bothClasses(train) && bothClasses(validation)) {
    report.ensemble = summary(labelled(validation, features), 'boosted', labelled(train, features));
    report.baseline = summary(labelled(validation, features), 'logistic', labelled(train, features));
  }
  const model = trainChurnModel('boosted', labelled(snapshots, features));
  const current = buildSnapshots(history, { dates: [asOf], horizonDays: o.horizonDays, observedUntil: asOf });
  const scores = current.map((s) => ({ customer: s.customer, risk: churnRisk(model, s.features) }));
  return { report: { ...report, scored: scores.length }, scores };
}
