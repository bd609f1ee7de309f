import { arrayOf, int, resource, type Schema, str, strictObject } from './common.ts';

/** The rule tree is recursive; its shape is checked by the segments core, which names the path at fault. */
export const ruleSchema: Schema = {
  type: 'object',
  description:
    'A rule: {"all":[…]}, {"any":[…]}, {"not":rule}, a field condition {"field":"viewing_minutes_30d","op":"lt","value":60} ' +
    '(op: eq neq lt lte gt gte in contains exists; fields: country region city locale tags viewing_minutes_7d|30d|90d ' +
    'active_days_7d|30d|90d recency_days customer_age_days mrr payment_failures_90d attributes.<key>) or an event ' +
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
});

export const segmentSchema = resource(
  'Segment',
  'segment',
  { name: str(), rule: { type: 'object', additionalProperties: true }, count: int({ description: 'Members now' }) },
  'A saved rule segment; membership is evaluated from the rule as of now',
);
export const segmentPreviewSchema: Schema = {
  $id: 'SegmentPreview',
  type: 'object',
  properties: { object: { type: 'string', const: 'segment_preview' }, count: int() },
};
export const segmentMembersSchema: Schema = {
  $id: 'SegmentMemberList',
  type: 'object',
  properties: {
    object: { type: 'string', const: 'list' },
    data: arrayOf({
      type: 'object',
      properties: { object: { type: 'string', const: 'segment_member' }, segment: str(), customer: str() },
    }),
    has_more: { type: 'boolean' },
    url: str(),
  },
};
export const segmentSchemas = [segmentSchema, segmentPreviewSchema, segmentMembersSchema];
