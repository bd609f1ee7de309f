/** Rule segments: preview a rule's count, save it, read it and list its members (evaluated when read). */
import { and, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { accounts, segments } from '../../db/schema/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { notFound } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { attributeTypes } from '../customers/index.ts';
import { localDay } from '../engagement/index.ts';
import { evaluateRule, eventWindows, parseRule, type Rule } from './core/rules.ts';
import { readSegmentFacts, SEGMENT_FIELDS } from './read-facts.ts';

type SegmentRow = typeof segments.$inferSelect;

async function checkedRule(ctx: AppContext, accountId: string, input: unknown): Promise<Rule> {
  const attributes = [...(await attributeTypes(ctx, accountId)).keys()].map((k) => `attributes.${k}`);
  return parseRule(input, new Set<string>([...SEGMENT_FIELDS, ...attributes]));
}

/** The ids of the customers the rule selects today, in id order. */
async function members(ctx: AppContext, accountId: string, rule: Rule): Promise<string[]> {
  const now = toDate(ctx.clock.now());
  const [account] = await ctx.db
    .select({ timeZone: accounts.timeZone })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  const facts = await readSegmentFacts(
    ctx,
    accountId,
    now,
    localDay(now, account?.timeZone ?? 'UTC'),
    eventWindows(rule),
  );
  const ids: string[] = [];
  for (const [id, f] of facts) if (evaluateRule(rule, f)) ids.push(id);
  return ids;
}

function presentSegment(row: SegmentRow, count: number) {
  return {
    id: row.id,
    object: 'segment' as const,
    created: toUnix(row.created),
    name: row.name,
    rule: row.rule,
    count,
  };
}

export async function previewSegment(ctx: AppContext, accountId: string, input: { rule: unknown }) {
  const rule = await checkedRule(ctx, accountId, input.rule);
  return { object: 'segment_preview' as const, count: (await members(ctx, accountId, rule)).length };
}

export async function createSegment(ctx: AppContext, actor: Actor, input: { name: string; rule: unknown }) {
  const rule = await checkedRule(ctx, actor.accountId, input.rule);
  const row: SegmentRow = {
    accountId: actor.accountId,
    id: newId('seg'),
    name: input.name,
    rule,
    created: toDate(ctx.clock.now()),
  };
  await ctx.db.insert(segments).values(row);
  return presentSegment(row, (await members(ctx, actor.accountId, rule)).length);
}

async function findSegment(ctx: AppContext, accountId: string, id: string) {
  const [row] = await ctx.db
    .select()
    .from(segments)
    .where(and(eq(segments.accountId, accountId), eq(segments.id, id)));
  if (!row) throw notFound('segment', id);
  return row;
}

export async function getSegment(ctx: AppContext, accountId: string, id: string) {
  const row = await findSegment(ctx, accountId, id);
  return presentSegment(row, (await members(ctx, accountId, row.rule as Rule)).length);
}

/** Members in customer-id order, a page at a time (`starting_after` a customer id). */
export async function listSegmentMembers(
  ctx: AppContext,
  accountId: string,
  id: string,
  params: { limit?: number | undefined; starting_after?: string | undefined },
) {
  const row = await findSegment(ctx, accountId, id);
  const all = await members(ctx, accountId, row.rule as Rule);
  const from = params.starting_after === undefined ? 0 : all.findIndex((c) => c > params.starting_after!);
  const start = from < 0 ? all.length : from;
  const limit = params.limit ?? 10;
  const page = all.slice(start, start + limit);
  return {
    object: 'list' as const,
    data: page.map((customer) => ({ object: 'segment_member' as const, segment: id, customer })),
    has_more: start + limit < all.length,
    url: `/v1/segments/${id}/members`,
  };
}
