/** A/B/n experiments: deterministic hash assignment and the statistics of their results. */
export { assignmentPoint, assignVariant, type WeightedVariant } from './core/assignment.ts';
export {
  type ComparisonResult,
  type Interval,
  type MeanArm,
  type RateArm,
  relativeLift,
  type SampleRatioCheck,
  sampleRatioMismatch,
  twoProportionTest,
  welchTTest,
} from './core/statistics.ts';
