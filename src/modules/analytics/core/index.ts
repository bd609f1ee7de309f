/** Pure subscription analytics after ChartMogul's definitions: MRR, movements, rates, series and cohorts. */

export type { CancellationSnapshot, ChurnRecognition } from './churn-recognition.ts';
export { recognizedStatus, serviceEndAfterCancel } from './churn-recognition.ts';
export type { CustomerCohortRow, CustomerLifespan, MrrCohortRow } from './cohorts.ts';
export { customerCohorts, mrrCohorts } from './cohorts.ts';
export type { DunningAmounts, DunningOutcome, DunningRecord, DunningRecovery } from './dunning.ts';
export { dunningOutcome, dunningRecovery } from './dunning.ts';
export { customerLifespans, monthIn } from './lifespans.ts';
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
export type { SubscriptionSnapshot } from './past-due.ts';
export { pastDueChurnAt, pastDueSince } from './past-due.ts';
export type { BucketTotals, SeriesBucket, SeriesInterval } from './series.ts';
export { addToTotals, emptyTotals, foldSeries, movementTotals, mrrSeries, seriesEdges } from './series.ts';
export type { MrrShares, ShareLevel, ShareMovement } from './shares.ts';
export { mrrShares, shareMovements } from './shares.ts';
export type { TrialConversion, TrialOutcome, TrialRecord } from './trials.ts';
export { trialConversion, trialEndedAt, trialOutcome } from './trials.ts';
