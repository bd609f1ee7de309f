import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { testClocks } from '../../db/schema/index.ts';
import { transact } from '../../db/tx.ts';
import { recordEvent } from '../../events/index.ts';
import { fromDate } from '../../kernel/clock.ts';
import type { DueWorkSource } from '../../worker/due-work.ts';
import { presentTestClock, type TestClockRow } from './present.ts';

export type StepResult = 'idle' | 'stepped' | 'ready';

async function earliestDue(ctx: AppContext, clock: TestClockRow, sources: DueWorkSource[]): Promise<Date | null> {
  let next: Date | null = null;
  for (const source of sources) {
    const due = await source.nextDueOnClock(ctx, clock.accountId, clock.id, clock.advanceTo!);
    if (due && (!next || due < next)) next = due;
  }
  return next;
}

async function finish(ctx: AppContext, clock: TestClockRow): Promise<void> {
  const [row] = await ctx.db
    .update(testClocks)
    .set({ frozenTime: clock.advanceTo!, status: 'ready', advanceTo: null, stepLeaseUntil: null })
    .where(and(eq(testClocks.accountId, clock.accountId), eq(testClocks.id, clock.id)))
    .returning();
  await recordEvent(
    ctx.db,
    { accountId: clock.accountId },
    {
      type: 'test_helpers.test_clock.ready',
      object: presentTestClock(row!),
      at: fromDate(row!.frozenTime),
      testClock: clock.id,
    },
  );
}

// Long enough for any step's charges to be recorded; only a worker that died mid-step ever waits this out.
const STEP_LEASE = sql`now() + interval '5 minutes'`;

/**
 * One step of one advancing clock, in one transaction: move its time to the earliest due work and run all work
 * due then; with nothing left before the target, land on the target and report ready. Crash-safe: a step
 * either commits whole or not at all, and the next worker resumes from the stored frozen time.
 * The step's charges run after its commit; until they are recorded the clock is leased to this worker, so a
 * second worker cannot take the next step and see the step's invoices still unpaid (issue #14, two workers).
 */
export async function stepAdvancingClock(ctx: AppContext, sources: DueWorkSource[]): Promise<StepResult> {
  let claimed: TestClockRow | undefined;
  try {
    const { result } = await transact(ctx, async (tx) => {
      const db = tx.db;
      const rows = await db
        .select()
        .from(testClocks)
        .where(
          and(
            eq(testClocks.status, 'advancing'),
            or(isNull(testClocks.stepLeaseUntil), lt(testClocks.stepLeaseUntil, sql`now()`)),
          ),
        )
        .limit(1)
        .for('update', { skipLocked: true });
      claimed = rows[0];
      if (!claimed) return 'idle';
      const next = await earliestDue(tx, claimed, sources);
      if (!next) {
        await finish(tx, claimed);
        return 'ready';
      }
      // Work already overdue runs at the clock's current time: a clock never moves backwards.
      const at = new Date(Math.max(next.getTime(), claimed.frozenTime.getTime()));
      await db
        .update(testClocks)
        .set({ frozenTime: at, stepLeaseUntil: STEP_LEASE })
        .where(and(eq(testClocks.accountId, claimed.accountId), eq(testClocks.id, claimed.id)));
      for (const source of sources) await source.runOnClock(tx, claimed.accountId, claimed.id, at);
      return 'stepped' as const;
    });
    // The step's charges ran after its commit (transact), before the clock's next step: in order, in clock time.
    if (result === 'stepped') await releaseLease(ctx, claimed!);
    return result;
  } catch (error) {
    if (claimed) await releaseLease(ctx, claimed).catch(() => undefined);
    // A deadlock or serialization failure with another worker rolled the step back whole: the next tick retries
    // it. Anything else would fail again, so the clock stops.
    if (claimed && !transient(error)) await markFailed(ctx, claimed, error);
    throw error;
  }
}

async function releaseLease(ctx: AppContext, clock: TestClockRow): Promise<void> {
  await ctx.db
    .update(testClocks)
    .set({ stepLeaseUntil: null })
    .where(and(eq(testClocks.accountId, clock.accountId), eq(testClocks.id, clock.id)));
}

/** PostgreSQL's deadlock_detected and serialization_failure: the transaction was rolled back and may be rerun. */
function transient(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } } | undefined)?.cause?.code;
  return code === '40P01' || code === '40001';
}

/** The error and its cause (a driver error wrapped by the query builder says why, e.g. a deadlock). */
function failureText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

/** A failing step must not be retried forever: the clock stops in `internal_failure`, with the reason shown. */
async function markFailed(ctx: AppContext, clock: TestClockRow, error: unknown): Promise<void> {
  await ctx.db
    .update(testClocks)
    .set({ status: 'internal_failure', failure: failureText(error) })
    .where(and(eq(testClocks.accountId, clock.accountId), eq(testClocks.id, clock.id)));
}

export async function advancingClockCount(ctx: AppContext): Promise<number> {
  const rows = await ctx.db.select({ id: testClocks.id }).from(testClocks).where(eq(testClocks.status, 'advancing'));
  return rows.length;
}
