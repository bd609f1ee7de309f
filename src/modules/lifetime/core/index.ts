/** Pure retention and value: the shifted-beta-geometric model, DERL and LTV, the MRR forecast. */

export { type Lifetime, paidPeriods, signupCohorts } from './cohorts.ts';
export { cohortSurvival, type ForecastInput, type ForecastMonth, forecastMrr } from './forecast.ts';
export {
  fitSbg,
  fitSbgCohorts,
  type SbgParameters,
  sbgChurnProbability,
  sbgDerl,
  sbgLogLikelihood,
  sbgResidualValue,
  sbgSurvival,
} from './sbg.ts';
