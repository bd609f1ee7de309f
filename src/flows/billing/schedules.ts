/**
 * Subscription schedules: future-dated phases (e.g. 3 months at a promo price, then the list price). Each phase's
 * end is a period boundary on the subscription's grid; the next phase is stored as the subscription's pending
 * change, so the renewal that crosses the boundary bills the new items, and then plans the phase after it.
 */
import { and, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { subscriptionSchedules, subscriptions } from '../../db/schema/index.ts';
import type { SchedulePhase } from '../../db/schema/subscriptions.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { conflict, invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { SubscriptionRow } from '../../modules/subscriptions/index.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import { accountSettings } from './billing-data.ts';
import { createSubscription } from './create-subscription.ts';
import { resolveItems } from './resolve-items.ts';
import { planNextPhase, type ScheduleRow } from './schedule-phases.ts';
import { applyState, stateOf } from './subscription-state.ts';

export type ScheduleInput = {
  customer: string;
  phases: { items: { price: string; quantity?: number }[]; iterations?: number }[];
  end_behavior?: 'release' | 'cancel';
  metadata?: Record<string, string>;
};

function present(row: ScheduleRow) {
  return {
    id: row.id,
    object: 'subscription_schedule' as const,
    created: toUnix(row.created),
    customer: row.customerId,
    subscription: row.subscriptionId,
    status: row.status,
    end_behavior: row.endBehavior,
    current_phase: row.currentPhase,
    phases: row.phases.map((p) => ({ items: p.items, iterations: p.iterations })),
    metadata: row.metadata,
  };
}

async function validatePhases(ctx: AppContext, accountId: string, input: ScheduleInput): Promise<SchedulePhase[]> {
  if (input.phases.length === 0) throw invalid('parameter_missing', 'A schedule needs at least one phase', 'phases');
  const phases: SchedulePhase[] = [];
  for (const [i, phase] of input.phases.entries()) {
    const isLast = i === input.phases.length - 1;
    if (!isLast && phase.iterations === undefined) {
      throw invalid('parameter_missing', 'Every phase but the last needs iterations', `phases[${i}].iterations`);
    }
    const prices = await resolveItems(ctx, accountId, phase.items, `phases[${i}].items`);
    phases.push({
      items: phase.items.map((item, k) => ({
        price: item.price,
        quantity: prices[k]!.usageType === 'metered' ? 0 : (item.quantity ?? 1),
      })),
      iterations: phase.iterations ?? null,
    });
  }
  return phases;
}

export async function createSubscriptionSchedule(ctx: AppContext, actor: Actor, input: ScheduleInput) {
  const phases = await validatePhases(ctx, actor.accountId, input);
  const created = await createSubscription(ctx, actor, { customer: input.customer, items: input.phases[0]!.items });
  const sub = await findOne<SubscriptionRow>(ctx.db, subscriptions, actor.accountId, created.id, 'subscription', {
    lock: true,
  });
  const at = await timeFor(ctx, actor.accountId, sub.testClock);
  const schedule: ScheduleRow = {
    accountId: actor.accountId,
    id: newId('sub_sched'),
    customerId: sub.customerId,
    subscriptionId: sub.id,
    status: phases.length === 1 && (input.end_behavior ?? 'release') === 'release' ? 'released' : 'active',
    endBehavior: input.end_behavior ?? 'release',
    phases,
    currentPhase: 0,
    metadata: input.metadata ?? {},
    created: toDate(at),
  };
  await ctx.db.insert(subscriptionSchedules).values(schedule);
  planNextPhase(sub, schedule, (await accountSettings(ctx.db, actor.accountId)).timeZone);
  applyState(sub, stateOf(sub));
  await ctx.db
    .update(subscriptions)
    .set({
      scheduleId: schedule.id,
      pendingChange: sub.pendingChange,
      cancelAt: sub.cancelAt,
      cancelAtPeriodEnd: sub.cancelAtPeriodEnd,
      nextActionAt: sub.nextActionAt,
    })
    .where(and(eq(subscriptions.accountId, actor.accountId), eq(subscriptions.id, sub.id)));
  const object = present(schedule);
  await recordEvent(ctx.db, actor, { type: 'subscription_schedule.created', object, at, testClock: sub.testClock });
  return object;
}

export async function getSubscriptionSchedule(ctx: AppContext, accountId: string, id: string) {
  return present(await findOne<ScheduleRow>(ctx.db, subscriptionSchedules, accountId, id, 'subscription schedule'));
}

export async function listSubscriptionSchedules(ctx: AppContext, accountId: string, params: ListParams) {
  return listPage(ctx.db, subscriptionSchedules, accountId, params, undefined, present);
}

/** Detaches the schedule: the subscription keeps its current items and bills on without further phases. */
export async function releaseSubscriptionSchedule(ctx: AppContext, actor: Actor, id: string) {
  const row = await findOne<ScheduleRow>(ctx.db, subscriptionSchedules, actor.accountId, id, 'subscription schedule', {
    lock: true,
  });
  if (row.status !== 'active') throw conflict('schedule_not_active', `Schedule ${id} is ${row.status}`);
  await ctx.db
    .update(subscriptionSchedules)
    .set({ status: 'released' })
    .where(and(eq(subscriptionSchedules.accountId, actor.accountId), eq(subscriptionSchedules.id, id)));
  if (row.subscriptionId) {
    await ctx.db
      .update(subscriptions)
      .set({ scheduleId: null, pendingChange: null })
      .where(and(eq(subscriptions.accountId, actor.accountId), eq(subscriptions.id, row.subscriptionId)));
  }
  const object = present({ ...row, status: 'released' });
  const at = await timeFor(ctx, actor.accountId, null);
  await recordEvent(ctx.db, actor, { type: 'subscription_schedule.released', object, at });
  return object;
}
