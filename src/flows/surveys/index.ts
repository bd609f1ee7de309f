/** Surveys across customers, billing (plans) and notices: sending with the throttle. */
export { type SkippedCustomer, sendSurvey } from './send-survey.ts';
