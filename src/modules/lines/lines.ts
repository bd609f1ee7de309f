/** Lines: the Xtream credentials of a subscription, whose access follows billing. */
import { randomBytes } from 'node:crypto';
import { and, eq, ilike, type SQL } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { byId, findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { type LineStatus, lines, subscriptions } from '../../db/schema/index.ts';
import { previousAttributes, recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { conflict, invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import { loadAccessData } from '../entitlements/index.ts';
import { timeFor } from '../test-clocks/index.ts';
import { lineAccess } from './line-access.ts';
import { type LineRow, presentLine } from './present.ts';

export type LineInput = {
  username?: string;
  password?: string;
  status?: LineStatus;
  allowed_ips?: string[];
  allowed_user_agents?: string[];
  notes?: string | null;
  metadata?: Record<string, string | null>;
};

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A credential players type on a TV remote: no look-alike characters, 10 of 31 symbols (~49 bits). */
export function generateCredential(length = 10): string {
  return [...randomBytes(length)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
}

/** Presents lines with their access now, in their subscription's (test clock) time. */
export async function presentLines(ctx: AppContext, accountId: string, rows: LineRow[]) {
  const data = await loadAccessData(ctx.db, accountId, {
    subscriptions: [...new Set(rows.map((r) => r.subscriptionId))],
  });
  const out = [];
  for (const row of rows) {
    const clock = data.subscriptions.find((s) => s.id === row.subscriptionId)?.testClock;
    out.push(presentLine(row, lineAccess(row, data, await timeFor(ctx, accountId, clock))));
  }
  return out;
}

const findLine = (ctx: AppContext, accountId: string, id: string, lock = false) =>
  findOne<LineRow>(ctx.db, lines, accountId, id, 'line', { lock });

export async function createLine(ctx: AppContext, actor: Actor, input: LineInput & { subscription: string }) {
  const sub = await findOne<typeof subscriptions.$inferSelect>(
    ctx.db,
    subscriptions,
    actor.accountId,
    input.subscription,
    'subscription',
    {
      param: 'subscription',
    },
  );
  if (sub.status === 'canceled') throw invalid('subscription_canceled', 'The subscription has ended', 'subscription');
  const at = ctx.clock.now();
  const [row] = await ctx.db
    .insert(lines)
    .values({
      accountId: actor.accountId,
      id: newId('line'),
      customerId: sub.customerId,
      subscriptionId: sub.id,
      username: input.username ?? generateCredential(),
      password: input.password ?? generateCredential(),
      status: input.status ?? 'enabled',
      allowedIps: input.allowed_ips ?? [],
      allowedUserAgents: input.allowed_user_agents ?? [],
      notes: input.notes ?? null,
      metadata: mergeMetadata({}, input.metadata),
      created: toDate(at),
      updated: toDate(at),
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw conflict('username_taken', `The username '${input.username}' is taken`, 'username');
  const [line] = await presentLines(ctx, actor.accountId, [row]);
  await recordEvent(ctx.db, actor, { type: 'line.created', object: line!, at, testClock: sub.testClock });
  return line!;
}

export async function getLine(ctx: AppContext, accountId: string, id: string) {
  return (await presentLines(ctx, accountId, [await findLine(ctx, accountId, id)]))[0]!;
}

/** Changes a line; a new `password` (or `reset_password`) replaces the old one at once for every player. */
export async function updateLine(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: LineInput & { reset_password?: boolean },
) {
  const current = await findLine(ctx, actor.accountId, id, true);
  const password = input.reset_password ? generateCredential() : input.password;
  const rows = await ctx.db
    .update(lines)
    .set({
      ...(input.username !== undefined && { username: input.username }),
      ...(password !== undefined && { password }),
      ...(input.status !== undefined && { status: input.status }),
      ...(input.allowed_ips !== undefined && { allowedIps: input.allowed_ips }),
      ...(input.allowed_user_agents !== undefined && { allowedUserAgents: input.allowed_user_agents }),
      ...(input.notes !== undefined && { notes: input.notes }),
      ...(input.metadata !== undefined && { metadata: mergeMetadata(current.metadata, input.metadata) }),
      updated: toDate(ctx.clock.now()),
    })
    .where(byId(lines, actor.accountId, id))
    .returning()
    .catch((error: { code?: string; cause?: { code?: string } }) => {
      if ((error.cause?.code ?? error.code) === '23505')
        throw conflict('username_taken', `The username '${input.username}' is taken`, 'username');
      throw error;
    });
  const [before, after] = await presentLines(ctx, actor.accountId, [current, rows[0]!]);
  const { password: _p, ...shown } = previousAttributes(before!, after!);
  await recordEvent(ctx.db, actor, {
    type: 'line.updated',
    object: after!,
    previousAttributes: shown,
    at: ctx.clock.now(),
  });
  return after!;
}

export type LineSearch = ListParams & { username?: string; search?: string; subscription?: string; customer?: string };

/** Lines newest first; `username` finds one exactly, `search` any whose username contains the text. */
export async function listLines(ctx: AppContext, accountId: string, params: LineSearch) {
  const filters: SQL[] = [];
  if (params.username) filters.push(eq(lines.username, params.username));
  if (params.search) filters.push(ilike(lines.username, `%${params.search.replace(/[\\%_]/g, '\\$&')}%`));
  if (params.subscription) filters.push(eq(lines.subscriptionId, params.subscription));
  if (params.customer) filters.push(eq(lines.customerId, params.customer));
  const page = await listPage(ctx.db, lines, accountId, params, and(...filters), (row: LineRow) => row);
  return { ...page, data: await presentLines(ctx, accountId, page.data) };
}
