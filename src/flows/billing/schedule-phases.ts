/**
 * A schedule's phases as renewals apply them: planning the next phase on the subscription and storing advances.
 * Kept apart from the schedule use cases (schedules.ts), which create subscriptions, so the renewal run
 * (advance-subscriptions.ts) depends on these without depending back on subscription creation.
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { subscriptionSchedules } from '../../db/schema/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { periodBoundary, periodContaining, type SubscriptionRow } from '../../modules/subscriptions/index.ts';
import { instantOf } from './billing-data.ts';

export type ScheduleRow = typeof subscriptionSchedules.$inferSelect;

/** Plans what happens when the current phase ends: the next phase's items, or the end behaviour. */
export function planNextPhase(sub: SubscriptionRow, schedule: ScheduleRow, timeZone: string): void {
  const phase = schedule.phases[schedule.currentPhase];
  if (!phase || phase.iterations === null) return;
  const anchor = instantOf(sub.billingCycleAnchor);
  const start = periodContaining(anchor, sub.interval, sub.intervalCount, instantOf(sub.currentPeriodStart), timeZone);
  const end = periodBoundary(anchor, sub.interval, sub.intervalCount, start.index + phase.iterations, timeZone);
  const next = schedule.phases[schedule.currentPhase + 1];
  if (next) sub.pendingChange = { items: next.items, at: toUnix(end) };
  else if (schedule.endBehavior === 'cancel') {
    sub.cancelAt = toDate(end);
    sub.cancelAtPeriodEnd = true;
  }
}

/**
 * Called (in memory) by the renewal that applied a phase's items: the schedule after it moves on, with the phase
 * after planned on `sub`. The caller's writer stores the returned row (writeScheduleAdvances).
 */
export function advanceSchedule(sub: SubscriptionRow, schedule: ScheduleRow, timeZone: string): ScheduleRow {
  const next = { ...schedule, currentPhase: schedule.currentPhase + 1 };
  const last = next.currentPhase === next.phases.length - 1;
  next.status = last && next.endBehavior === 'release' ? 'released' : 'active';
  planNextPhase(sub, next, timeZone);
  return next;
}

/** Stores schedule advances; a schedule released meanwhile (it was read without a lock) keeps its release. */
export async function writeScheduleAdvances(db: Db, accountId: string, rows: ScheduleRow[]): Promise<void> {
  for (const row of rows) {
    await db
      .update(subscriptionSchedules)
      .set({ currentPhase: row.currentPhase, status: row.status })
      .where(
        and(
          eq(subscriptionSchedules.accountId, accountId),
          eq(subscriptionSchedules.id, row.id),
          eq(subscriptionSchedules.status, 'active'),
        ),
      );
  }
}
