/**
 * Running an import: the worker claims a running import whose `due_at` has come, moves `due_at` a lease ahead,
 * creates its next chunk of rows and records the progress. A chunk is one transaction (one commit per 100 rows, not
 * per row) and each row a savepoint in it: the customer (made by the same use cases as the API), its import key and
 * the row's outcome are kept or dropped together, so a crash loses at most the chunk in flight, which the next claim
 * redoes, and the key's uniqueness means no customer is ever created twice for one key in an account.
 */
import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Actor, AfterCommit, AppContext } from '../../context.ts';
import { customerImportKeys, customerImportRows, customerImports } from '../../db/schema/index.ts';
import { transact } from '../../db/tx.ts';
import { recordEvent } from '../../events/index.ts';
import { fromDate, toDate } from '../../kernel/clock.ts';
import { conflict } from '../../kernel/errors.ts';
import { createCustomer, listCustomers } from '../../modules/customers/index.ts';
import type { DueWorkSource } from '../../worker/index.ts';
import { createSubscription } from '../billing/index.ts';
import type { ImportedCustomer, ImportedSubscription, RowProblem } from './core/validate-rows.ts';
import { assertMaySubscribe } from './create-import.ts';
import {
  findImport,
  getCustomerImport,
  type ImportRow,
  PROBLEMS_SHOWN,
  presentImport,
  problemsAfter,
} from './read-imports.ts';

/** Rows per claim: progress is written after each chunk. */
export const CHUNK_ROWS = 100;
/** A claimed import whose worker died is taken up again after this. */
export const LEASE_MS = 60_000;

type StoredRow = typeof customerImportRows.$inferSelect;
type RowInput = { customer: ImportedCustomer; subscription: ImportedSubscription | null };

/** POST /v1/customer_imports/:id/run: a checked (dry run) import is created after all. */
export async function runCustomerImport(ctx: AppContext, actor: Actor, id: string, maySubscribe = true) {
  const row = await findImport(ctx, actor.accountId, id, true);
  if (row.status !== 'ready') throw conflict('import_not_ready', `The import is ${row.status}, not ready`, 'id');
  assertMaySubscribe(row.mapping, maySubscribe);
  const now = toDate(ctx.clock.now());
  await ctx.db
    .update(customerImports)
    .set({ status: 'running', dueAt: now, startedAt: now })
    .where(and(eq(customerImports.accountId, row.accountId), eq(customerImports.id, row.id)));
  return getCustomerImport(ctx, actor.accountId, id);
}

/** The customer a key already stands for: imported before, or (keyed by e-mail) a customer with that e-mail. */
async function existingCustomer(ctx: AppContext, imp: ImportRow, key: string, input: RowInput) {
  const [known] = await ctx.db
    .select({ customerId: customerImportKeys.customerId })
    .from(customerImportKeys)
    .where(and(eq(customerImportKeys.accountId, imp.accountId), eq(customerImportKeys.key, key)));
  if (known) return { id: known.customerId, keyed: true };
  if (imp.dedupeOn !== 'email' || !input.customer.email) return null;
  const same = await listCustomers(ctx, imp.accountId, { email: input.customer.email, limit: 1 });
  return same.data[0] ? { id: same.data[0].id, keyed: false } : null;
}

async function importRow(ctx: AppContext, imp: ImportRow, stored: StoredRow, now: Date) {
  const actor: Actor = { accountId: imp.accountId, requestId: `import_${imp.id}` };
  const input = stored.input as RowInput;
  const key = stored.key!;
  const where = and(
    eq(customerImportRows.accountId, imp.accountId),
    eq(customerImportRows.importId, imp.id),
    eq(customerImportRows.row, stored.row),
  );
  const keep = (tx: AppContext, customerId: string) =>
    tx.db
      .insert(customerImportKeys)
      .values({ accountId: imp.accountId, key, customerId, importId: imp.id, created: now });
  try {
    // A savepoint inside the chunk's transaction: a row that fails leaves no trace but its outcome, not even the
    // work it deferred to after the commit (a first invoice's charge), which joins the chunk's only on success.
    const deferred: AfterCommit[] = [];
    await ctx.db.transaction(async (db) => {
      const tx = { ...ctx, db, afterCommit: deferred };
      const existing = await existingCustomer(tx, imp, key, input);
      if (existing) {
        if (!existing.keyed) await keep(tx, existing.id);
        await tx.db.update(customerImportRows).set({ outcome: 'existing', customerId: existing.id }).where(where);
        return;
      }
      const customer = await createCustomer(tx, actor, input.customer);
      await keep(tx, customer.id);
      if (input.subscription) {
        const { price, quantity, ...dates } = input.subscription;
        await createSubscription(tx, actor, {
          customer: customer.id,
          items: [{ price, ...(quantity !== undefined && { quantity }) }],
          ...dates,
          // A renewal date means the subscriber has paid up to it: the first period is not charged.
          ...(dates.billing_cycle_anchor !== undefined && { proration_behavior: 'none' as const }),
          metadata: { customer_import: imp.id },
        });
      }
      await tx.db.update(customerImportRows).set({ outcome: 'created', customerId: customer.id }).where(where);
    });
    ctx.afterCommit?.push(...deferred);
  } catch (error) {
    // Another run created this key meanwhile (the key's primary key refused a second one): it exists now.
    const existing = await existingCustomer(ctx, imp, key, input);
    const message = (error as Error).message;
    const problem: RowProblem = { row: stored.row, column: null, field: null, code: 'not_created', message };
    await ctx.db
      .update(customerImportRows)
      .set(
        existing
          ? { outcome: 'existing', customerId: existing.id }
          : { outcome: 'failed', problems: [...(stored.problems as RowProblem[]), problem] },
      )
      .where(where);
  }
}

