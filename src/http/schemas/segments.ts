import { arrayOf, int, resource, type Schema, str, strictObject } from './common.ts';

/** The rule tree is recursive; its shape is checked by the segments core, which names the path at fault. */
export const ruleSchema: Schema = {
  type: 'object',
  description:
    'A rule: {"all":[…]}, {"any":[…]}, {"not":rule}, a field condition {"field":"viewing_minutes_30d","op":"lt","value":60} ' +
    '(op: eq neq lt lte gt gte in contains exists; fields: country region city locale tags viewing_minutes_7d|30d|90d ' +
    'active_days_7d|30d|90d recency_days customer_age_days mrr payment_failures_90d churn_risk_band (high medium low) ' +
    'churn_risk_score (1–100) nps_category (promoter passive detractor: the latest NPS answer) rfm_segment ("At Risk", ' +
    '"Champions", …, from payments) attributes.<key>) or an event ' +
    'condition {"event":"login","window_days":7,"op":"gte","count":3} (window 1–90 days; a condition that zero ' +
    'events satisfy holds only for customers at least window_days old)',
  additionalProperties: true,
};

export const previewSegmentBody = strictObject({ rule: ruleSchema }, ['rule']);
export const createSegmentBody = strictObject({ name: str({ minLength: 1, maxLength: 200 }), rule: ruleSchema }, [
  'name',
  'rule',
]);
export const membersQuery = strictObject({
  limit: int({ minimum: 1, maximum: 100, default: 10 }),
  starting_after: str({ description: 'Cursor: a customer id; returns the members after it' }),
  format: str({ enum: ['json', 'csv'], description: 'csv: every member at once (customer,entered), no paging' }),
});

export const segmentSchema = resource(
  'Segment',
  'segment',
  {
    name: str(),
    rule: { type: 'object', additionalProperties: true },
    count: int({ description: 'Members as of the last refresh' }),
    refreshed: { type: ['integer', 'null'], description: 'Unix seconds of the last refresh (hourly, by the worker)' },
  },
  'A saved rule segment; the worker refreshes its membership hourly and writes segment.entered / segment.exited',
);
export const segmentPreviewSchema: Schema = {
  $id: 'SegmentPreview',
  type: 'object',
  properties: { object: { type: 'string', const: 'segment_preview' }, count: int() },
};
export const segmentMemberSchema: Schema = {
  $id: 'SegmentMember',
  type: 'object',
  description: 'A customer in a segment, since when',
  properties: {
    object: { type: 'string', const: 'segment_member' },
    segment: str(),
    customer: str(),
    entered: int({ description: 'Unix seconds' }),
  },
  required: ['object', 'segment', 'customer', 'entered'],
};

export const rfmQuery = strictObject({
  source: { type: 'string', enum: ['payments', 'engagement'], default: 'payments' },
  limit: int({ minimum: 1, maximum: 1000, default: 100 }),
});
export const rfmReportSchema: Schema = {
  $id: 'RfmReport',
  type: 'object',
  description:
    'Quintile scores 1–5 (recency reversed) and the R package rfm’s segment names, first match: Champions, Potential ' +
    "Loyalist, Loyal Customers, Promising, New Customers, Can't Lose Them, At Risk, Need Attention, About To Sleep, Lost, else Others",
  properties: {
    object: { type: 'string', const: 'rfm_report' },
    source: str(),
    as_of: int(),
    customers: int(),
    segments: { type: 'object', additionalProperties: int() },
    data: arrayOf({
      type: 'object',
      properties: {
        customer: str(),
        recency_days: int(),
        frequency: int(),
        monetary: int({ description: 'Minor units (payments) or minutes watched (engagement)' }),
        r: int(),
        f: int(),
        m: int(),
        segment: str(),
      },
    }),
  },
};
export const personasBody = (features: readonly string[]) =>
  strictObject(
    {
      features: arrayOf({ type: 'string', enum: [...features] }, { minItems: 1, maxItems: 10, uniqueItems: true }),
      k: int({ minimum: 2, maximum: 10, description: 'Omit to choose by silhouette over 2–10' }),
      seed: int({ minimum: 0, default: 42 }),
    },
    ['features'],
  );
export const personasSchema: Schema = {
  $id: 'Personas',
  type: 'object',
  properties: {
    object: { type: 'string', const: 'personas' },
    k: int(),
    features: arrayOf(str()),
    silhouettes: arrayOf({ type: 'object', properties: { k: int(), score: { type: 'number' } } }),
    clusters: arrayOf({
      type: 'object',
      properties: {
        index: int(),
        size: int(),
        centroid: { type: 'object', additionalProperties: { type: 'number' } },
        distinguishing: arrayOf({
          type: 'object',
          properties: { feature: str(), z: { type: 'number' }, direction: str() },
        }),
      },
    }),
  },
};

export const segmentSchemas = [
  segmentSchema,
  segmentPreviewSchema,
  segmentMemberSchema,
  rfmReportSchema,
  personasSchema,
];
