/** Churn prediction: the pure modelling core and the CSV evaluation used by `tenure churn evaluate`. */
export * from './core/index.ts';
export type { CsvEvaluation, EvaluateCsvOptions } from './evaluate-csv.ts';
export { evaluateCsv, formatCsvEvaluation } from './evaluate-csv.ts';
