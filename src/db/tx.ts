/**
 * One transaction, then what it deferred. A use case that must reach the outside world (a gateway charge) records its
 * intent in the transaction and pushes the call to `ctx.afterCommit`; the call runs here once the commit succeeded,
 * outside any transaction, and records its outcome in a transaction of its own. A rollback drops the intent with
 * everything else, so nothing is ever called for a change that did not happen.
 */
import type { AfterCommit, AppContext } from '../context.ts';

export type Transacted<T> = { result: T; deferred: number };

/** Runs `work` in a transaction (or in the caller's, when already inside one), then its deferred work. */
export async function transact<T>(ctx: AppContext, work: (tx: AppContext) => Promise<T>): Promise<Transacted<T>> {
  if (ctx.afterCommit) return { result: await work(ctx), deferred: 0 };
  const deferred: AfterCommit[] = [];
  const result = await ctx.db.transaction((db) => work({ ...ctx, db, afterCommit: deferred }));
  await runDeferred(ctx, deferred);
  return { result, deferred: deferred.length };
}

/**
 * Deferred work is best effort by design: the committed change stands whatever happens to it, and what it left
 * undone (a pending charge) is resumed by due work. So a failure is reported, not thrown at the caller.
 */
export async function runDeferred(ctx: AppContext, deferred: AfterCommit[]): Promise<void> {
  for (const task of deferred) {
    try {
      await task(ctx);
    } catch (error) {
      process.emitWarning(`deferred work failed, due work resumes it: ${(error as Error).message}`);
    }
  }
}
