import { and, eq, gt, gte, lt, lte, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { AppContext } from '../context.ts';
import { type ListParams, listPage } from '../db/paginate.ts';
import { events } from '../db/schema/index.ts';
import { fromUnix, toDate, toUnix } from '../kernel/clock.ts';
import { notFound } from '../kernel/errors.ts';

export type EventRow = typeof events.$inferSelect;
export type CreatedRange = { gt?: number; gte?: number; lt?: number; lte?: number };

export function presentEvent(row: EventRow) {
  return {
    id: row.id,
    object: 'event' as const,
    type: row.type,
    created: toUnix(row.created),
    data: row.data,
    request: { id: row.requestId, idempotency_key: row.idempotencyKey },
    test_clock: row.testClock,
  };
}

/** Conditions for Stripe's `created[gt|gte|lt|lte]` range on any table's created column. */
export function createdConditions(column: PgColumn, range: CreatedRange | undefined): SQL[] {
  if (!range) return [];
  const at = (s: number) => toDate(fromUnix(s));
  const out: SQL[] = [];
  if (range.gt !== undefined) out.push(gt(column, at(range.gt)));
  if (range.gte !== undefined) out.push(gte(column, at(range.gte)));
  if (range.lt !== undefined) out.push(lt(column, at(range.lt)));
  if (range.lte !== undefined) out.push(lte(column, at(range.lte)));
  return out;
}

export async function listEvents(
  ctx: AppContext,
  accountId: string,
  params: ListParams & { type?: string | undefined; types?: string[] | undefined; created?: CreatedRange },
) {
  const filters: SQL[] = createdConditions(events.created, params.created);
  const types = params.types ?? (params.type ? [params.type] : []);
  const typeFilters = types.map((t) => typeCondition(t));
  const where = and(...filters, ...(typeFilters.length ? [or(...typeFilters)!] : []));
  return listPage(ctx.db, events, accountId, params, where, presentEvent);
}

/** `invoice.*` matches every invoice event, as webhook endpoints and Stripe's event list allow. */
function typeCondition(type: string): SQL {
  if (type.endsWith('.*'))
    return and(gte(events.type, type.slice(0, -1)), lt(events.type, `${type.slice(0, -1)}\uffff`))!;
  return eq(events.type, type);
}

export async function getEvent(ctx: AppContext, accountId: string, id: string) {
  const rows = await ctx.db
    .select()
    .from(events)
    .where(and(eq(events.accountId, accountId), eq(events.id, id)));
  if (!rows[0]) throw notFound('event', id);
  return presentEvent(rows[0]);
}
