import { boolean, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdColumn, idText, instant, metadata, tenantColumns, testClockColumn } from './columns.ts';

export type TicketStatus = 'open' | 'pending' | 'solved';
export type TicketPriority = 'urgent' | 'high' | 'normal' | 'low';
/** How the priority was set: the first matching rule, the default (no rule matched), or an operator. */
export type PrioritySource = 'rule' | 'default' | 'manual';
/** Where a ticket (or a message) came from; `automation`: an automation's open_ticket action. */
export type TicketChannel = 'api' | 'email' | 'portal' | 'automation';

/**
 * A support ticket (`tkt_`). Its targets are instants in the customer's time (their test clock's, if any);
 * `next_breach_at` is the earliest target not yet met nor reported, the due work's column.
 */
export const supportTickets = pgTable(
  'support_tickets',
  {
    ...tenantColumns(),
    customerId: idText('customer_id').notNull(),
    testClock: testClockColumn(),
    subject: text('subject').notNull(),
    status: text('status').$type<TicketStatus>().notNull(),
    priority: text('priority').$type<TicketPriority>().notNull(),
    /** 0 urgent … 3 low: the queue sorts on it. */
    priorityRank: integer('priority_rank').notNull(),
    prioritySource: text('priority_source').$type<PrioritySource>().notNull(),
    /** The name of the rule that set the priority (source `rule`). */
    priorityRule: text('priority_rule'),
    channel: text('channel').$type<TicketChannel>().notNull(),
    assignee: text('assignee'),
    firstResponseDueAt: instant('first_response_due_at').notNull(),
    resolutionDueAt: instant('resolution_due_at').notNull(),
    firstRespondedAt: instant('first_responded_at'),
    solvedAt: instant('solved_at'),
    firstResponseBreachedAt: instant('first_response_breached_at'),
    resolutionBreachedAt: instant('resolution_breached_at'),
    /** The target the queue sorts by: first response until answered, then resolution. */
    targetAt: instant('target_at').notNull(),
    nextBreachAt: instant('next_breach_at'),
    /** The CSAT survey request sent when the ticket was last solved. */
    csatRequest: idText('csat_request'),
    metadata: metadata(),
    created: createdColumn(),
    updated: instant('updated').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('support_tickets_queue').on(t.accountId, t.priorityRank, t.targetAt, t.id),
    index('support_tickets_customer').on(t.accountId, t.customerId, t.id),
    index('support_tickets_next_breach').on(t.nextBreachAt),
    index('support_tickets_clock').on(t.accountId, t.testClock, t.nextBreachAt),
  ],
);

export type SupportMessageAuthor = 'customer' | 'operator';

/** A message on a ticket (`tmsg_`): from the customer or an operator; an internal note is never e-mailed. */
export const supportMessages = pgTable(
  'support_messages',
  {
    ...tenantColumns(),
    ticketId: idText('ticket_id').notNull(),
    author: text('author').$type<SupportMessageAuthor>().notNull(),
    /** The operator's name or e-mail, when given. */
    authorName: text('author_name'),
    internal: boolean('internal').notNull().default(false),
    body: text('body').notNull(),
    via: text('via').$type<TicketChannel>().notNull(),
    /** An inbound e-mail's Message-ID: a provider's retry of the same mail adds no second message. */
    emailMessageId: text('email_message_id'),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('support_messages_ticket').on(t.accountId, t.ticketId, t.id),
    uniqueIndex('support_messages_email').on(t.accountId, t.emailMessageId),
  ],
);

/** An account's support settings (priority rules, targets, reply domain) and its two secrets, made on first use. */
export const supportSettings = pgTable('support_settings', {
  accountId: idText('account_id').primaryKey(),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  /** Signs reply addresses (`support+tkt_….<signature>@…`). */
  signingSecret: text('signing_secret').notNull(),
  /** Authenticates the inbound mail webhook. */
  inboundSecret: text('inbound_secret').notNull(),
  updated: instant('updated').notNull(),
});
