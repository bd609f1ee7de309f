import type { supportMessages, supportTickets } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';

export type TicketRow = typeof supportTickets.$inferSelect;
export type MessageRow = typeof supportMessages.$inferSelect;

const unixOrNull = (at: Date | null) => (at ? toUnix(at) : null);

export function presentTicket(row: TicketRow) {
  return {
    id: row.id,
    object: 'support_ticket' as const,
    created: toUnix(row.created),
    customer: row.customerId,
    subject: row.subject,
    status: row.status,
    priority: row.priority,
    priority_source: row.prioritySource,
    priority_rule: row.priorityRule,
    channel: row.channel,
    assignee: row.assignee,
    first_response_due_at: toUnix(row.firstResponseDueAt),
    resolution_due_at: toUnix(row.resolutionDueAt),
    first_responded_at: unixOrNull(row.firstRespondedAt),
    solved_at: unixOrNull(row.solvedAt),
    first_response_breached: row.firstResponseBreachedAt !== null,
    resolution_breached: row.resolutionBreachedAt !== null,
    target_at: toUnix(row.targetAt),
    csat_request: row.csatRequest,
    test_clock: row.testClock,
    metadata: row.metadata,
    updated: toUnix(row.updated),
  };
}

export type Ticket = ReturnType<typeof presentTicket>;

export function presentMessage(row: MessageRow, customer: string) {
  return {
    id: row.id,
    object: 'support_ticket_message' as const,
    created: toUnix(row.created),
    ticket: row.ticketId,
    customer,
    author: row.author,
    author_name: row.authorName,
    internal: row.internal,
    body: row.body,
    via: row.via,
  };
}
