/** Pure usage aggregation: de-duplicated events → one whole quantity per half-open billing period. */
export type { UsageAggregation, UsageEvent, UsagePeriod } from './aggregate.ts';
export { aggregateUsage, dedupeUsageEvents } from './aggregate.ts';
