/** Pure subscription analytics after ChartMogul's definitions: MRR, movements, rates, series and cohorts. */
export type { CustomerCohortRow, CustomerLifespan, MrrCohortRow } from './cohorts.ts';
export { customerCohorts, mrrCohorts } from './cohorts.ts';
export type { MovementTotals } from './metrics.ts';
export {
  arpa,
  customerChurnRate,
  grossMrrChurnRate,
  grossRevenueRetention,
  ltv,
  netMrrChurnRate,
  netRevenueRetention,
  quickRatio,
} from './metrics.ts';
export type { Movement, MovementType, TimelineEvent } from './movements.ts';
export { classifyMovement, movementsFromTimeline } from './movements.ts';
export type {
  MrrDiscount,
  MrrInterval,
  MrrItem,
  MrrOptions,
  MrrResult,
  MrrStatus,
  SubscriptionMrrInput,
  SubscriptionState,
} from './mrr.ts';
export { customerMrr, exactSubscriptionMrr, subscriptionMrr, toMrrResult } from './mrr.ts';
export type { SeriesBucket, SeriesInterval } from './series.ts';
export { movementTotals, mrrSeries } from './series.ts';
