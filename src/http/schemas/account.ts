import { streamingSettingsBody } from '../../modules/streams/index.ts';
import { resource, type Schema, str, strictObject } from './common.ts';
import { noticeSettingsBody } from './notices.ts';

/** The account's settings, each section validated as sent; a section sent replaces or merges as README says. */
const settingsIn = strictObject({
  invoice_prefix: { type: 'string', pattern: '^[A-Z0-9]{1,12}$' },
  invoice_finalize_delay_seconds: { type: 'integer', minimum: 0, maximum: 259200 },
  days_until_due: { type: 'integer', minimum: 0, maximum: 365 },
  analytics: strictObject({
    churn_recognition: {
      type: 'string',
      enum: ['period_end', 'billing_cancel', 'cancellation_request'],
      description:
        'When a cancellation counts as churn: at the end of the invoiced service period (default), when the ' +
        'subscription ends, or when the cancellation is scheduled',
    },
    discount_policy: { type: 'string', enum: ['all', 'forever_only'] },
    past_due_churn_after_days: {
      type: ['integer', 'null'],
      minimum: 0,
      maximum: 365,
      description: 'Count a subscription past_due this many days as churned from that day; null (default) keeps it',
    },
    reporting_currency: {
      type: ['string', 'null'],
      pattern: '^[a-z]{3}$',
      description:
        'Currency metrics report in; others convert at /v1/exchange_rates. null (default): the only one in use',
    },
  }),
  dunning: strictObject(
    {
      retry_days: { type: 'array', maxItems: 12, items: { type: 'integer', minimum: 1, maximum: 60 } },
      stages: {
        type: 'array',
        maxItems: 6,
        items: strictObject(
          {
            after_days: { type: 'integer', minimum: 1, maximum: 365 },
            action: { type: 'string', enum: ['warn', 'block_access', 'cancel', 'unpaid', 'pause'] },
          },
          ['after_days', 'action'],
        ),
      },
    },
    ['retry_days', 'stages'],
  ),
  notices: noticeSettingsBody,
  streaming: streamingSettingsBody,
});

export const updateAccountBody = strictObject({
  name: { type: 'string', minLength: 1, maxLength: 200 },
  time_zone: { type: 'string', maxLength: 64, description: 'IANA zone; billing days are counted in it' },
  default_locale: { type: 'string', maxLength: 35 },
  settings: settingsIn,
});

/** Every section is answered with its defaults filled in; `notices` holds only what the account changed. */
const settingsOut: Schema = {
  ...settingsIn,
  required: [
    'invoice_prefix',
    'invoice_finalize_delay_seconds',
    'days_until_due',
    'analytics',
    'dunning',
    'notices',
    'streaming',
  ],
};

export const accountSchema = resource(
  'Account',
  'account',
  { name: str(), time_zone: str(), default_locale: str(), settings: settingsOut },
  'The tenant: its name, time zone, default language and settings.',
);
