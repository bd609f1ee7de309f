import { asc, count, eq, isNull, lte, min } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { accounts, churnTrainings } from '../../db/schema/index.ts';
import type { DueWorkSource } from '../../worker/index.ts';
import { trainAccountChurn } from './train-account.ts';

/** How long a claimed training may run before another worker may take it over (a crashed worker's lease). */
const LEASE_MS = 60 * 60 * 1000;

/**
 * Accounts without a training row get one due now, so a new account is scored on the next tick. Looked up with a
 * plain SELECT first: on PGlite any other statement wakes the worker, and an INSERT on every pass would keep it
 * from ever idling.
 */
async function scheduleNewAccounts(ctx: AppContext, now: Date): Promise<void> {
  const missing = await ctx.db
    .select({ id: accounts.id })
    .from(accounts)
    .leftJoin(churnTrainings, eq(churnTrainings.accountId, accounts.id))
    .where(isNull(churnTrainings.accountId));
  if (missing.length === 0) return;
  await ctx.db
    .insert(churnTrainings)
    .values(missing.map((a) => ({ accountId: a.id, dueAt: now })))
    .onConflictDoNothing();
}

/** Leases one due account by moving its due time past the lease; null when none is due. */
async function claimAccount(ctx: AppContext, now: Date): Promise<string | null> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ accountId: churnTrainings.accountId })
      .from(churnTrainings)
      .where(lte(churnTrainings.dueAt, now))
      .orderBy(asc(churnTrainings.dueAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!row) return null;
    await tx
      .update(churnTrainings)
      .set({ dueAt: new Date(now.getTime() + LEASE_MS) })
      .where(eq(churnTrainings.accountId, row.accountId));
    return row.accountId;
  });
}

/**
 * Churn-model training as its own due work: one account per tick (a training takes seconds), so renewals and
 * webhooks in the same worker wait at most one training. Live time only: accounts on test clocks are trained on
 * the system time.
 */
export function churnDueWork(): DueWorkSource {
  return {
    name: 'churn_training',
    nextDueOnClock: async () => null,
    runOnClock: async () => undefined,
    async runDue(ctx, now) {
      await scheduleNewAccounts(ctx, now);
      const accountId = await claimAccount(ctx, now);
      if (!accountId) return 0;
      await trainAccountChurn(ctx, accountId, now);
      return 1;
    },
    async backlog(ctx, now) {
      const [row] = await ctx.db
        .select({ count: count(), oldest: min(churnTrainings.dueAt) })
        .from(churnTrainings)
        .where(lte(churnTrainings.dueAt, now));
      return { count: Number(row?.count ?? 0), oldest: row?.oldest ?? null };
    },
  };
}
