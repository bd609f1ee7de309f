import { and, eq } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor, AppContext } from '../../context.ts';
import type { ListParams } from '../../db/paginate.ts';
import { listPage } from '../../db/paginate.ts';
import { customers, testClocks } from '../../db/schema/index.ts';
import { type EventType, recordEvent } from '../../events/index.ts';
import { fromDate, fromUnix, toDate } from '../../kernel/clock.ts';
import { conflict, invalid, notFound } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { presentTestClock, type TestClockRow } from './present.ts';

// Stripe deletes test clocks 30 days after creation; kept as a visible date, cleanup is not automatic yet.
const LIFETIME_DAYS = 30;

export async function findTestClock(
  ctx: AppContext,
  accountId: string,
  id: string,
  lock = false,
): Promise<TestClockRow> {
  const query = ctx.db
    .select()
    .from(testClocks)
    .where(and(eq(testClocks.accountId, accountId), eq(testClocks.id, id)));
  const rows = lock ? await query.for('update') : await query;
  if (!rows[0]) throw notFound('test clock', id);
  return rows[0];
}

/** Business time for objects on a test clock (its frozen time), else the real clock's time. */
export async function timeFor(ctx: AppContext, accountId: string, testClockId: string | null | undefined) {
  if (!testClockId) return ctx.clock.now();
  return fromDate((await findTestClock(ctx, accountId, testClockId)).frozenTime);
}

function emit(ctx: AppContext, actor: Actor, type: EventType, row: TestClockRow, at: Temporal.Instant) {
  return recordEvent(ctx.db, actor, { type, object: presentTestClock(row), at, testClock: row.id });
}

export async function createTestClock(
  ctx: AppContext,
  actor: Actor,
  input: { frozen_time: number; name?: string | undefined },
) {
  const frozen = fromUnix(input.frozen_time);
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(testClocks)
    .values({
      accountId: actor.accountId,
      id: newId('clock'),
      name: input.name ?? null,
      frozenTime: toDate(frozen),
      created: toDate(now),
      deletesAfter: toDate(now.add({ hours: 24 * LIFETIME_DAYS })),
    })
    .returning();
  await emit(ctx, actor, 'test_helpers.test_clock.created', row!, frozen);
  return presentTestClock(row!);
}

/**
 * Starts moving the clock forward; the worker then runs every piece of due work up to the target in time order
 * and only then reports `ready`. Stripe's rule: clocks only move forward, and not while already advancing.
 */
export async function advanceTestClock(ctx: AppContext, actor: Actor, id: string, input: { frozen_time: number }) {
  const clock = await findTestClock(ctx, actor.accountId, id, true);
  const target = fromUnix(input.frozen_time);
  if (clock.status === 'advancing') throw conflict('test_clock_advancing', 'The test clock is already advancing');
  if (target.epochMilliseconds <= clock.frozenTime.getTime()) {
    throw invalid(
      'test_clock_advance_backwards',
      'A test clock can only move forward: frozen_time must be later than its current frozen_time',
      'frozen_time',
    );
  }
  const [row] = await ctx.db
    .update(testClocks)
    .set({ status: 'advancing', advanceTo: toDate(target), failure: null })
    .where(and(eq(testClocks.accountId, actor.accountId), eq(testClocks.id, id)))
    .returning();
  await emit(ctx, actor, 'test_helpers.test_clock.advancing', row!, fromDate(clock.frozenTime));
  return presentTestClock(row!);
}

export async function getTestClock(ctx: AppContext, accountId: string, id: string) {
  return presentTestClock(await findTestClock(ctx, accountId, id));
}

export async function listTestClocks(ctx: AppContext, accountId: string, params: ListParams) {
  return listPage(ctx.db, testClocks, accountId, params, undefined, presentTestClock);
}

/** Deleting a clock deletes the customers that live in its time, as Stripe does. */
export async function deleteTestClock(ctx: AppContext, actor: Actor, id: string) {
  const clock = await findTestClock(ctx, actor.accountId, id, true);
  await ctx.db
    .update(customers)
    .set({ deleted: true })
    .where(and(eq(customers.accountId, actor.accountId), eq(customers.testClock, id)));
  await ctx.db.delete(testClocks).where(and(eq(testClocks.accountId, actor.accountId), eq(testClocks.id, id)));
  await emit(ctx, actor, 'test_helpers.test_clock.deleted', clock, fromDate(clock.frozenTime));
  return { id, object: 'test_helpers.test_clock' as const, deleted: true as const };
}
