/** Subscription analytics: MRR movements recorded from subscription events, and metrics read from their rollups. */
export { analyticsDueWork } from './due-work.ts';
export { type ExchangeRateList, listExchangeRates, setExchangeRate } from './exchange-rates.ts';
export { completeThrough, withCompleteThrough } from './freshness.ts';
export { customersGrowingWithin, type GrowthWindow } from './growth-within.ts';
export { type AnalyticsOptions, analyticsOptions, analyticsSettings } from './options.ts';
export { type CohortQuery, cohortCsv, cohortReport } from './read-cohorts.ts';
export { dunningReport } from './read-dunning.ts';
export { listMovements, metricsSummary, mrrSeriesReport, seriesCsv } from './read-metrics.ts';
export { trialReport } from './read-trials.ts';
export type { MetricsQuery } from './slice.ts';
