import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * `column = any($1)` with the whole list bound as ONE array parameter. Drizzle's inArray binds a parameter per value,
 * and building a query over a batch's 1,000 ids cost the worker more CPU than the database spent running it
 * (bench/billing-run.ts). An empty list matches nothing.
 */
export function anyOf(column: PgColumn, values: readonly string[]): SQL {
  return sql`${column} = any(${sql.param([...values])})`;
}
