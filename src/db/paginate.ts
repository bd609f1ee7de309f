import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

export type ListParams = {
  limit?: number | undefined;
  starting_after?: string | undefined;
  ending_before?: string | undefined;
};

export type Page<T> = { object: 'list'; data: T[]; has_more: boolean };

type TenantTable = PgTable & { accountId: PgColumn };

/** How a table's list is ordered and how a cursor (an object's id) names a position in it. */
export type Keyset = {
  /** The sort columns, most significant first; unique together within an account. */
  columns: PgColumn[];
  /** 'desc': newest first (ids sort in creation order); 'asc': in the key's natural order. */
  order: 'asc' | 'desc';
  /** The cursor as values of `columns`; throws a 400 naming `param` when it is no id of this list. */
  cursor(id: string, param: 'starting_after' | 'ending_before'): unknown[];
};

/**
 * Stripe's cursor pagination over any unique key: every page is one range scan of an index on
 * (account_id, ...columns). One row past the limit tells `has_more`; a page before a cursor is read against the
 * list's order and turned around.
 */
export async function keysetPage<Row, Out>(
  db: Db,
  table: TenantTable,
  accountId: string,
  keyset: Keyset,
  params: ListParams,
  where: SQL | undefined,
  present: (row: Row) => Out,
): Promise<Page<Out>> {
  const limit = params.limit ?? 10;
  const backwards = params.ending_before !== undefined && params.starting_after === undefined;
  const at =
    params.starting_after !== undefined
      ? keyset.cursor(params.starting_after, 'starting_after')
      : backwards
        ? keyset.cursor(params.ending_before!, 'ending_before')
        : undefined;
  const ascending = (keyset.order === 'asc') !== backwards;
  const key = sql`(${sql.join(keyset.columns, sql`, `)})`;
  const position =
    at &&
    sql`(${sql.join(
      at.map((value) => sql`${value}`),
      sql`, `,
    )})`;
  const cursor = position && (ascending ? sql`${key} > ${position}` : sql`${key} < ${position}`);
  const rows = (await db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.accountId, accountId), cursor, where))
    .orderBy(...keyset.columns.map((column) => (ascending ? asc(column) : desc(column))))
    .limit(limit + 1)) as Row[];
  const page = rows.slice(0, limit);
  if (backwards) page.reverse();
  return { object: 'list', data: page.map(present), has_more: rows.length > limit };
}

/** Newest first by id: ids sort in creation order (kernel/ids.ts), so the cursor is the id itself. */
export function listPage<Row, Out>(
  db: Db,
  table: TenantTable & { id: PgColumn },
  accountId: string,
  params: ListParams,
  where: SQL | undefined,
  present: (row: Row) => Out,
): Promise<Page<Out>> {
  const byId: Keyset = { columns: [table.id], order: 'desc', cursor: (id) => [id] };
  return keysetPage(db, table, accountId, byId, params, where, present);
}
