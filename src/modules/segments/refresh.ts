/**
 * Keeping segment membership current: a refresh evaluates the rule, stores who entered and who left, and writes
 * `segment.entered` / `segment.exited` to the outbox in the same transaction, so webhooks and notices can react.
 * The worker refreshes every segment hourly (in the clock's time) and at once after it is saved.
 */
import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { segmentMembers, segments } from '../../db/schema/index.ts';
import { type EventType, recordEvents } from '../../events/index.ts';
import { fromDate } from '../../kernel/clock.ts';
import type { DueWorkSource } from '../../worker/index.ts';
import type { Rule } from './core/rules.ts';
import { selectMembers } from './evaluate.ts';

export const REFRESH_EVERY_MS = 3_600_000;

type SegmentRow = typeof segments.$inferSelect;

/** Re-evaluates one segment at `now`; returns how many customers entered and left. */
export async function refreshSegment(ctx: AppContext, actor: Actor, segment: SegmentRow, now: Date) {
  const accountId = segment.accountId;
  const current = new Set(await selectMembers(ctx, accountId, segment.rule as Rule, now));
  const stored = await ctx.db
    .select({ customerId: segmentMembers.customerId })
    .from(segmentMembers)
    .where(and(eq(segmentMembers.accountId, accountId), eq(segmentMembers.segmentId, segment.id)));
  const before = new Set(stored.map((s) => s.customerId));
  const entered = [...current].filter((c) => !before.has(c));
  const exited = [...before].filter((c) => !current.has(c)).sort();
  if (entered.length > 0)
    await ctx.db
      .insert(segmentMembers)
      .values(entered.map((customerId) => ({ accountId, segmentId: segment.id, customerId, entered: now })));
  if (exited.length > 0)
    await ctx.db
      .delete(segmentMembers)
      .where(
        and(
          eq(segmentMembers.accountId, accountId),
          eq(segmentMembers.segmentId, segment.id),
          sql`${segmentMembers.customerId} = any(${sql.param(exited)})`,
        ),
      );
  const event = (type: EventType, customer: string) => ({
    type,
    object: { id: segment.id, object: 'segment_membership', segment: segment.id, name: segment.name, customer },
    at: fromDate(now),
  });
  await recordEvents(ctx.db, actor, [
    ...entered.map((c) => event('segment.entered', c)),
    ...exited.map((c) => event('segment.exited', c)),
  ]);
  await ctx.db
    .update(segments)
    .set({ refreshedAt: now, refreshAt: new Date(now.getTime() + REFRESH_EVERY_MS) })
    .where(and(eq(segments.accountId, accountId), eq(segments.id, segment.id)));
  return { entered: entered.length, exited: exited.length };
}

/** New engagement or billing facts: the account's segments are refreshed by the worker's next pass. */
export async function markSegmentsStale(ctx: AppContext, accountId: string, now: Date) {
  await ctx.db
    .update(segments)
    .set({ refreshAt: now })
    .where(and(eq(segments.accountId, accountId), gt(segments.refreshAt, now)));
}

/** Segments due for a refresh, each in its own transaction (claimed with SKIP LOCKED where workers compete). */
export function segmentDueWork(): DueWorkSource {
  return {
    name: 'segment_refresh',
    nextDueOnClock: async () => null,
    runOnClock: async () => undefined,
    async runDue(ctx, now, limit) {
      let ran = 0;
      for (let i = 0; i < limit; i++) {
        const done = await ctx.db.transaction(async (tx) => {
          const [due] = await tx
            .select()
            .from(segments)
            .where(lte(segments.refreshAt, now))
            .orderBy(asc(segments.refreshAt))
            .limit(1)
            .for('update', { skipLocked: true });
          if (!due) return false;
          await refreshSegment({ ...ctx, db: tx }, { accountId: due.accountId }, due, now);
          return true;
        });
        if (!done) break;
        ran++;
      }
      return ran;
    },
    async backlog(ctx, now) {
      const [row] = await ctx.db
        .select({ count: sql<number>`count(*)::int`, oldest: sql<Date | null>`min(${segments.refreshAt})` })
        .from(segments)
        .where(lte(segments.refreshAt, now));
      return { count: row?.count ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
    },
  };
}
