import { parseCsv } from './core/csv.ts';
import { type ComparisonReport, compareOnSplit, type Evaluation } from './core/pipeline.ts';

export interface EvaluateCsvOptions {
  label: string;
  /** The label value that means "churned"; every other value is "stayed". */
  positive: string;
  seed: number;
  testFraction: number;
}

export interface CsvEvaluation extends ComparisonReport {
  rowCount: number;
  features: string[];
  positiveRate: number;
}

/**
 * Trains the ensemble and the logistic baseline on a labelled CSV (every other column a feature) and evaluates
 * both on a seeded, stratified hold-out. Throws a RangeError naming the problem when the label cannot be used.
 */
export function evaluateCsv(text: string, options: EvaluateCsvOptions): CsvEvaluation {
  const { header, rows } = parseCsv(text);
  if (!header.includes(options.label)) {
    throw new RangeError(`no column "${options.label}" in the CSV (columns: ${header.join(', ')})`);
  }
  const labels = rows.map((row) => (row[options.label]!.trim() === options.positive ? 1 : 0) as 0 | 1);
  const positives = labels.filter((l) => l === 1).length;
  if (positives === 0 || positives === labels.length) {
    throw new RangeError(`column "${options.label}" must hold both "${options.positive}" and other values`);
  }
  const features = header.filter((h) => h !== options.label);
  const report = compareOnSplit({ rows, labels, features }, { seed: options.seed, testFraction: options.testFraction });
  return { ...report, rowCount: rows.length, features, positiveRate: positives / rows.length };
}

const percent = (v: number) => `${(v * 100).toFixed(1)} %`;
const pad = (s: string, width: number) => s.padEnd(width);

function metricLines(ensemble: Evaluation, baseline: Evaluation): string[] {
  const row = (name: string, f: (e: Evaluation) => string) => `${pad(name, 24)}${pad(f(ensemble), 18)}${f(baseline)}`;
  return [
    `${pad('', 24)}${pad('ensemble', 18)}baseline`,
    `${pad('', 24)}${pad('(boosted trees)', 18)}(logistic, L2)`,
    row('AUC', (e) => e.auc.toFixed(3)),
    row('top-decile precision', (e) => percent(e.topDecile.precision)),
    row('top-decile recall', (e) => percent(e.topDecile.recall)),
    row('top-decile lift', (e) => e.topDecile.lift.toFixed(2)),
  ];
}

function calibrationLines(ensemble: Evaluation, baseline: Evaluation): string[] {
  const cell = (e: Evaluation, i: number) =>
    `${percent(e.calibration[i]!.meanPredicted)} → ${percent(e.calibration[i]!.observedRate)}`;
  return [
    'Calibration by decile of predicted risk (mean predicted → observed churn):',
    `${pad('decile', 8)}${pad('rows', 6)}${pad('ensemble', 22)}baseline`,
    ...ensemble.calibration.map(
      (bin, i) =>
        `${pad(String(i + 1), 8)}${pad(String(bin.count), 6)}${pad(cell(ensemble, i), 22)}${cell(baseline, i)}`,
    ),
  ];
}

function importanceLine(name: string, evaluation: Evaluation): string {
  const top = evaluation.importance.slice(0, 5).map((f) => `${f.feature} ${percent(f.importance)}`);
  return `  ${pad(name, 10)}${top.join(', ')}`;
}

/** The report `tenure churn evaluate` prints. */
export function formatCsvEvaluation(result: CsvEvaluation, options: EvaluateCsvOptions): string {
  return [
    `${result.rowCount} rows, ${result.features.length} features, label ${options.label} = ${options.positive} for ${percent(result.positiveRate)}`,
    `Split: seed ${options.seed}, ${result.trainCount} train / ${result.testCount} test (stratified, ${percent(result.testPositiveRate)} positive)`,
    '',
    ...metricLines(result.ensemble, result.baseline),
    '',
    ...calibrationLines(result.ensemble, result.baseline),
    '',
    'Top features:',
    importanceLine('ensemble', result.ensemble),
    importanceLine('baseline', result.baseline),
    '',
  ].join('\n');
}
