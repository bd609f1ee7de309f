/**
 * POST /v1/customer_imports: the file read and every row judged at once (so a dry run lists every problem by row),
 * stored row by row. A dry run stops there (`ready`, runnable later); otherwise the import is `running` and the
 * worker creates the valid rows (run-import.ts).
 */
import type { Actor, AppContext } from '../../context.ts';
import { customerImportRows, customerImports } from '../../db/schema/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { CURRENCY_CODES } from '../../kernel/currency.ts';
import { invalid, TenureError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { getAccount } from '../../modules/accounts/index.ts';
import { findPrice, listPrices } from '../../modules/catalog/index.ts';
import { guessMapping, type Mapping } from './core/fields.ts';
import { type CsvTable, CsvUnreadable, parseCsv } from './core/parse-csv.ts';
import { type KnownPrice, mappingError, type RowProblem, validateRows } from './core/validate-rows.ts';
import { type ImportRow, PROBLEMS_SHOWN, presentImport, problemsAfter } from './read-imports.ts';

export type CreateImportInput = { csv: string; mapping?: Mapping; dry_run?: boolean; filename?: string };

/**
 * An import that maps a price column starts subscriptions, so its caller needs `subscriptions.write` as well as the
 * customers permission its route asks for (a restricted key must not start subscriptions by the back door).
 */
export function assertMaySubscribe(mapping: Readonly<Record<string, string>>, maySubscribe: boolean): void {
  if (maySubscribe || !Object.values(mapping).includes('price')) return;
  throw new TenureError(
    'permission',
    'permission_denied',
    'This import starts subscriptions (a column is mapped to price): the caller lacks the permission subscriptions.write',
    'subscriptions.write',
  );
}
export const MAX_ROWS = 50_000;

/** The account's active recurring prices that the file names, by id and by lookup key. */
async function knownPrices(ctx: AppContext, accountId: string, refs: string[]): Promise<Map<string, KnownPrice>> {
  const known = new Map<string, KnownPrice>();
  for (let i = 0; i < refs.length; i += 100) {
    const page = await listPrices(ctx, accountId, {
      lookup_keys: refs.slice(i, i + 100),
      active: true,
      type: 'recurring',
      limit: 100,
    });
    for (const p of page.data) if (p.lookup_key) known.set(p.lookup_key, { id: p.id, currency: p.currency });
  }
  for (const ref of refs.filter((r) => r.startsWith('price_') && !known.has(r))) {
    const price = await findPrice(ctx, accountId, ref).catch(() => null);
    if (price?.active && price.type === 'recurring') known.set(ref, { id: price.id, currency: price.currency });
  }
  return known;
}

function readTable(csv: string): CsvTable {
  try {
    const table = parseCsv(csv);
    if (table.rows.length > MAX_ROWS) throw invalid('parameter_invalid', `At most ${MAX_ROWS} rows per file`, 'csv');
    return table;
  } catch (error) {
    if (error instanceof CsvUnreadable) throw invalid('csv_unreadable', error.message, 'csv');
    throw error;
  }
}

export async function createCustomerImport(
  ctx: AppContext,
  actor: Actor,
  input: CreateImportInput,
  maySubscribe = true,
) {
  const accountId = actor.accountId;
  const table = readTable(input.csv);
  const mapping = input.mapping ?? guessMapping(table.columns);
  const wrong = mappingError(table.columns, mapping);
  if (wrong) throw invalid('parameter_invalid', wrong.message, wrong.param);
  if (!input.dry_run) assertMaySubscribe(mapping, maySubscribe);
  const priceColumn = table.columns.indexOf(Object.keys(mapping).find((c) => mapping[c] === 'price') ?? '');
  const refs = priceColumn < 0 ? [] : [...new Set(table.rows.map((r) => (r.values[priceColumn] ?? '').trim()))];
  const now = ctx.clock.now();
  const judged = validateRows(table, mapping, {
    prices: await knownPrices(ctx, accountId, refs.filter(Boolean)),
    currencies: new Set(CURRENCY_CODES),
    now: toUnix(now),
    timeZone: (await getAccount(ctx, accountId)).time_zone,
  });
  const problemsOf = Map.groupBy(judged.problems, (p) => p.row);
  const invalidRows = problemsOf.size;
  const row: ImportRow = {
    accountId,
    id: newId('cim'),
    status: input.dry_run ? 'ready' : 'running',
    dryRun: !!input.dry_run,
    filename: input.filename ?? null,
    columns: table.columns,
    mapping,
    dedupeOn: judged.dedupeOn,
    rowCount: table.rows.length,
    validCount: judged.valid.length,
    invalidCount: invalidRows,
    createdCount: 0,
    existingCount: 0,
    failedCount: 0,
    dueAt: input.dry_run ? null : toDate(now),
    startedAt: input.dry_run ? null : toDate(now),
    finishedAt: null,
    created: toDate(now),
  };
  await ctx.db.insert(customerImports).values(row);
  const valid = new Map(judged.valid.map((v) => [v.row, v]));
  const stored = table.rows.flatMap(({ row: n }) => {
    const v = valid.get(n);
    const problems: RowProblem[] = problemsOf.get(n) ?? [];
    if (!v && problems.length === 0) return []; // a blank row
    const { key, ...rest } = v ?? { key: null };
    return [{ accountId, importId: row.id, row: n, key, input: v ? rest : null, problems }];
  });
  for (let i = 0; i < stored.length; i += 1000)
    await ctx.db.insert(customerImportRows).values(stored.slice(i, i + 1000));
  return presentImport(row, await problemsAfter(ctx, row, 0, PROBLEMS_SHOWN));
}
