/** Surveys across customers, billing (plans) and notices: sending with the throttle. */
export { type SendSurveyInput, type SkippedCustomer, sendSurvey } from './send-survey.ts';
