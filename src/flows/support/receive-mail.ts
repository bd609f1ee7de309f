/**
 * Inbound e-mail becomes a message: a signed reply address (or, from the ticket's own customer, a `[tkt_…]` in
 * the subject) finds its ticket; otherwise mail from a known customer's address opens a new ticket. Anything else
 * is ignored (answered 200, so a provider does not retry it). The same Message-ID is taken once.
 */
import { timingSafeEqual } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { supportMessages, supportTickets } from '../../db/schema/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { findCustomer, listCustomers } from '../../modules/customers/index.ts';
import type { InboundMail } from '../../modules/support/index.ts';
import * as support from '../../modules/support/index.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import { openTicket } from './tickets.ts';

export type MailOutcome = {
  object: 'inbound_mail';
  outcome: 'message_created' | 'ticket_created' | 'duplicate' | 'ignored';
  ticket: string | null;
  message: string | null;
};

const outcome = (kind: MailOutcome['outcome'], ticket: string | null = null, message: string | null = null) => ({
  object: 'inbound_mail' as const,
  outcome: kind,
  ticket,
  message,
});

/** The ticket a signed reply address names, in `accountId` (or any account, for the SMTP listener). */
async function signedTicket(ctx: AppContext, accountId: string | null, address: support.SupportAddress) {
  if (address.kind !== 'ticket') return null;
  const [ticket] = await ctx.db
    .select()
    .from(supportTickets)
    .where(
      and(eq(supportTickets.id, address.ticketId), accountId ? eq(supportTickets.accountId, accountId) : undefined),
    )
    .for('update');
  if (!ticket) return null;
  const sign = support.signerOf(await support.settingsRow(ctx.db, ticket.accountId));
  const want = Buffer.from(sign(support.replyPayload(ticket.accountId, ticket.id)));
  const got = Buffer.from(address.signature);
  return want.length === got.length && timingSafeEqual(want, got) ? ticket : null;
}

async function ticketOf(ctx: AppContext, accountId: string | null, mail: InboundMail) {
  for (const recipient of mail.recipients) {
    const address = support.parseSupportAddress(recipient);
    const ticket = address && (await signedTicket(ctx, accountId, address));
    if (ticket) return ticket;
  }
  const hinted = support.subjectTicket(mail.subject);
  if (!hinted || !accountId) return null;
  const ticket = await support.findTicket(ctx, accountId, hinted).catch(() => null);
  if (!ticket) return null;
  const customer = await findCustomer(ctx, accountId, ticket.customerId);
  return customer.email?.toLowerCase() === mail.from.toLowerCase() ? ticket : null;
}

/** The account a mail is for: the webhook's, or a `support+acct_…@` recipient (the SMTP listener). */
function accountOf(accountId: string | null, mail: InboundMail): string | null {
  if (accountId) return accountId;
  for (const recipient of mail.recipients) {
    const address = support.parseSupportAddress(recipient);
    if (address?.kind === 'account') return address.accountId;
  }
  return null;
}

async function alreadyReceived(ctx: AppContext, accountId: string, messageId: string | null) {
  if (!messageId) return false;
  const [row] = await ctx.db
    .select({ id: supportMessages.id })
    .from(supportMessages)
    .where(and(eq(supportMessages.accountId, accountId), eq(supportMessages.emailMessageId, messageId)));
  return row !== undefined;
}

/** Runs in the caller's transaction. `accountId` null: the account comes from the address (SMTP). */
export async function receiveMail(ctx: AppContext, accountId: string | null, mail: InboundMail): Promise<MailOutcome> {
  const body = support.stripQuoted(mail.text);
  const via = { channel: 'email' as const, emailMessageId: mail.messageId ?? undefined };
  const ticket = await ticketOf(ctx, accountId, mail);
  if (ticket) return replyOn(ctx, ticket, body, via.emailMessageId);
  const account = accountOf(accountId, mail);
  if (!account || !mail.from) return outcome('ignored');
  if (await alreadyReceived(ctx, account, mail.messageId)) return outcome('duplicate');
  const [customer] = (await listCustomers(ctx, account, { email: mail.from, limit: 1 })).data;
  if (!customer) return outcome('ignored');
  const subject = mail.subject.trim() || body.split('\n')[0]!.slice(0, 200) || '(no subject)';
  const opened = await openTicket(ctx, { accountId: account }, { customer: customer.id, subject, message: body }, via);
  return outcome('ticket_created', opened.id);
}

async function replyOn(ctx: AppContext, ticket: support.TicketRow, body: string, emailMessageId: string | undefined) {
  const at = toDate(await timeFor(ctx, ticket.accountId, ticket.testClock));
  const message = { author: 'customer' as const, body, via: 'email' as const, emailMessageId };
  const added = await support.addMessage(ctx, { accountId: ticket.accountId }, ticket, message, at);
  return added ? outcome('message_created', ticket.id, added.message.id) : outcome('duplicate', ticket.id);
}
