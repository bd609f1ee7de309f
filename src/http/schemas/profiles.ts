import { arrayOf, int, nullable, type Schema, str } from './common.ts';

const windows = (description: string): Schema => ({
  type: 'object',
  description,
  properties: { last_7_days: int(), last_30_days: int(), last_90_days: int() },
});
const open = (description: string): Schema => ({ type: 'object', description, additionalProperties: true });

export const customerProfileSchema: Schema = {
  $id: 'CustomerProfile',
  type: 'object',
  description:
    'What Tenure knows of one subscriber, as of their clock: declared, geographic, technographic, behavioural and value facts',
  properties: {
    object: { type: 'string', const: 'customer_profile' },
    customer: str(),
    as_of: int({ description: 'Unix seconds: the customer’s clock (a test clock when they have one)' }),
    declared: {
      type: 'object',
      properties: { attributes: open('Typed custom attributes (see /v1/attribute_definitions)'), tags: arrayOf(str()) },
    },
    geography: {
      type: 'object',
      properties: {
        country: nullable(str()),
        region: nullable(str()),
        city: nullable(str()),
        postal_code: nullable(str()),
        locale: nullable(str()),
      },
    },
    technographics: {
      type: 'object',
      properties: {
        devices: arrayOf({ type: 'object', properties: { device_type: str(), minutes_90_days: int() } }),
        connection_speed: { type: 'null', description: 'Not measured yet' },
      },
    },
    behaviour: {
      type: 'object',
      properties: {
        viewing_minutes: windows('Minutes watched in the last 7/30/90 days (account-local days, today included)'),
        active_days: windows('Days with any engagement event'),
        last_active_day: nullable(str({ format: 'date' })),
        recency_days: nullable(int()),
        favourite_genres: arrayOf(str(), { description: 'Top 3 by time watched in 90 days' }),
        favourite_channels: arrayOf(str()),
        tenure_months: int({ description: 'Whole months since the first subscription started' }),
        subscriptions: { type: 'object', properties: { total: int(), active: int() } },
        payment_failures: { type: 'object', properties: { total: int(), last_90_days: int() } },
        days_past_due: int(),
      },
    },
    value: {
      type: 'object',
      properties: {
        mrr: int({ description: 'Minor units of mrr_currency' }),
        mrr_currency: nullable(str()),
        revenue_to_date: arrayOf(
          { type: 'object', properties: { currency: str(), amount: int() } },
          { description: 'Succeeded payments less refunds, per currency, in minor units' },
        ),
      },
    },
  },
  required: ['object', 'customer'],
};
