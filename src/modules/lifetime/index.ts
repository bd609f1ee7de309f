/** Lifetime value and forecast: the sBG retention model fitted to the account's cohorts, LTV and MRR forecast. */
export * from './core/index.ts';
export { mrrForecast } from './forecast-mrr.ts';
