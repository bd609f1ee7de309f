/** Cancellation sessions: stored state of each pass through the flow. Flows decide; this module only records. */
import { and, desc, eq, gte, isNotNull, lt, type SQL } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor, AppContext } from '../../context.ts';
import { byId, findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { type CancellationOutcome, cancellationSessions } from '../../db/schema/index.ts';
import { type EventType, recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { conflict } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { offersByIds } from './offers.ts';
import { type CancellationSessionRow, presentSession } from './present.ts';

export type NewSession = {
  customerId: string;
  subscriptionId: string;
  testClock: string | null;
  reason: string;
  comment: string | null;
  offersShown: string[];
  mrr: number;
  currency: string;
};

async function present(ctx: AppContext, row: CancellationSessionRow) {
  return presentSession(row, await offersByIds(ctx, row.accountId, row.offersShown));
}

async function emit(ctx: AppContext, actor: Actor, type: EventType, row: CancellationSessionRow, at: Temporal.Instant) {
  const object = await present(ctx, row);
  await recordEvent(ctx.db, actor, { type, object, at, testClock: row.testClock });
  return object;
}

export async function openSession(ctx: AppContext, actor: Actor, input: NewSession, at: Temporal.Instant) {
  const [row] = await ctx.db
    .insert(cancellationSessions)
    .values({ accountId: actor.accountId, id: newId('cxs'), ...input, created: toDate(at) })
    .returning();
  return emit(ctx, actor, 'cancellation_session.created', row!, at);
}

/** The session, locked, and still open (a closed session answers 409). */
export async function findOpenSession(ctx: AppContext, accountId: string, id: string) {
  const row = await findOne<CancellationSessionRow>(
    ctx.db,
    cancellationSessions,
    accountId,
    id,
    'cancellation session',
    {
      lock: true,
    },
  );
  if (row.outcome !== 'pending') {
    throw conflict('cancellation_session_closed', `Cancellation session ${id} already ended: ${row.outcome}`);
  }
  return row;
}

export async function closeSession(
  ctx: AppContext,
  actor: Actor,
  row: CancellationSessionRow,
  outcome: Exclude<CancellationOutcome, 'pending'>,
  at: Temporal.Instant,
  acceptedOffer?: string,
) {
  const [updated] = await ctx.db
    .update(cancellationSessions)
    .set({
      outcome,
      closedAt: toDate(at),
      ...(acceptedOffer && { acceptedOffer, acceptedAt: toDate(at) }),
    })
    .where(byId(cancellationSessions, actor.accountId, row.id))
    .returning();
  return emit(ctx, actor, `cancellation_session.${outcome}`, updated!, at);
}

export async function getSession(ctx: AppContext, accountId: string, id: string) {
  const row = await findOne<CancellationSessionRow>(
    ctx.db,
    cancellationSessions,
    accountId,
    id,
    'cancellation session',
  );
  return present(ctx, row);
}

export async function listSessions(
  ctx: AppContext,
  accountId: string,
  params: ListParams & { customer?: string; subscription?: string; result?: CancellationOutcome },
) {
  const filters: SQL[] = [];
  if (params.customer) filters.push(eq(cancellationSessions.customerId, params.customer));
  if (params.subscription) filters.push(eq(cancellationSessions.subscriptionId, params.subscription));
  if (params.result) filters.push(eq(cancellationSessions.outcome, params.result));
  const page = await listPage(
    ctx.db,
    cancellationSessions,
    accountId,
    params,
    and(...filters),
    (row: CancellationSessionRow) => row,
  );
  return { ...page, data: await Promise.all(page.data.map((row) => present(ctx, row))) };
}

/** When the customer last accepted an offer (null if never): the one-offer-per-window rule reads it. */
export async function lastAcceptedAt(ctx: AppContext, accountId: string, customerId: string): Promise<Date | null> {
  const [row] = await ctx.db
    .select({ at: cancellationSessions.acceptedAt })
    .from(cancellationSessions)
    .where(
      and(
        eq(cancellationSessions.accountId, accountId),
        eq(cancellationSessions.customerId, customerId),
        isNotNull(cancellationSessions.acceptedAt),
      ),
    )
    .orderBy(desc(cancellationSessions.acceptedAt))
    .limit(1);
  return row?.at ?? null;
}

/** Sessions created in [from, to), for the metrics. */
export function sessionsCreated(ctx: AppContext, accountId: string, range: { from?: Date; to?: Date }) {
  return ctx.db
    .select()
    .from(cancellationSessions)
    .where(
      and(
        eq(cancellationSessions.accountId, accountId),
        range.from && gte(cancellationSessions.created, range.from),
        range.to && lt(cancellationSessions.created, range.to),
      ),
    );
}
