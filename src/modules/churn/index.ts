/** Churn prediction: the pure modelling core and the CSV evaluation used by `tenure churn evaluate`. */
export * from './core/index.ts';
export { churnDueWork } from './due-work.ts';
export type { CsvEvaluation, EvaluateCsvOptions } from './evaluate-csv.ts';
export { evaluateCsv, formatCsvEvaluation } from './evaluate-csv.ts';
export { formatTrainingReport } from './format-training.ts';
export { type ChurnRiskView, churnBands, getChurnRisk } from './read-risk.ts';
export { RETRAIN_EVERY_DAYS, readChurnHistory, trainAccountChurn, trainAccountsChurn } from './train-account.ts';
