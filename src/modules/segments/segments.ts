/** Rule segments: preview a rule's count, save it, read it with its member count, list its members. */
import { and, asc, count, eq, gt } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { segmentMembers, segments } from '../../db/schema/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { notFound } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { checkedRule, selectMembers } from './evaluate.ts';
import { refreshSegment } from './refresh.ts';

type SegmentRow = typeof segments.$inferSelect;

function presentSegment(row: SegmentRow, members: number) {
  return {
    id: row.id,
    object: 'segment' as const,
    created: toUnix(row.created),
    name: row.name,
    rule: row.rule,
    count: members,
    refreshed: row.refreshedAt ? toUnix(row.refreshedAt) : null,
  };
}

/** How many customers the rule selects now, without saving anything. */
export async function previewSegment(ctx: AppContext, accountId: string, input: { rule: unknown }) {
  const rule = await checkedRule(ctx, accountId, input.rule);
  return {
    object: 'segment_preview' as const,
    count: (await selectMembers(ctx, accountId, rule, toDate(ctx.clock.now()))).length,
  };
}

/** Saves the segment and fills it at once (its first members get segment.entered). */
export async function createSegment(ctx: AppContext, actor: Actor, input: { name: string; rule: unknown }) {
  const rule = await checkedRule(ctx, actor.accountId, input.rule);
  const now = toDate(ctx.clock.now());
  const row: SegmentRow = {
    accountId: actor.accountId,
    id: newId('seg'),
    name: input.name,
    rule,
    refreshAt: now,
    refreshedAt: null,
    created: now,
  };
  await ctx.db.insert(segments).values(row);
  const { entered } = await refreshSegment(ctx, actor, row, now);
  return presentSegment({ ...row, refreshedAt: now }, entered);
}

async function findSegment(ctx: AppContext, accountId: string, id: string) {
  const [row] = await ctx.db
    .select()
    .from(segments)
    .where(and(eq(segments.accountId, accountId), eq(segments.id, id)));
  if (!row) throw notFound('segment', id);
  return row;
}

const memberOf = (accountId: string, id: string) =>
  and(eq(segmentMembers.accountId, accountId), eq(segmentMembers.segmentId, id));

export async function getSegment(ctx: AppContext, accountId: string, id: string) {
  const row = await findSegment(ctx, accountId, id);
  const [stored] = await ctx.db.select({ n: count() }).from(segmentMembers).where(memberOf(accountId, id));
  return presentSegment(row, stored?.n ?? 0);
}

/** Members as of the last refresh, in customer-id order, a page at a time (`starting_after` a customer id). */
export async function listSegmentMembers(
  ctx: AppContext,
  accountId: string,
  id: string,
  params: { limit?: number | undefined; starting_after?: string | undefined },
) {
  await findSegment(ctx, accountId, id);
  const limit = params.limit ?? 10;
  const rows = await ctx.db
    .select()
    .from(segmentMembers)
    .where(
      and(
        memberOf(accountId, id),
        params.starting_after === undefined ? undefined : gt(segmentMembers.customerId, params.starting_after),
      ),
    )
    .orderBy(asc(segmentMembers.customerId))
    .limit(limit + 1);
  return {
    object: 'list' as const,
    data: rows.slice(0, limit).map((r) => ({
      object: 'segment_member' as const,
      segment: id,
      customer: r.customerId,
      entered: toUnix(r.entered),
    })),
    has_more: rows.length > limit,
    url: `/v1/segments/${id}/members`,
  };
}

/** Every member's id as of the last refresh (a 404 names `param` for an unknown segment). */
export async function segmentMemberIds(ctx: AppContext, accountId: string, id: string, param = 'segment') {
  await findSegment(ctx, accountId, id).catch(() => {
    throw notFound('segment', id, param);
  });
  const rows = await ctx.db
    .select({ customer: segmentMembers.customerId })
    .from(segmentMembers)
    .where(memberOf(accountId, id))
    .orderBy(asc(segmentMembers.customerId));
  return rows.map((r) => r.customer);
}

/** Every member as CSV (customer id, entered as ISO 8601), for exports to mailing or ad tools. */
export async function segmentMembersCsv(ctx: AppContext, accountId: string, id: string): Promise<string> {
  await findSegment(ctx, accountId, id);
  const rows = await ctx.db
    .select()
    .from(segmentMembers)
    .where(memberOf(accountId, id))
    .orderBy(asc(segmentMembers.customerId));
  return ['customer,entered', ...rows.map((r) => `${r.customerId},${r.entered.toISOString()}`)].join('\n') + '\n';
}
