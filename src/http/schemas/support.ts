import {
  arrayOf,
  bool,
  EXPANDABLE,
  expandable,
  expandQuery,
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

const priority = str({ enum: ['urgent', 'high', 'normal', 'low'] });
const status = str({ enum: ['open', 'pending', 'solved'] });
const channel = str({ enum: ['api', 'email', 'portal', 'automation'] });
const unix = (description: string) => int({ description: `${description} (unix seconds)` });

export const supportTicketSchema = resource(
  'SupportTicket',
  'support_ticket',
  {
    customer: expandable('Customer'),
    subject: str(),
    status,
    priority,
    priority_source: str({
      enum: ['rule', 'default', 'manual'],
      description: 'The first matching rule, the default (no rule matched), or an operator',
    }),
    priority_rule: nullable(str({ description: 'The name of the rule that set the priority' })),
    channel,
    assignee: nullable(str()),
    first_response_due_at: unix('First-response target'),
    resolution_due_at: unix('Resolution target'),
    first_responded_at: nullable(unix("The first operator's public reply")),
    solved_at: nullable(unix('When it was solved')),
    first_response_breached: bool(),
    resolution_breached: bool(),
    target_at: unix('The target the queue sorts by: first response until answered, then resolution'),
    csat_request: nullable(str({ description: 'The CSAT survey request sent when solved (a survey_request id)' })),
    test_clock: nullable(str()),
    metadata: metadataOut,
    updated: unix('Last change'),
  },
  'A support ticket: priority from the account rules, targets per priority, CSAT asked on solve.',
);

export const supportMessageSchema = resource(
  'SupportTicketMessage',
  'support_ticket_message',
  {
    ticket: str(),
    customer: str(),
    author: str({ enum: ['customer', 'operator'] }),
    author_name: nullable(str()),
    internal: bool({ description: 'An operator note, never e-mailed' }),
    body: str(),
    via: channel,
  },
  "A message on a ticket; an operator's public reply is e-mailed to the customer in their language.",
);

const target = strictObject(
  {
    first_response_minutes: int({ minimum: 1, maximum: 525_600 }),
    resolution_minutes: int({ minimum: 1, maximum: 525_600 }),
  },
  ['first_response_minutes', 'resolution_minutes'],
);
const partialTarget = strictObject({
  first_response_minutes: int({ minimum: 1, maximum: 525_600 }),
  resolution_minutes: int({ minimum: 1, maximum: 525_600 }),
});
const idList = arrayOf(str({ maxLength: 255 }), { minItems: 1, maxItems: 100, uniqueItems: true });
const conditions = strictObject(
  {
    entitlement: str({ maxLength: 60, description: 'An entitlement the customer holds, e.g. priority_support' }),
    prices: idList,
    products: idList,
    segment: str({ maxLength: 255 }),
    mrr_gte: int({ minimum: 0, description: 'MRR at least this (minor units)' }),
    churn_risk: arrayOf(str({ enum: ['high', 'medium', 'low'] }), { minItems: 1, uniqueItems: true }),
  },
  [],
  { description: 'All must hold; none at all matches every customer' },
);
const rule = strictObject({ name: str({ minLength: 1, maxLength: 100 }), priority, conditions }, [
  'name',
  'priority',
  'conditions',
]);
const targetsOf = (t: Schema) => strictObject({ urgent: t, high: t, normal: t, low: t });

export const supportSettingsSchema: Schema = {
  $id: 'SupportSettings',
  type: 'object',
  properties: {
    object: { type: 'string', const: 'support_settings' },
    priority_rules: arrayOf(rule, { description: 'Tried in order; the first match sets the priority (else normal)' }),
    targets: { ...targetsOf(target), required: ['urgent', 'high', 'normal', 'low'] },
    reply_domain: str({ description: 'Replies go to support+tkt_….<signature>@ this domain' }),
    csat_survey: nullable(str({ description: 'The CSAT survey of solved tickets, made on the first solve' })),
    inbound_mail: strictObject({ path: str(), secret: str() }, ['path', 'secret'], {
      description: 'Post inbound e-mail to this path with the secret as a bearer token (or basic-auth password)',
    }),
  },
  required: ['object', 'priority_rules', 'targets', 'reply_domain', 'csat_survey', 'inbound_mail'],
};

export const inboundMailResultSchema: Schema = {
  $id: 'InboundMailResult',
  type: 'object',
  properties: {
    object: { type: 'string', const: 'inbound_mail' },
    outcome: str({ enum: ['message_created', 'ticket_created', 'duplicate', 'ignored'] }),
    ticket: nullable(str()),
    message: nullable(str()),
  },
  required: ['object', 'outcome', 'ticket', 'message'],
};

export const supportSchemas = [
  supportTicketSchema,
  supportMessageSchema,
  supportSettingsSchema,
  inboundMailResultSchema,
];

export const updateSupportSettingsBody = strictObject({
  priority_rules: arrayOf(rule, { maxItems: 50 }),
  targets: targetsOf(partialTarget),
  reply_domain: str({ pattern: '^[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$', maxLength: 253 }),
});

export const createTicketBody = strictObject(
  {
    customer: str({ maxLength: 255 }),
    subject: str({ minLength: 1, maxLength: 500 }),
    message: str({ minLength: 1, maxLength: 100_000, description: "The customer's request, as the first message" }),
    priority: { ...priority, description: 'Set by an operator; without it the rules choose' },
    assignee: str({ maxLength: 255 }),
    metadata: metadataIn,
  },
  ['customer', 'subject'],
);

export const updateTicketBody = strictObject({
  status,
  priority,
  assignee: nullable(str({ maxLength: 255 })),
  subject: str({ minLength: 1, maxLength: 500 }),
  metadata: metadataIn,
});

export const listTicketsQuery = strictObject({
  ...listQuery,
  status,
  priority,
  customer: str(),
  assignee: str(),
  ...expandQuery(EXPANDABLE.supportTicket, true),
  sort: str({
    enum: ['queue', 'created'],
    default: 'queue',
    description: 'queue: most urgent, then nearest target, first; created: newest first',
  }),
});

export const createMessageBody = strictObject(
  {
    author: str({ enum: ['customer', 'operator'] }),
    body: str({ minLength: 1, maxLength: 100_000 }),
    internal: bool({ description: 'An operator note: not e-mailed' }),
    author_name: str({ maxLength: 200 }),
  },
  ['author', 'body'],
);

export const listMessagesQuery = strictObject({ ...listQuery });

export const inboundMailBody = strictObject(
  {
    raw: str({ maxLength: 10_000_000, description: 'The whole message as MIME (or send it as message/rfc822)' }),
    from: str({ maxLength: 500 }),
    to: { anyOf: [str({ maxLength: 5000 }), arrayOf(str({ maxLength: 500 }), { maxItems: 50 })] },
    subject: str({ maxLength: 1000 }),
    text: str({ maxLength: 1_000_000 }),
    message_id: str({ maxLength: 1000 }),
  },
  [],
  { description: 'Either `raw`, or the parsed fields with at least `from` and `to`' },
);
