/** Reading CSV imports: the object with its counts and first problems, the list, and every problem page by page. */
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { customerImportRows, customerImports } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';
import type { RowProblem } from './core/validate-rows.ts';

export type ImportRow = typeof customerImports.$inferSelect;
/** The object carries this many problems; GET /v1/customer_imports/:id/problems pages through all of them. */
export const PROBLEMS_SHOWN = 100;

const unix = (at: Date | null) => (at ? toUnix(at) : null);

export function presentImport(row: ImportRow, problems: { data: RowProblem[]; has_more: boolean }) {
  return {
    id: row.id,
    object: 'customer_import' as const,
    created: toUnix(row.created),
    status: row.status,
    dry_run: row.dryRun,
    filename: row.filename,
    columns: row.columns,
    mapping: row.mapping,
    dedupe_on: row.dedupeOn,
    counts: {
      rows: row.rowCount,
      valid: row.validCount,
      invalid: row.invalidCount,
      processed: row.createdCount + row.existingCount + row.failedCount,
      created: row.createdCount,
      existing: row.existingCount,
      failed: row.failedCount,
    },
    problems: problems.data,
    has_more_problems: problems.has_more,
    started_at: unix(row.startedAt),
    finished_at: unix(row.finishedAt),
  };
}

/** Problems of the rows after `afterRow`, row by row (a row's problems are never split over two pages). */
export async function problemsAfter(ctx: AppContext, row: ImportRow, afterRow: number, limit: number) {
  const rows = await ctx.db
    .select({ row: customerImportRows.row, problems: customerImportRows.problems })
    .from(customerImportRows)
    .where(
      and(
        eq(customerImportRows.accountId, row.accountId),
        eq(customerImportRows.importId, row.id),
        gt(customerImportRows.row, afterRow),
        sql`jsonb_array_length(${customerImportRows.problems}) > 0`,
      ),
    )
    .orderBy(asc(customerImportRows.row))
    .limit(limit + 1);
  const data = rows.slice(0, limit).flatMap((r) => r.problems as RowProblem[]);
  return { object: 'list' as const, data, has_more: rows.length > limit };
}

export async function findImport(ctx: AppContext, accountId: string, id: string, lock = false) {
  return findOne<ImportRow>(ctx.db, customerImports, accountId, id, 'customer import', { lock });
}

export async function getCustomerImport(ctx: AppContext, accountId: string, id: string) {
  const row = await findImport(ctx, accountId, id);
  return presentImport(row, await problemsAfter(ctx, row, 0, PROBLEMS_SHOWN));
}

export async function listCustomerImports(ctx: AppContext, accountId: string, params: ListParams) {
  // A list shows counts, not problems: each import's own page has those.
  return listPage(ctx.db, customerImports, accountId, params, undefined, (row: ImportRow) =>
    presentImport(row, { data: [], has_more: row.invalidCount + row.failedCount > 0 }),
  );
}

/** Every problem of an import, `limit` rows at a time, after the row `starting_after`. */
export async function listImportProblems(
  ctx: AppContext,
  accountId: string,
  id: string,
  params: { limit?: number; starting_after?: number },
) {
  const row = await findImport(ctx, accountId, id);
  return problemsAfter(ctx, row, params.starting_after ?? 0, params.limit ?? 100);
}
