import {
  arrayOf,
  bool,
  createdRange,
  currency,
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

const reason = str({ minLength: 1, maxLength: 64, description: "One of Stripe's eight or the account's own" });
const offerKinds = ['coupon', 'pause', 'downgrade', 'extension'];
const results = ['pending', 'retained', 'chose_to_cancel', 'aborted'];

const offerProperties = {
  name: str(),
  kind: str({ enum: offerKinds }),
  coupon: nullable(str()),
  months: nullable(int()),
  price: nullable(str()),
  reasons: arrayOf(str()),
  prices: arrayOf(str()),
  experiment: nullable(str()),
  variant: nullable(str()),
  active: bool(),
  metadata: metadataOut,
};

export const retentionOfferSchema = resource(
  'RetentionOffer',
  'retention_offer',
  offerProperties,
  'An alternative to cancelling: a coupon, a pause of N months, a downgrade to a price or N free months.',
);

export const cancellationSessionSchema = resource(
  'CancellationSession',
  'cancellation_session',
  {
    customer: str(),
    subscription: str(),
    reason: str(),
    comment: nullable(str()),
    offers: arrayOf({ type: 'object', properties: { id: str(), object: str(), created: int(), ...offerProperties } }),
    accepted_offer: nullable(str()),
    result: str({ enum: results }),
    mrr: int({ description: 'List MRR of the subscription at the start, minor units' }),
    currency,
    closed_at: nullable(int()),
  },
  'One pass through the cancellation flow: reason, comment, the offers shown and how it ended.',
);

export const retentionSettingsSchema: Schema = {
  $id: 'RetentionSettings',
  type: 'object',
  properties: {
    object: { type: 'string', const: 'retention_settings' },
    custom_reasons: arrayOf(str()),
    offer_window_days: int(),
    exit_survey: nullable(str()),
  },
};

export const retentionMetricsSchema: Schema = {
  $id: 'RetentionMetrics',
  type: 'object',
  properties: {
    object: { type: 'string', const: 'retention_metrics' },
    sessions: int(),
    retained: int(),
    chose_to_cancel: int(),
    aborted: int(),
    pending: int(),
    saved: int(),
    deflect_rate: nullable({ type: 'number' }),
    save_rate: nullable({ type: 'number' }),
    offer_accept_rate: nullable({ type: 'number' }),
    revenue_saved: { type: 'object', additionalProperties: int(), description: 'Saved list MRR per currency' },
  },
};

export const retentionSchemas = [
  retentionOfferSchema,
  cancellationSessionSchema,
  retentionSettingsSchema,
  retentionMetricsSchema,
];

export const createOfferBody = strictObject(
  {
    name: str({ minLength: 1, maxLength: 200 }),
    kind: str({ enum: offerKinds }),
    coupon: str({ description: 'kind=coupon: the coupon to attach' }),
    months: int({ minimum: 1, maximum: 24, description: 'kind=pause: months paused; kind=extension: free months' }),
    price: str({ description: 'kind=downgrade: the price to move to at period end' }),
    reasons: arrayOf(reason, { maxItems: 50, description: 'Shown only for these reasons (empty: all)' }),
    prices: arrayOf(str(), { maxItems: 50, description: 'Shown only on these plans (empty: all)' }),
    experiment: str({ description: 'Shown only to customers this experiment assigns to `variant`' }),
    variant: str({ maxLength: 64 }),
    metadata: metadataIn,
  },
  ['name', 'kind'],
);

export const updateOfferBody = strictObject({
  name: str({ minLength: 1, maxLength: 200 }),
  active: bool(),
  metadata: metadataIn,
});

export const listOffersQuery = strictObject({ ...listQuery, active: bool() });

export const retentionSettingsBody = strictObject({
  custom_reasons: arrayOf(reason, { maxItems: 50, uniqueItems: true }),
  offer_window_days: int({
    minimum: 0,
    maximum: 3650,
    description: 'At most one accepted offer per customer per window',
  }),
  exit_survey: nullable(str({ description: 'A survey sent to whoever chooses to cancel (throttle permitting)' })),
});

export const startSessionBody = strictObject(
  { subscription: str({ maxLength: 255 }), reason, comment: nullable(str({ maxLength: 5000 })) },
  ['subscription', 'reason'],
);

export const acceptOfferBody = strictObject({ offer: str({ maxLength: 255 }) }, ['offer']);

export const listSessionsQuery = strictObject({
  ...listQuery,
  customer: str(),
  subscription: str(),
  result: str({ enum: results }),
});

export const metricsQuery = strictObject({ created: createdRange });
