import {
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
import { ruleSchema } from './segments.ts';

const kind = (value: string) => ({ type: 'string', const: value });
const triggers: Schema[] = [
  strictObject({ type: { type: 'string', enum: ['segment_entered', 'segment_exited'] }, segment: str() }, [
    'type',
    'segment',
  ]),
  strictObject({ type: kind('event'), event_type: str({ minLength: 1, maxLength: 100 }) }, ['type', 'event_type']),
  strictObject(
    {
      type: kind('subscription_started'),
      days: int({ minimum: 0, maximum: 3650, description: 'Days after the start' }),
    },
    ['type', 'days'],
  ),
  strictObject(
    {
      type: kind('paid_months'),
      months: int({ minimum: 1, maximum: 600, description: 'Paid invoices of the subscription' }),
    },
    ['type', 'months'],
  ),
];
const actions: Schema[] = [
  strictObject({ type: kind('send_notice'), template: str({ description: 'A notice template name' }) }, [
    'type',
    'template',
  ]),
  strictObject({ type: kind('apply_coupon'), coupon: str() }, ['type', 'coupon']),
  strictObject({ type: kind('start_survey'), survey: str() }, ['type', 'survey']),
  strictObject(
    {
      type: kind('open_ticket'),
      subject: str({ minLength: 1, maxLength: 500 }),
      message: str({ minLength: 1, maxLength: 100_000, description: "The ticket's first message, as the customer's" }),
    },
    ['type', 'subject'],
  ),
  strictObject({ type: kind('call_webhook'), url: str({ format: 'uri', maxLength: 2048 }) }, ['type', 'url']),
];
const triggerIn: Schema = {
  oneOf: triggers,
  description:
    'segment_entered / segment_exited a segment; an outbox event type; N days after a subscription started; ' +
    'the Nth paid invoice of a subscription (12 paid months on a monthly plan)',
};
const actionIn: Schema = {
  oneOf: actions,
  description:
    'A notice template e-mailed to the customer, a coupon on their subscription, a survey, a support ticket for ' +
    'the customer, or a POST',
};
const looseObject = (description: string): Schema => ({
  type: 'object',
  additionalProperties: true,
  properties: { type: str() },
  required: ['type'],
  description,
});

export const automationSchema = resource(
  'Automation',
  'automation',
  {
    name: str(),
    trigger: looseObject('What starts a run for a customer'),
    wait_seconds: int(),
    condition: { type: ['object', 'null'], additionalProperties: true, description: 'A segment rule, or null' },
    action: looseObject('What a run does'),
    repeat: bool({ description: 'false: a customer passes through once, ever' }),
    active: bool(),
    metadata: metadataOut,
  },
  'A small rule: a trigger, an optional wait and condition, and one action; each customer passes once unless repeat.',
);

export const automationRunSchema = resource(
  'AutomationRun',
  'automation_run',
  {
    automation: str(),
    customer: str(),
    test_clock: nullable(str()),
    triggered_by: {
      type: 'object',
      properties: { event: str(), type: str(), subscription: nullable(str()) },
      required: ['event', 'type', 'subscription'],
    },
    status: str({ enum: ['scheduled', 'calling', 'completed', 'skipped', 'failed'] }),
    due_at: int({ description: "Unix seconds, in the customer's (test clock's) time" }),
    outcome: {
      type: 'object',
      additionalProperties: { type: ['string', 'integer', 'null'] },
      description:
        'What the action made (message, survey_request, subscription, ticket, http_status) or why it did not',
    },
    completed_at: nullable(int()),
  },
  'One customer passing through an automation.',
);

export const automationSchemas = [automationSchema, automationRunSchema];

export const createAutomationBody = strictObject(
  {
    name: str({ minLength: 1, maxLength: 200 }),
    trigger: triggerIn,
    wait_seconds: int({ minimum: 0, maximum: 31_622_400, description: 'Wait after the trigger (0)' }),
    condition: ruleSchema,
    action: actionIn,
    repeat: bool({ description: 'Run again each time the trigger fires (default false: once per customer)' }),
    metadata: metadataIn,
  },
  ['name', 'trigger', 'action'],
);

export const updateAutomationBody = strictObject({
  name: str({ minLength: 1, maxLength: 200 }),
  active: bool(),
  metadata: metadataIn,
});

export const listAutomationsQuery = strictObject({ ...listQuery, active: bool() });
export const listRunsQuery = strictObject({
  ...listQuery,
  customer: str(),
  status: str({ enum: ['scheduled', 'calling', 'completed', 'skipped', 'failed'] }),
});
