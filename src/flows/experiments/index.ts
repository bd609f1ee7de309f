/** Experiments across billing: results whose goal is read from subscriptions or invoices. */
export { experimentResultsReport } from './results.ts';
