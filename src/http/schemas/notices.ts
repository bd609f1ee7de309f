import { int, listQuery, nullable, resource, type Schema, str, strictObject } from './common.ts';

export const messageSchema: Schema = resource(
  'Message',
  'message',
  {
    customer: str(),
    to: str(),
    template: str(),
    locale: str(),
    subject: str(),
    status: { type: 'string', enum: ['queued', 'sent', 'failed'] },
    event: str({ description: 'The event that caused it, or `sub_…@period_end` for a scheduled notice' }),
    attempts: int(),
    next_attempt_at: nullable(int()),
    last_error: nullable(str()),
    sent_at: nullable(int()),
    text: str({ description: 'The plain-text body' }),
    headers: { type: 'object', additionalProperties: { type: 'string' } },
  },
  'An e-mail notice: queued, sent (SMTP or an .eml file when no SMTP is configured) or failed after retries.',
);

export const noticeTemplateSchema: Schema = {
  $id: 'NoticeTemplate',
  type: 'object',
  properties: {
    id: str({ description: '`template/locale`' }),
    object: { type: 'string', const: 'notice_template' },
    template: str(),
    locale: str(),
    subject: str(),
    body: str(),
    updated: int(),
  },
};

export const listMessagesQuery = strictObject({ ...listQuery, customer: str(), template: str() });

export const noticeTemplateParams = strictObject({ template: str({ maxLength: 64 }), locale: str({ maxLength: 16 }) }, [
  'template',
  'locale',
]);

export const noticeTemplateBody = strictObject(
  {
    subject: str({ minLength: 1, maxLength: 500, description: 'Text with `{{ variable.path }}` placeholders' }),
    body: str({ minLength: 1, maxLength: 20_000, description: 'Text; blank lines separate paragraphs' }),
  },
  ['subject', 'body'],
);

export const noticeSchemas = [messageSchema, noticeTemplateSchema];

/** `settings.notices` on POST /v1/account: each notice on/off and its timing. */
const onOff = strictObject({ enabled: { type: 'boolean' } });
const EVENT_NOTICES = [
  'subscription_started',
  'trial_ending',
  'invoice_issued',
  'payment_succeeded',
  'payment_failed',
  'payment_failed_final',
  'dunning_warning',
  'dunning_final_warning',
  'dunning_suspended',
  'card_expiring',
  'plan_changed',
  'cancellation_confirmed',
  'subscription_ended',
];

export const noticeSettingsBody = strictObject({
  ...Object.fromEntries(EVENT_NOTICES.map((name) => [name, onOff])),
  renewal_reminder: strictObject({
    enabled: { type: 'boolean' },
    days_before: int({ minimum: 1, maximum: 60, description: 'Days before a renewal (default 7)' }),
    annual_days_before: int({ minimum: 1, maximum: 120, description: 'Days before an annual renewal (default 30)' }),
  }),
  price_change: strictObject({
    enabled: { type: 'boolean' },
    days_before: int({
      minimum: 1,
      maximum: 120,
      description: 'Days before a scheduled price change takes effect (default 30; sent at once when scheduled later)',
    }),
  }),
  win_back: strictObject({
    enabled: { type: 'boolean', description: 'Marketing: only to customers with consent (default off)' },
    days_after: int({ minimum: 1, maximum: 365, description: 'Days after the subscription ended (default 30)' }),
  }),
});
