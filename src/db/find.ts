import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { notFound } from '../kernel/errors.ts';
import type { Db } from './client.ts';

type TenantTable = PgTable & { accountId: PgColumn; id: PgColumn };

/** One tenant row by id, or a 404 naming `param`; `lock` takes FOR UPDATE for a read-modify-write. */
export async function findOne<Row>(
  db: Db,
  table: TenantTable,
  accountId: string,
  id: string,
  resource: string,
  options: { param?: string; lock?: boolean } = {},
): Promise<Row> {
  const query = db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.accountId, accountId), eq(table.id, id)));
  const rows = (options.lock ? await query.for('update') : await query) as Row[];
  if (!rows[0]) throw notFound(resource, id, options.param ?? 'id');
  return rows[0];
}

export function byId(table: TenantTable, accountId: string, id: string) {
  return and(eq(table.accountId, accountId), eq(table.id, id));
}
