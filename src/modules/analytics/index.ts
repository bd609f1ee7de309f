/** Subscription analytics: MRR movements recorded from subscription events, and metrics read from them. */
export { analyticsDueWork } from './due-work.ts';
export { type AnalyticsOptions, analyticsOptions } from './options.ts';
export { listMovements, metricsSummary, mrrSeriesReport, seriesCsv } from './read-metrics.ts';
