/** Pure subscription rules: period arithmetic, proration and the lifecycle step function. */
export {
  expireIncomplete,
  firstPeriod,
  INCOMPLETE_EXPIRES_MS,
  type LifecycleState,
  nextActionAt,
  type Status,
  step,
  TRIAL_WILL_END_NOTICE_MS,
  type Transition,
  type TrialEndBehavior,
} from './lifecycle.ts';
export {
  type BillingInterval,
  type BillingPeriod,
  billingCycleAnchorFirstPeriod,
  periodBoundary,
  periodContaining,
} from './periods.ts';
export {
  firstPeriodStubAmount,
  type ProrationItem,
  type ProrationLine,
  prorateAmount,
  prorationFraction,
  prorationLines,
} from './proration.ts';
