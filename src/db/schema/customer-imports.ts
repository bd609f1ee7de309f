import { boolean, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdColumn, idText, instant, tenantColumns } from './columns.ts';

/**
 * A CSV import of customers (`cim_…`): the file's rows judged at creation, then the valid ones created by the worker
 * in chunks while `status` is running and `due_at` has come (a claim moves `due_at` a lease ahead, so a crashed
 * run is picked up again once the lease lapses).
 */
export const customerImports = pgTable(
  'customer_imports',
  {
    ...tenantColumns(),
    status: text('status').$type<'ready' | 'running' | 'succeeded'>().notNull(),
    dryRun: boolean('dry_run').notNull(),
    filename: text('filename'),
    columns: jsonb('columns').$type<string[]>().notNull(),
    mapping: jsonb('mapping').$type<Record<string, string>>().notNull(),
    dedupeOn: text('dedupe_on').$type<'external_id' | 'email'>().notNull(),
    rowCount: integer('row_count').notNull(),
    validCount: integer('valid_count').notNull(),
    invalidCount: integer('invalid_count').notNull(),
    createdCount: integer('created_count').notNull().default(0),
    existingCount: integer('existing_count').notNull().default(0),
    failedCount: integer('failed_count').notNull().default(0),
    dueAt: instant('due_at'),
    startedAt: instant('started_at'),
    finishedAt: instant('finished_at'),
    created: createdColumn(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), index('customer_imports_due_at').on(t.dueAt)],
);

/**
 * One data row of an import: the customer it describes if valid, its problems if not, and once run its outcome.
 * Rows are run in row order; an outcome is written in the transaction that created the customer.
 */
export const customerImportRows = pgTable(
  'customer_import_rows',
  {
    accountId: idText('account_id').notNull(),
    importId: idText('import_id').notNull(),
    row: integer('row').notNull(),
    key: text('key'),
    /** The validated customer and subscription (null for a row with problems). */
    input: jsonb('input').$type<unknown>(),
    problems: jsonb('problems').$type<unknown[]>().notNull().default([]),
    outcome: text('outcome').$type<'created' | 'existing' | 'failed'>(),
    customerId: idText('customer_id'),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.importId, t.row] })],
);

/**
 * Who each import key (`external_id:A-17`, `email:ana@example.com`) became: written with the customer in one
 * transaction, so a key is created once per account however often, or however concurrently, a file is imported.
 */
export const customerImportKeys = pgTable(
  'customer_import_keys',
  {
    accountId: idText('account_id').notNull(),
    key: text('key').notNull(),
    customerId: idText('customer_id').notNull(),
    importId: idText('import_id').notNull(),
    created: createdColumn(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.key] })],
);
