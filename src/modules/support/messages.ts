/**
 * Messages on a ticket, both ways. An operator's first public reply meets the first-response target; a customer
 * writing on a pending or solved ticket reopens it. `support_ticket.message_created` of a public operator reply
 * carries the signed reply address, so the notices module e-mails it with a Reply-To that finds the ticket again.
 */
import { eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { keysetPage, type ListParams } from '../../db/paginate.ts';
import { supportMessages } from '../../db/schema/index.ts';
import type { SupportMessageAuthor, TicketChannel } from '../../db/schema/support.ts';
import { recordEvent } from '../../events/index.ts';
import { fromDate } from '../../kernel/clock.ts';
import { newId } from '../../kernel/ids.ts';
import { replyAddress } from './core/index.ts';
import { type MessageRow, presentMessage, type TicketRow } from './present.ts';
import { settingsOf, settingsRow, signerOf } from './settings.ts';
import { changeTicket, type TicketChange } from './tickets.ts';

export type NewMessage = {
  author: SupportMessageAuthor;
  body: string;
  internal?: boolean | undefined;
  authorName?: string | undefined;
  via: TicketChannel;
  emailMessageId?: string | undefined;
};

/** What a message does to its ticket's state. */
function effectOn(ticket: TicketRow, message: NewMessage, at: Date): TicketChange {
  if (message.author === 'operator') {
    return message.internal || ticket.firstRespondedAt ? {} : { firstRespondedAt: at };
  }
  return ticket.status === 'open' ? {} : { status: 'open', solvedAt: null };
}

/** Adds the message (null when this e-mail was already received) and applies its effect on the ticket. */
export async function addMessage(ctx: AppContext, actor: Actor, ticket: TicketRow, message: NewMessage, at: Date) {
  const [row] = await ctx.db
    .insert(supportMessages)
    .values({
      accountId: ticket.accountId,
      id: newId('tmsg'),
      ticketId: ticket.id,
      author: message.author,
      authorName: message.authorName ?? null,
      internal: message.internal ?? false,
      body: message.body,
      via: message.via,
      emailMessageId: message.emailMessageId ?? null,
      created: at,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) return null;
  const object = presentMessage(row, ticket.customerId);
  const settings = await settingsRow(ctx.db, ticket.accountId);
  const reply = message.author === 'operator' &&
    !row.internal && {
      reply_to: replyAddress(settingsOf(settings).reply_domain, ticket.accountId, ticket.id, signerOf(settings)),
      ticket_subject: ticket.subject,
    };
  await recordEvent(ctx.db, actor, {
    type: 'support_ticket.message_created',
    object: { ...object, ...reply },
    at: fromDate(at),
    testClock: ticket.testClock,
  });
  const ticketAfter = await changeTicket(ctx, actor, ticket, effectOn(ticket, message, at), at);
  return { message: object, ticket: ticketAfter };
}

/** Messages oldest first, as a conversation reads. */
export function listMessages(ctx: AppContext, ticket: TicketRow, params: ListParams) {
  const keyset = { columns: [supportMessages.id], order: 'asc' as const, cursor: (id: string) => [id] };
  return keysetPage(
    ctx.db,
    supportMessages,
    ticket.accountId,
    keyset,
    params,
    eq(supportMessages.ticketId, ticket.id),
    (row: MessageRow) => presentMessage(row, ticket.customerId),
  );
}
