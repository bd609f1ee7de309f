import { and, asc, desc, eq, gt, lt, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

export type ListParams = {
  limit?: number | undefined;
  starting_after?: string | undefined;
  ending_before?: string | undefined;
};

export type Page<T> = { object: 'list'; data: T[]; has_more: boolean };

type TenantTable = PgTable & { accountId: PgColumn; id: PgColumn };

/**
 * Stripe's cursor pagination, newest first. Ids sort in creation order (kernel/ids.ts), so the cursor is the id
 * itself and every page is one index range scan on (account_id, id).
 */
export async function listPage<Row, Out>(
  db: Db,
  table: TenantTable,
  accountId: string,
  params: ListParams,
  where: SQL | undefined,
  present: (row: Row) => Out,
): Promise<Page<Out>> {
  const limit = params.limit ?? 10;
  const backwards = params.ending_before !== undefined && params.starting_after === undefined;
  const cursor = backwards
    ? gt(table.id, params.ending_before!)
    : params.starting_after !== undefined
      ? lt(table.id, params.starting_after)
      : undefined;
  const rows = (await db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.accountId, accountId), cursor, where))
    .orderBy(backwards ? asc(table.id) : desc(table.id))
    .limit(limit + 1)) as Row[];
  const has_more = rows.length > limit;
  const pageRows = rows.slice(0, limit);
  if (backwards) pageRows.reverse();
  return { object: 'list', data: pageRows.map(present), has_more };
}
