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

const kind = str({ enum: ['nps', 'csat', 'choice'] });
const localized = {
  type: 'object',
  additionalProperties: str({ maxLength: 500 }),
  description: 'Text per locale (en, pt-BR, nl, fa); `en` is required and the fallback',
};
const optionOut = { type: 'object', properties: { value: str(), label: localized } };
const date = str({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD (UTC)' });

export const surveySchema = resource(
  'Survey',
  'survey',
  {
    name: str(),
    kind,
    question: { ...localized, type: ['object', 'null'] },
    options: nullable(arrayOf(optionOut)),
    attribute: nullable(str({ description: 'choice: the customer attribute the chosen value fills' })),
    throttle_days: int(),
    active: bool(),
    metadata: metadataOut,
  },
  'An NPS (0–10), CSAT (1–5) or single-choice survey sent by e-mail with one-click answers.',
);

const requestProperties = {
  survey: str(),
  kind,
  customer: str(),
  prices: arrayOf(str(), { description: "The customer's plans when surveyed" }),
  score: nullable(int({ description: 'NPS 0–10, CSAT 1–5, choice: the option index' })),
  answer: nullable(str({ description: "choice: the chosen option's value" })),
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
    segment: nullable(str({ description: 'The segment whose members the report is limited to' })),
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
    question: { ...localized, maxProperties: 10 },
    options: arrayOf(
      strictObject({ value: str({ minLength: 1, maxLength: 200 }), label: { ...localized, maxProperties: 10 } }, [
        'value',
        'label',
      ]),
      { minItems: 2, maxItems: 10 },
    ),
    attribute: str({ maxLength: 40, description: 'choice: a string customer attribute the answer fills' }),
    throttle_days: int({ minimum: 0, maximum: 365, description: 'Survey a customer at most once in N days (30)' }),
    metadata: metadataIn,
  },
  ['name', 'kind'],
);

export const sendSurveyBody = strictObject(
  {
    customers: arrayOf(str({ maxLength: 255 }), { minItems: 1, maxItems: 500, uniqueItems: true }),
    segment: str({ maxLength: 255, description: "Instead of customers: the segment's members now" }),
  },
  [],
  { description: 'Either customers or segment' },
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
    segment: str({ description: "Only the segment's members (as of its last refresh)" }),
    window_days: int({ minimum: 1, maximum: 365, default: 30 }),
  },
  [],
  { description: 'from/to default to the 30 days ending today' },
);
