import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

// One JSON parameter per statement; large batches are split to keep each statement's JSON moderate.
const ROWS_PER_STATEMENT = 5000;

/**
 * INSERT of many rows as ONE jsonb parameter expanded by jsonb_populate_recordset: the database parses the rows,
 * not the ORM, whose per-value query building dominated the renewal run's CPU (bench/billing-run.ts). Rows must
 * all define the same fields (those of the first row are written; omitted columns take their defaults).
 */
export async function bulkInsert<T extends PgTable>(
  db: Db,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(getTableColumns(table)).filter(
    ([key]) => (rows[0] as Record<string, unknown>)[key] !== undefined,
  );
  const names = columns.map(([, column]) => column.name);
  const list = sql.raw(names.map((n) => `"${n}"`).join(', '));
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const payload = rows.slice(i, i + ROWS_PER_STATEMENT).map((row) => {
      const out: Record<string, unknown> = {};
      for (const [key, column] of columns) {
        const value = (row as Record<string, unknown>)[key];
        out[column.name] = value instanceof Date ? value.toISOString() : value;
      }
      return out;
    });
    const statement: SQL = sql`insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(payload)}::jsonb)`;
    await db.execute(statement);
  }
}