/** Claims one running import that is due (SKIP LOCKED), moving its due time a lease ahead. */
async function claimImport(ctx: AppContext, now: Date): Promise<ImportRow | null> {
  return ctx.db.transaction(async (tx) => {
    const [due] = await tx
      .select()
      .from(customerImports)
      .where(and(eq(customerImports.status, 'running'), lte(customerImports.dueAt, now)))
      .orderBy(asc(customerImports.dueAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!due) return null;
    await tx
      .update(customerImports)
      .set({ dueAt: new Date(now.getTime() + LEASE_MS) })
      .where(and(eq(customerImports.accountId, due.accountId), eq(customerImports.id, due.id)));
    return due;
  });
}

/** Counts recomputed from the rows' outcomes (so a resumed run counts each row once); done when none is left. */
async function recordProgress(ctx: AppContext, imp: ImportRow, now: Date) {
  const counts = await ctx.db
    .select({ outcome: customerImportRows.outcome, n: sql<number>`count(*)::int` })
    .from(customerImportRows)
    .where(and(eq(customerImportRows.accountId, imp.accountId), eq(customerImportRows.importId, imp.id)))
    .groupBy(customerImportRows.outcome);
  const of = (outcome: string) => counts.find((c) => c.outcome === outcome)?.n ?? 0;
  const done = of('created') + of('existing') + of('failed') >= imp.validCount;
  const [row] = await ctx.db
    .update(customerImports)
    .set({
      createdCount: of('created'),
      existingCount: of('existing'),
      failedCount: of('failed'),
      ...(done ? { status: 'succeeded' as const, dueAt: null, finishedAt: now } : { dueAt: now }),
    })
    .where(and(eq(customerImports.accountId, imp.accountId), eq(customerImports.id, imp.id)))
    .returning();
  if (!done) return;
  const object = presentImport(row!, await problemsAfter(ctx, row!, 0, PROBLEMS_SHOWN));
  await recordEvent(
    ctx.db,
    { accountId: imp.accountId },
    { type: 'customer_import.succeeded', object, at: fromDate(now) },
  );
}

/**
 * Creates up to `limit` of the import's pending rows, in row order, in one transaction with the progress; what the
 * rows deferred (a first invoice's charge) runs after its commit. Returns how many rows it took.
 */
export async function runImportChunk(ctx: AppContext, imp: ImportRow, now: Date, limit = CHUNK_ROWS) {
  const { result } = await transact(ctx, async (tx) => {
    const pending = await pendingRows(tx, imp, limit);
    for (const stored of pending) await importRow(tx, imp, stored, now);
    await recordProgress(tx, imp, now);
    return pending.length;
  });
  return result;
}

function pendingRows(ctx: AppContext, imp: ImportRow, limit: number) {
  return ctx.db
    .select()
    .from(customerImportRows)
    .where(
      and(
        eq(customerImportRows.accountId, imp.accountId),
        eq(customerImportRows.importId, imp.id),
        isNull(customerImportRows.outcome),
        sql`${customerImportRows.input} is not null`,
      ),
    )
    .orderBy(asc(customerImportRows.row))
    .limit(limit);
}

/** Running imports, a chunk per claim, until `limit` rows ran or none is due. */
export function customerImportDueWork(): DueWorkSource {
  return {
    name: 'customer_import',
    nextDueOnClock: async () => null,
    runOnClock: async () => undefined,
    async runDue(ctx, now, limit) {
      let ran = 0;
      while (ran < limit) {
        const imp = await claimImport(ctx, now);
        if (!imp) break;
        ran += Math.max(1, await runImportChunk(ctx, imp, now, Math.min(CHUNK_ROWS, limit - ran)));
      }
      return ran;
    },
    async backlog(ctx, now) {
      const [row] = await ctx.db
        .select({ count: sql<number>`count(*)::int`, oldest: sql<Date | null>`min(${customerImports.dueAt})` })
        .from(customerImports)
        .where(and(eq(customerImports.status, 'running'), lte(customerImports.dueAt, now)));
      return { count: row?.count ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
    },
  };
}
