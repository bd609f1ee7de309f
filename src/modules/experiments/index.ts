/** A/B/n experiments: deterministic hash assignment, exposures recorded once, goals, and the statistics of results. */
export { assignmentPoint, assignVariant, type WeightedVariant } from './core/assignment.ts';
export { type ExperimentResults, experimentResults } from './core/results.ts';
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
export {
  createExperiment,
  type ExperimentInput,
  findExperiment,
  getExperiment,
  listExperiments,
  stopExperiment,
} from './experiments.ts';
export { assignExperiment, conversionValues, exposuresOf, recordConversion } from './exposures.ts';
