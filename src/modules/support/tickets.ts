/** Tickets: opening one with its priority and targets, changing status, priority and assignee, the queue. */
import { and, eq, type SQL } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { keysetPage, type ListParams } from '../../db/paginate.ts';
import { supportTickets } from '../../db/schema/index.ts';
import type { PrioritySource, TicketChannel, TicketPriority, TicketStatus } from '../../db/schema/support.ts';
import { previousAttributes, recordChange, recordEvent } from '../../events/index.ts';
import { fromDate } from '../../kernel/clock.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import { dueTimes, nextBreachAt, type PriorityChoice, priorityRank, queueTarget, type Targets } from './core/index.ts';
import { presentTicket, type TicketRow } from './present.ts';

/** The ticket, locked for a read-modify-write unless `lock` is false. */
export const findTicket = (ctx: AppContext, accountId: string, id: string, param = 'id', lock = true) =>
  findOne<TicketRow>(ctx.db, supportTickets, accountId, id, 'support ticket', { param, lock });

/** The derived columns (queue target, next breach) after a change of the target state. */
export function withTargets<T extends Omit<TicketRow, 'targetAt' | 'nextBreachAt'>>(row: T) {
  return { ...row, targetAt: queueTarget(row), nextBreachAt: nextBreachAt(row) };
}

export type NewTicket = {
  customer: { id: string; testClock: string | null };
  subject: string;
  channel: TicketChannel;
  priority: PriorityChoice & { source: PrioritySource };
  assignee?: string | undefined;
  metadata?: Record<string, string | null> | undefined;
};

export async function insertTicket(ctx: AppContext, actor: Actor, input: NewTicket, targets: Targets, at: Date) {
  const row = withTargets({
    accountId: actor.accountId,
    id: newId('tkt'),
    customerId: input.customer.id,
    testClock: input.customer.testClock,
    subject: input.subject,
    status: 'open' as TicketStatus,
    priority: input.priority.priority,
    priorityRank: priorityRank(input.priority.priority),
    prioritySource: input.priority.source,
    priorityRule: input.priority.rule,
    channel: input.channel,
    assignee: input.assignee ?? null,
    ...dueTimes(at, targets[input.priority.priority]),
    firstRespondedAt: null,
    solvedAt: null,
    firstResponseBreachedAt: null,
    resolutionBreachedAt: null,
    csatRequest: null,
    metadata: mergeMetadata({}, input.metadata ?? {}),
    created: at,
    updated: at,
  });
  const [inserted] = await ctx.db.insert(supportTickets).values(row).returning();
  const object = presentTicket(inserted!);
  await recordEvent(ctx.db, actor, {
    type: 'support_ticket.created',
    object,
    at: fromDate(at),
    testClock: row.testClock,
  });
  return inserted!;
}

export type TicketChange = Partial<
  Pick<TicketRow, 'status' | 'assignee' | 'subject' | 'firstRespondedAt' | 'solvedAt' | 'csatRequest'>
> & {
  metadata?: Record<string, string | null> | undefined;
  /** A new priority moves both targets: they count from the ticket's creation. */
  priority?: { priority: TicketPriority; source: PrioritySource; rule: string | null; targets: Targets };
};

/** Applies a change, writes `support_ticket.updated` (and `.solved` when it is solved now) if anything changed. */
export async function changeTicket(ctx: AppContext, actor: Actor, row: TicketRow, change: TicketChange, at: Date) {
  const { priority, metadata, ...plain } = change;
  const next = withTargets({
    ...row,
    ...plain,
    ...(metadata && { metadata: mergeMetadata(row.metadata, metadata) }),
    ...(priority && {
      priority: priority.priority,
      priorityRank: priorityRank(priority.priority),
      prioritySource: priority.source,
      priorityRule: priority.rule,
      ...dueTimes(row.created, priority.targets[priority.priority]),
    }),
  });
  const before = presentTicket(row);
  const after = presentTicket({ ...next, updated: row.updated });
  const previous = previousAttributes(before, after);
  if (Object.keys(previous).length === 0) return row;
  const [updated] = await ctx.db
    .update(supportTickets)
    .set({ ...next, updated: at })
    .where(and(eq(supportTickets.accountId, row.accountId), eq(supportTickets.id, row.id)))
    .returning();
  const object = presentTicket(updated!);
  const event = { object, at: fromDate(at), testClock: row.testClock };
  await recordChange(ctx.db, actor, { ...event, type: 'support_ticket.updated', previousAttributes: previous });
  if (row.status !== 'solved' && updated!.status === 'solved') {
    await recordEvent(ctx.db, actor, { ...event, type: 'support_ticket.solved' });
  }
  return updated!;
}

export async function getTicket(ctx: AppContext, accountId: string, id: string) {
  return presentTicket(
    await findOne<TicketRow>(ctx.db, supportTickets, accountId, id, 'support ticket', { param: 'id' }),
  );
}

export type TicketSearch = ListParams & {
  status?: TicketStatus;
  priority?: TicketPriority;
  customer?: string;
  assignee?: string;
  sort?: 'queue' | 'created';
};

/**
 * The queue (`sort=queue`, the default): most urgent first, then the nearest target, then the oldest; or newest
 * first (`sort=created`). A cursor is a ticket id of the account; its row gives the position.
 */
export async function listTickets(ctx: AppContext, accountId: string, params: TicketSearch) {
  const filters: SQL[] = [];
  if (params.status) filters.push(eq(supportTickets.status, params.status));
  if (params.priority) filters.push(eq(supportTickets.priority, params.priority));
  if (params.customer) filters.push(eq(supportTickets.customerId, params.customer));
  if (params.assignee) filters.push(eq(supportTickets.assignee, params.assignee));
  const cursorId = params.starting_after ?? params.ending_before;
  const cursorRow =
    cursorId === undefined
      ? undefined
      : await findOne<TicketRow>(ctx.db, supportTickets, accountId, cursorId, 'support ticket', {
          param: params.starting_after !== undefined ? 'starting_after' : 'ending_before',
        });
  const keyset =
    params.sort === 'created'
      ? { columns: [supportTickets.id], order: 'desc' as const, cursor: () => [cursorRow!.id] }
      : {
          columns: [supportTickets.priorityRank, supportTickets.targetAt, supportTickets.id],
          order: 'asc' as const,
          cursor: () => [cursorRow!.priorityRank, cursorRow!.targetAt.toISOString(), cursorRow!.id],
        };
  return keysetPage(ctx.db, supportTickets, accountId, keyset, params, and(...filters), presentTicket);
}
