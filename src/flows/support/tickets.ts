/**
 * Ticket use cases that span modules: opening one (the customer's facts choose its priority), changing it (a
 * solve asks for CSAT through the surveys module) and posting messages. Times are the customer's: a customer on
 * a test clock gets targets, messages and breaches in its time.
 */
import type { Actor, AppContext } from '../../context.ts';
import type { TicketChannel, TicketPriority, TicketStatus } from '../../db/schema/support.ts';
import { fromDate, toDate } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';
import { findCustomer } from '../../modules/customers/index.ts';
import * as support from '../../modules/support/index.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import { customerSupportFacts } from './customer-facts.ts';
import { askSatisfaction } from './satisfaction.ts';

export type OpenTicketInput = {
  customer: string;
  subject: string;
  message?: string | undefined;
  priority?: TicketPriority | undefined;
  assignee?: string | undefined;
  metadata?: Record<string, string | null> | undefined;
};

const timeOf = async (ctx: AppContext, accountId: string, testClock: string | null) =>
  toDate(await timeFor(ctx, accountId, testClock));

/** Opens a ticket; without an explicit priority the account's rules choose it from the customer's facts. */
export async function openTicket(
  ctx: AppContext,
  actor: Actor,
  input: OpenTicketInput,
  via: { channel: TicketChannel; emailMessageId?: string | undefined } = { channel: 'api' },
) {
  const customer = await findCustomer(ctx, actor.accountId, input.customer, 'customer');
  const at = await timeOf(ctx, actor.accountId, customer.testClock);
  const settings = support.settingsOf(await support.settingsRow(ctx.db, actor.accountId));
  const priority = input.priority
    ? { priority: input.priority, rule: null, source: 'manual' as const }
    : await ruledPriority(ctx, actor.accountId, customer.id, at, settings.priority_rules);
  let ticket = await support.insertTicket(
    ctx,
    actor,
    { ...input, customer, channel: via.channel, priority },
    settings.targets,
    at,
  );
  if (input.message) {
    const message = { author: 'customer' as const, body: input.message, via: via.channel, ...via };
    ticket = (await support.addMessage(ctx, actor, ticket, message, at))?.ticket ?? ticket;
  }
  return support.presentTicket(ticket);
}

async function ruledPriority(
  ctx: AppContext,
  accountId: string,
  customerId: string,
  at: Date,
  rules: support.PriorityRule[],
) {
  const choice = support.choosePriority(rules, await customerSupportFacts(ctx, accountId, customerId, fromDate(at)));
  return { ...choice, source: choice.rule === null ? ('default' as const) : ('rule' as const) };
}

export type UpdateTicketInput = {
  status?: TicketStatus | undefined;
  priority?: TicketPriority | undefined;
  assignee?: string | null | undefined;
  subject?: string | undefined;
  metadata?: Record<string, string | null> | undefined;
};

/** Status, priority (an operator's choice; targets move with it), assignee, subject; solving asks for CSAT. */
export async function updateTicket(ctx: AppContext, actor: Actor, id: string, input: UpdateTicketInput) {
  const ticket = await support.findTicket(ctx, actor.accountId, id);
  const at = await timeOf(ctx, actor.accountId, ticket.testClock);
  const solving = input.status === 'solved' && ticket.status !== 'solved';
  const change: support.TicketChange = {
    ...(input.status && { status: input.status, solvedAt: input.status === 'solved' ? (ticket.solvedAt ?? at) : null }),
    ...(input.assignee !== undefined && { assignee: input.assignee }),
    ...(input.subject !== undefined && { subject: input.subject }),
    ...(input.metadata && { metadata: input.metadata }),
    ...(solving && { csatRequest: await askSatisfaction(ctx, actor, ticket, at) }),
  };
  if (input.priority && input.priority !== ticket.priority) {
    const { targets } = support.settingsOf(await support.settingsRow(ctx.db, actor.accountId));
    change.priority = { priority: input.priority, source: 'manual', rule: null, targets };
  }
  return support.presentTicket(await support.changeTicket(ctx, actor, ticket, change, at));
}

export type PostMessageInput = {
  author: 'customer' | 'operator';
  body: string;
  internal?: boolean | undefined;
  author_name?: string | undefined;
};

/**
 * A message by the API: an operator's reply (e-mailed unless internal) or one the customer sent elsewhere; `via`
 * is 'portal' when the customer wrote it in the subscriber portal.
 */
export async function postMessage(
  ctx: AppContext,
  actor: Actor,
  ticketId: string,
  input: PostMessageInput,
  via: TicketChannel = 'api',
) {
  if (input.internal && input.author !== 'operator') {
    throw invalid('parameter_invalid', 'Only an operator writes internal notes', 'internal');
  }
  const ticket = await support.findTicket(ctx, actor.accountId, ticketId);
  const at = await timeOf(ctx, actor.accountId, ticket.testClock);
  const added = await support.addMessage(
    ctx,
    actor,
    ticket,
    { author: input.author, body: input.body, internal: input.internal, authorName: input.author_name, via },
    at,
  );
  return added!.message;
}

export async function listTicketMessages(ctx: AppContext, accountId: string, ticketId: string, params: object) {
  const ticket = await support.findTicket(ctx, accountId, ticketId, 'id', false);
  return support.listMessages(ctx, ticket, params);
}
