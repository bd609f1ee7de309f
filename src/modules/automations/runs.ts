/**
 * Automation runs: one row per customer passing through an automation (the unique once-key makes "once per
 * customer" hold however often the trigger repeats), found when due — live ones by the worker's clock, those of
 * test-clock customers only by their clock's time.
 */
import { and, asc, eq, inArray, isNull, lte, min, type SQL, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/index.ts';
import { keysetPage, type ListParams } from '../../db/paginate.ts';
import { type AutomationRunStatus, automationRuns, automations } from '../../db/schema/index.ts';
import { newId } from '../../kernel/ids.ts';
import type { AutomationRow, AutomationRunRow } from './present.ts';
import { presentAutomationRun } from './present.ts';

/** The active automations of these accounts, for the consumer to match a batch of events against. */
export async function activeAutomations(db: Db, accountIds: string[]): Promise<AutomationRow[]> {
  if (accountIds.length === 0) return [];
  return db
    .select()
    .from(automations)
    .where(and(inArray(automations.accountId, accountIds), eq(automations.active, true)));
}

export type NewRun = {
  automation: AutomationRow;
  customerId: string;
  testClock: string | null;
  triggeredBy: { event: string; type: string; subscription: string | null };
  dueAt: Date;
  created: Date;
};

/** Schedules the run unless this customer already passed (or waits) for it; returns it, or null. */
export async function scheduleRun(db: Db, run: NewRun): Promise<AutomationRunRow | null> {
  const [row] = await db
    .insert(automationRuns)
    .values({
      accountId: run.automation.accountId,
      id: newId('arun'),
      automationId: run.automation.id,
      customerId: run.customerId,
      testClock: run.testClock,
      onceKey: run.automation.repeat ? run.triggeredBy.event : '',
      triggeredBy: run.triggeredBy,
      status: 'scheduled',
      dueAt: run.dueAt,
      created: run.created,
    })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

const scheduled = eq(automationRuns.status, 'scheduled');

/** Runs of one test clock due by `upTo`, oldest first, locked for the clock's step. */
export function dueRunsOnClock(db: Db, accountId: string, clock: string, upTo: Date, limit = 500) {
  return db
    .select()
    .from(automationRuns)
    .where(
      and(
        scheduled,
        eq(automationRuns.accountId, accountId),
        eq(automationRuns.testClock, clock),
        lte(automationRuns.dueAt, upTo),
      ),
    )
    .orderBy(asc(automationRuns.dueAt), asc(automationRuns.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function nextRunOnClock(db: Db, accountId: string, clock: string, upTo: Date): Promise<Date | null> {
  const [row] = await db
    .select({ at: min(automationRuns.dueAt) })
    .from(automationRuns)
    .where(
      and(
        scheduled,
        eq(automationRuns.accountId, accountId),
        eq(automationRuns.testClock, clock),
        lte(automationRuns.dueAt, upTo),
      ),
    );
  return row?.at ?? null;
}

/**
 * Runs due now: live ones by `now`, test-clock ones whose clock (at rest) has reached them — a run scheduled from
 * an event read after its clock stopped is due in that clock's time without another advance.
 */
function dueNow(now: Date): SQL {
  return and(
    scheduled,
    sql`case when ${automationRuns.testClock} is null then ${automationRuns.dueAt} <= ${now}
      else exists (select 1 from test_clocks c where c.account_id = ${automationRuns.accountId}
        and c.id = ${automationRuns.testClock} and c.status = 'ready' and c.frozen_time >= ${automationRuns.dueAt}) end`,
  ) as SQL;
}

/** Claims one due run (SKIP LOCKED: workers never run the same one), in the caller's transaction. */
export async function claimDueRun(db: Db, now: Date): Promise<AutomationRunRow | null> {
  const [row] = await db
    .select()
    .from(automationRuns)
    .where(dueNow(now))
    .orderBy(asc(automationRuns.dueAt))
    .limit(1)
    .for('update', { skipLocked: true });
  return row ?? null;
}

export async function dueRunBacklog(db: Db, now: Date) {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, oldest: min(automationRuns.dueAt) })
    .from(automationRuns)
    .where(and(dueNow(now), isNull(automationRuns.testClock)));
  return { count: row?.count ?? 0, oldest: row?.oldest ?? null };
}

export type RunOutcome = Record<string, string | number | null>;

/** Records how the run ended (or that its webhook call is next: `calling`). */
export async function finishRun(
  db: Db,
  run: AutomationRunRow,
  status: AutomationRunStatus,
  outcome: RunOutcome,
  at: Date,
): Promise<void> {
  await db
    .update(automationRuns)
    .set({ status, outcome, completedAt: status === 'calling' ? null : at })
    .where(and(eq(automationRuns.accountId, run.accountId), eq(automationRuns.id, run.id)));
}

/**
 * Leases one run whose webhook is to be called: its due time moves `leaseMs` ahead, so a worker that dies during
 * the call leaves it to be called again after the lease (at-least-once), while others skip it meanwhile.
 */
export async function leaseCallingRun(db: Db, now: Date, leaseMs: number): Promise<AutomationRunRow | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(automationRuns)
      .where(and(eq(automationRuns.status, 'calling'), lte(automationRuns.dueAt, now)))
      .orderBy(asc(automationRuns.dueAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!row) return null;
    await tx
      .update(automationRuns)
      .set({ dueAt: new Date(now.getTime() + leaseMs) })
      .where(and(eq(automationRuns.accountId, row.accountId), eq(automationRuns.id, row.id)));
    return row;
  });
}

/** An automation's runs, newest first. */
export function listAutomationRuns(
  ctx: AppContext,
  accountId: string,
  automationId: string,
  params: ListParams & { customer?: string; status?: AutomationRunStatus },
) {
  const where = and(
    eq(automationRuns.automationId, automationId),
    params.customer === undefined ? undefined : eq(automationRuns.customerId, params.customer),
    params.status === undefined ? undefined : eq(automationRuns.status, params.status),
  );
  const keyset = {
    columns: [automationRuns.automationId, automationRuns.id],
    order: 'desc' as const,
    cursor: (id: string) => [automationId, id],
  };
  return keysetPage(ctx.db, automationRuns, accountId, keyset, params, where, presentAutomationRun);
}
