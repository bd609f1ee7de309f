import type { TrainingReport } from './core/train-and-score.ts';

const iso = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

/** One account's training in a few lines, as `tenure churn train` prints it. */
export function formatTrainingReport(accountId: string, report: TrainingReport): string {
  const head = `${accountId} as of ${iso(report.asOf)}: ${report.snapshots} snapshots, ${report.trainRows} train, ${report.validationRows} validation (from ${iso(report.validationFrom)}), ${report.scored} scored`;
  if (report.skipped) return `${head}\n  skipped: ${report.skipped}\n`;
  if (!report.ensemble || !report.baseline)
    return `${head}\n  no validation: the last 90 days lack churners or stayers\n`;
  const line = (name: string, m: NonNullable<TrainingReport['ensemble']>) =>
    `  ${name.padEnd(9)}AUC ${m.auc.toFixed(3)}  top-decile precision ${(m.topDecilePrecision * 100).toFixed(1)} %, recall ${(m.topDecileRecall * 100).toFixed(1)} %  top: ${m.importance
      .slice(0, 3)
      .map((f) => f.feature)
      .join(', ')}`;
  return `${head}\n${line('ensemble', report.ensemble)}\n${line('baseline', report.baseline)}\n`;
}
