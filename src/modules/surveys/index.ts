/** Surveys: NPS and CSAT by e-mail with one-click signed answers, throttled per customer, and their scores. */
export { verifyAnswerToken } from './answer-links.ts';
export { type DatedAnswer, movingNps, type NpsSummary, nps, npsCategory, npsFromCounts } from './core/nps.ts';
export { csat, isValidScore, scoresOf, throttled } from './core/scores.ts';
export { npsReport } from './nps-report.ts';
export type { SurveyRequestRow, SurveyRow } from './present.ts';
export {
  answerSurvey,
  lastSurveyedAt,
  listSurveyRequests,
  type ResponseSearch,
  recordSurveyRequest,
} from './requests.ts';
export { createSurvey, findSurvey, getSurvey, listSurveys, type SurveyInput } from './surveys.ts';
