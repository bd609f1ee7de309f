import {
  arrayOf,
  bool,
  int,
  listQuery,
  metadataIn,
  metadataOut,
  nullable,
  resource,
  type Schema,
  str,
  strictObject,
} from './common.ts';

const kind = str({ enum: ['nps', 'csat'] });
const date = str({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD (UTC)' });

export const surveySchema = resource(
  'Survey',
  'survey',
  { name: str(), kind, throttle_days: int(), active: bool(), metadata: metadataOut },
  'An NPS (0–10) or CSAT (1–5) survey sent by e-mail with one-click answers.',
);

const requestProperties = {
  survey: str(),
  kind,
  customer: str(),
  prices: arrayOf(str(), { description: "The customer's plans when surveyed" }),
  score: nullable(int()),
  comment: nullable(str()),
  answered_at: nullable(int()),
};

export const surveyRequestSchema = resource(
  'SurveyRequest',
  'survey_request',
  requestProperties,
  'A survey sent to one customer; answered once score is set.',
);

const npsSummary = {
  responses: int(),
  promoters: int(),
  passives: int(),
  detractors: int(),
  score: nullable({ type: 'number', description: '−100…100, two decimals' }),
};

export const npsReportSchema: Schema = {
  $id: 'NpsReport',
  type: 'object',
  properties: {
    object: { type: 'string', const: 'nps_report' },
    survey: str(),
    from: str(),
    to: str(),
    ...npsSummary,
    by_plan: arrayOf({ type: 'object', properties: { price: str(), ...npsSummary } }),
    series: arrayOf({ type: 'object', properties: { date: str(), ...npsSummary } }),
  },
};

export const surveySendSchema: Schema = {
  $id: 'SurveySend',
  type: 'object',
  properties: {
    object: { type: 'string', const: 'survey_send' },
    survey: str(),
    requests: arrayOf({
      type: 'object',
      properties: { id: str(), object: str(), created: int(), ...requestProperties },
    }),
    skipped: arrayOf({
      type: 'object',
      properties: { customer: str(), reason: str({ enum: ['throttled', 'no_email'] }) },
    }),
  },
};

export const surveySchemas = [surveySchema, surveyRequestSchema, npsReportSchema, surveySendSchema];

export const createSurveyBody = strictObject(
  {
    name: str({ minLength: 1, maxLength: 200 }),
    kind,
    throttle_days: int({ minimum: 0, maximum: 365, description: 'Survey a customer at most once in N days (30)' }),
    metadata: metadataIn,
  },
  ['name', 'kind'],
);

export const sendSurveyBody = strictObject(
  { customers: arrayOf(str({ maxLength: 255 }), { minItems: 1, maxItems: 500, uniqueItems: true }) },
  ['customers'],
);

export const listSurveysQuery = strictObject({ ...listQuery, kind });

export const listRequestsQuery = strictObject({
  ...listQuery,
  survey: str(),
  customer: str(),
  answered: bool({ description: 'true: only the responses' }),
});

export const npsQuery = strictObject(
  {
    from: date,
    to: date,
    price: str({ description: 'Only customers on this plan when surveyed' }),
    window_days: int({ minimum: 1, maximum: 365, default: 30 }),
  },
  ['from', 'to'],
);
