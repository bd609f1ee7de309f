/** Billing's due work for the worker: subscription lifecycles (renewals, trial ends, cancellations) and auto-advance. */
import { and, asc, count, eq, isNotNull, isNull, lte, min, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { AppContext } from '../../context.ts';
import { invoices, subscriptions } from '../../db/schema/index.ts';
import { transact } from '../../db/tx.ts';
import { fromDate } from '../../kernel/clock.ts';
import type { InvoiceRow } from '../../modules/invoicing/index.ts';
import type { SubscriptionRow } from '../../modules/subscriptions/index.ts';
import type { DueWorkSource } from '../../worker/index.ts';
import { advanceSubscriptions } from './advance-subscriptions.ts';
import { groupBy } from './billing-data.ts';
import { finalizeInvoices } from './finalize-invoices.ts';

type DueTable = PgTable & { accountId: PgColumn; testClock: PgColumn; id: PgColumn };

/**
 * A source over a table with a due-time column: test-clock work runs inside the clock's step transaction; live
 * work is claimed in batches with FOR UPDATE SKIP LOCKED, so concurrent workers never take the same rows.
 */
export function dueSource<Row extends { accountId: string }>(
  name: string,
  table: DueTable,
  dueAt: PgColumn,
  run: (ctx: AppContext, accountId: string, rows: Row[], at: Date) => Promise<unknown>,
): DueWorkSource {
  const onClock = (accountId: string, clock: string, upTo: Date): SQL =>
    and(eq(table.accountId, accountId), eq(table.testClock, clock), lte(dueAt, upTo)) as SQL;
  const live = (now: Date): SQL => and(isNull(table.testClock), isNotNull(dueAt), lte(dueAt, now)) as SQL;
  return {
    name,
    async nextDueOnClock(ctx, accountId, clock, upTo) {
      const [row] = await ctx.db
        .select({ at: min(dueAt) })
        .from(table as PgTable)
        .where(onClock(accountId, clock, upTo));
      return (row?.at as Date | null) ?? null;
    },
    async runOnClock(ctx, accountId, clock, at) {
      const rows = (await ctx.db
        .select()
        .from(table as PgTable)
        .where(onClock(accountId, clock, at))
        .orderBy(asc(dueAt), asc(table.id))) as Row[];
      if (rows.length) await run(ctx, accountId, rows, at);
    },
    async runDue(ctx: AppContext, now: Date, limit: number) {
      const { result } = await transact(ctx, async (tx) => {
        const rows = (await tx.db
          .select()
          .from(table as PgTable)
          .where(live(now))
          .orderBy(asc(dueAt))
          .limit(limit)
          .for('update', { skipLocked: true })) as Row[];
        for (const [accountId, list] of groupBy(rows, (r) => r.accountId)) await run(tx, accountId, list, now);
        return rows.length;
      });
      return result;
    },
    async backlog(ctx, now) {
      const [row] = await ctx.db
        .select({ count: count(), oldest: min(dueAt) })
        .from(table as PgTable)
        .where(live(now));
      return { count: Number(row?.count ?? 0), oldest: (row?.oldest as Date | null) ?? null };
    },
  };
}

export function billingDueSources(): DueWorkSource[] {
  return [
    dueSource<SubscriptionRow>('subscriptions', subscriptions, subscriptions.nextActionAt, (ctx, accountId, rows, at) =>
      advanceSubscriptions(ctx.db, accountId, rows, fromDate(at)),
    ),
    dueSource<InvoiceRow>('invoice_auto_advance', invoices, invoices.finalizeAt, (ctx, accountId, rows, at) =>
      finalizeInvoices(ctx.db, { accountId }, rows, fromDate(at)),
    ),
  ];
}
