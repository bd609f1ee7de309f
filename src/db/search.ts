import { and, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { SearchClause, SearchQuery } from '../kernel/search-query.ts';

/** How a searchable field is stored: text, a timestamp searched in unix seconds, an integer, or jsonb metadata. */
export type SearchColumn = { column: PgColumn; kind: 'text' | 'time' | 'integer' | 'metadata' };

const escapeLike = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** A parsed Stripe search query as one SQL condition over the given columns. */
export function searchCondition(query: SearchQuery, columns: Record<string, SearchColumn>): SQL | undefined {
  const parts = query.clauses.map((clause) => {
    const condition = clauseCondition(clause, columns[clause.field]!);
    // `-field:'x'` also finds rows where the field is empty, as Stripe's does.
    return clause.negate ? sql`coalesce(${condition}, false) = false` : condition;
  });
  return query.join === 'or' ? or(...parts) : and(...parts);
}

function clauseCondition(clause: SearchClause, { column, kind }: SearchColumn): SQL {
  const target = kind === 'metadata' ? sql`(${column} ->> ${clause.key!})` : sql`${column}`;
  const { value, comparator } = clause;
  if (value === null) return sql`${target} is null`;
  if (kind === 'time' || kind === 'integer') {
    // Unix seconds, as the API shows them (a stored time may carry milliseconds).
    const field = kind === 'time' ? sql`floor(extract(epoch from ${column}))` : target;
    const op = comparator === ':' ? '=' : comparator;
    return sql`${field} ${sql.raw(op)} ${Number(value)}`;
  }
  if (comparator === '~') return sql`${target} ilike ${`%${escapeLike(String(value))}%`}`;
  // Metadata matches exactly; names, e-mails and statuses in any case.
  if (kind === 'metadata') return sql`${target} = ${String(value)}`;
  return sql`lower(${target}) = lower(${String(value)})`;
}
