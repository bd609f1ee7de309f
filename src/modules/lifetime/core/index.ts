/** Pure retention and value: the shifted-beta-geometric model, DERL and LTV, the MRR forecast. */
export { cohortSurvival, type ForecastInput, type ForecastMonth, forecastMrr } from './forecast.ts';
export {
  fitSbg,
  type SbgParameters,
  sbgChurnProbability,
  sbgDerl,
  sbgLogLikelihood,
  sbgResidualValue,
  sbgSurvival,
} from './sbg.ts';
