/**
 * The subscriber's support tickets in the portal: their own tickets only (another customer's id answers 404), and
 * only the public conversation (an operator's internal notes never reach the customer).
 */
import type { Actor, AppContext } from '../../context.ts';
import { notFound, TenureError } from '../../kernel/errors.ts';
import * as support from '../../modules/support/index.ts';
import { listTicketMessages, openTicket, postMessage } from '../support/index.ts';
import type { PortalScope } from './scope.ts';

const presentTicket = (t: support.Ticket) => ({
  id: t.id,
  subject: t.subject,
  status: t.status,
  created: t.created,
  updated: t.updated,
});

export async function portalTickets(ctx: AppContext, scope: PortalScope) {
  const page = await support.listTickets(ctx, scope.accountId, {
    customer: scope.customerId,
    sort: 'created',
    limit: 50,
  });
  return { object: 'list' as const, data: page.data.map(presentTicket), has_more: page.has_more };
}

async function ownTicket(ctx: AppContext, scope: PortalScope, id: string) {
  const missing = notFound('support ticket', id, 'id');
  const ticket = await support.getTicket(ctx, scope.accountId, id).catch((error) => {
    throw error instanceof TenureError && error.kind === 'not_found' ? missing : error;
  });
  if (ticket.customer !== scope.customerId) throw missing;
  return ticket;
}

/** The ticket with its public messages, oldest first. */
export async function portalTicket(ctx: AppContext, scope: PortalScope, id: string) {
  const ticket = await ownTicket(ctx, scope, id);
  const messages = await listTicketMessages(ctx, scope.accountId, ticket.id, { limit: 100 });
  const visible = messages.data.filter((m) => !m.internal);
  return {
    ...presentTicket(ticket),
    messages: visible.map((m) => ({
      id: m.id,
      author: m.author,
      author_name: m.author_name,
      body: m.body,
      created: m.created,
    })),
  };
}

export async function openPortalTicket(
  tx: AppContext,
  actor: Actor,
  scope: PortalScope,
  input: { subject: string; message: string },
) {
  const ticket = await openTicket(tx, actor, { customer: scope.customerId, ...input }, { channel: 'portal' });
  return ticket.id;
}

export async function replyPortalTicket(
  tx: AppContext,
  actor: Actor,
  scope: PortalScope,
  id: string,
  input: { body: string },
) {
  await ownTicket(tx, scope, id);
  await postMessage(tx, actor, id, { author: 'customer', body: input.body }, 'portal');
  return id;
}
