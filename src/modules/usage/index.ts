export { aggregateUsage, type UsageAggregation, type UsageEvent } from './core/index.ts';
export { recordUsage, type UsageInput } from './usage-records.ts';
