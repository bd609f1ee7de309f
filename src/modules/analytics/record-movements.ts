import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/index.ts';
import { accounts, coupons, discounts, events, mrrMovements } from '../../db/schema/index.ts';
import { consumeOutbox, type OutboxConsumer } from '../../events/index.ts';
import { toUnix } from '../../kernel/clock.ts';
import type { Cause, DueEdge } from './cause.ts';
import {
  classifyMovement,
  customerMrr,
  type MrrDiscount,
  type MrrItem,
  type MrrOptions,
  type MrrShares,
  mrrShares,
  pastDueSince,
  recognizedStatus,
  type SubscriptionState,
  shareMovements,
} from './core/index.ts';
import { discountEndSql } from './discount-edges.ts';
import { type AnalyticsOptions, analyticsOptions } from './options.ts';
import { writeMovement } from './write-movement.ts';

const SUBSCRIPTION_EVENT = 'customer.subscription.';

type EventRow = { id: string; created: Date; data: { object: unknown } };

/** What caused a recomputation: a subscription event, or a discount starting or ending. */
type SubscriptionObject = {
  id: string;
  customer: string;
  currency: string;
  status: SubscriptionState['status'];
  cancel_at_period_end?: boolean;
  cancel_at?: number | null;
  ended_at?: number | null;
  current_period_end?: number | null;
  trial_end?: number | null;
  items: {
    data: {
      quantity: number;
      price: {
        id?: string;
        product?: string | { id: string };
        unit_amount: number | null;
        recurring: { interval: MrrItem['interval']; interval_count: number; usage_type?: string } | null;
      };
    }[];
  };
};

function toItems(sub: SubscriptionObject): MrrItem[] {
  return sub.items.data
    .filter((it) => it.price.recurring && it.price.unit_amount != null)
    .map((it) => ({
      unit_amount: it.price.unit_amount ?? 0,
      quantity: it.quantity,
      interval: it.price.recurring!.interval,
      interval_count: it.price.recurring!.interval_count,
      usage_type: it.price.recurring!.usage_type === 'metered' ? 'metered' : 'licensed',
      ...(it.price.id ? { price: it.price.id } : {}),
      ...(it.price.product
        ? { product: typeof it.price.product === 'string' ? it.price.product : it.price.product.id }
        : {}),
    }));
}

/** Discounts applying at `at` to the customer or one subscription, as the MRR core wants them. */
async function activeDiscounts(ctx: AppContext, accountId: string, customerId: string, at: Date) {
  const rows = await ctx.db
    .select({
      subscriptionId: discounts.subscriptionId,
      start: discounts.start,
      end: discountEndSql().mapWith(discounts.end),
      coupon: coupons,
    })
    .from(discounts)
    .innerJoin(coupons, and(eq(coupons.accountId, discounts.accountId), eq(coupons.id, discounts.couponId)))
    .where(and(eq(discounts.accountId, accountId), eq(discounts.customerId, customerId), eq(discounts.deleted, false)));
  return rows
    .filter((r) => r.start <= at && (r.end === null || r.end > at))
    .map((r) => ({
      subscriptionId: r.subscriptionId,
      discount: {
        duration: r.coupon.duration,
        ...(r.coupon.percentOff != null ? { percent_off: Number(r.coupon.percentOff) } : {}),
        ...(r.coupon.amountOff != null ? { amount_off: r.coupon.amountOff } : {}),
      } as MrrDiscount,
    }));
}

/** The customer's MRR (and its shares per price and product) right after `cause`: each subscription's latest snapshot. */
async function mrrAfter(ctx: AppContext, accountId: string, cause: Cause, opts: AnalyticsOptions, prev: MrrShares) {
  const customerId = cause.customerId;
  const rows = await ctx.db
    .select({ data: events.data, created: events.created })
    .from(events)
    .where(
      and(
        eq(events.accountId, accountId),
        // Spelled as the partial index events_subscription_customer is, so the planner uses it.
        sql`${events.type} like 'customer.subscription.%'`,
        sql`(${events.data}->'object'->>'customer') = ${customerId}`,
        cause.upToEvent ? lte(events.id, cause.upToEvent) : lte(events.created, cause.at),
      ),
    )
    .orderBy(asc(events.id));
  const latest = new Map<string, SubscriptionObject>();
  // Each subscription's status before its cancellation (churn_recognition period_end, core/churn-recognition.ts).
  const beforeCancel = new Map<string, SubscriptionState['status']>();
  for (const row of rows) {
    const sub = row.data.object as SubscriptionObject;
    const previous = latest.get(sub.id);
    if (sub.status === 'canceled' && previous && previous.status !== 'canceled')
      beforeCancel.set(sub.id, previous.status);
    latest.set(sub.id, sub);
  }
  // Past-due auto-churn (past-due-churn.ts) needs when each subscription's past_due run began.
  const since = pastDueSince(rows.map((r) => ({ ...(r.data.object as SubscriptionObject), at: toUnix(r.created) })));
  const found = await activeDiscounts(ctx, accountId, customerId, cause.at);
  const states: SubscriptionState[] = [...latest.values()].map((sub) => {
    return {
      status: recognizedStatus(
        { ...sub, status_before_cancel: beforeCancel.get(sub.id) },
        toUnix(cause.at),
        opts.churnRecognition,
      ),
      past_due_since: since.get(sub.id) ?? toUnix(cause.at),
      at: toUnix(cause.at),
      items: toItems(sub),
      discounts: found.filter((d) => d.subscriptionId === null || d.subscriptionId === sub.id).map((d) => d.discount),
    };
  });
  const mrrOptions: MrrOptions = {
    discountPolicy: opts.discountPolicy,
    pastDueChurnAfterDays: opts.pastDueChurnAfterDays,
  };
  const currency = [...latest.values()].at(-1)?.currency ?? 'usd';
  return { mrr: customerMrr(states, mrrOptions).mrr, currency, shares: mrrShares(states, mrrOptions, prev) };
}

/** Records the movement one cause produced, if any (idempotent per cause key). */
export async function recordCause(ctx: AppContext, accountId: string, cause: Cause, opts: AnalyticsOptions) {
  // Movements of a customer are ordered by (date, cause key): the previous one holds the MRR before this cause.
  const [prev] = await ctx.db
    .select({ mrrAfter: mrrMovements.mrrAfter, shares: mrrMovements.shares })
    .from(mrrMovements)
    .where(
      and(
        eq(mrrMovements.accountId, accountId),
        eq(mrrMovements.customerId, cause.customerId),
        sql`(${mrrMovements.date}, ${mrrMovements.eventId}) < (${cause.at.toISOString()}::timestamptz, ${cause.key} collate "C")`,
      ),
    )
    .orderBy(desc(mrrMovements.date), desc(mrrMovements.eventId))
    .limit(1);
  const before = prev?.mrrAfter ?? 0;
  const prevShares = prev?.shares ?? { price: {}, product: {} };
  const { mrr, currency, shares } = await mrrAfter(ctx, accountId, cause, opts, prevShares);
  // Any earlier movement means the customer paid before (the first one is always `new`).
  const type = classifyMovement(before, mrr, prev !== undefined);
  // A plan swap at the same total moves no customer MRR; its share movements wait for the customer's next movement.
  if (!type) return 0;
  const written = await writeMovement(ctx.db, {
    accountId,
    eventId: cause.key,
    customerId: cause.customerId,
    date: cause.at,
    type,
    amount: mrr - before,
    currency,
    mrrAfter: mrr,
    shares,
    shareMovements: shareMovements(prevShares, shares),
  });
  return written ? 1 : 0;
}

function eventCause(event: EventRow): Cause {
  const customerId = (event.data.object as SubscriptionObject).customer;
  return { key: event.id, at: event.created, customerId, upToEvent: event.id };
}

/** A discount start or end that fell due (see discount-edges.ts). */

/** Subscription events, read in commit order from the outbox (events/consume.ts). */
export const MRR_CONSUMER: OutboxConsumer = { name: 'mrr_movements', types: [`${SUBSCRIPTION_EVENT}*`] };

/** Records the causes of each account in time order: events and edges merged by (time, key), as movements chain. */
async function recordCauses(ctx: AppContext, causes: readonly (Cause & { accountId: string })[]) {
  const accountIds = [...new Set(causes.map((c) => c.accountId))];
  if (accountIds.length === 0) return;
  const settings = await ctx.db
    .select({ id: accounts.id, settings: accounts.settings })
    .from(accounts)
    .where(inArray(accounts.id, accountIds));
  const options = new Map(settings.map((a) => [a.id, analyticsOptions(a.settings)]));
  const ordered = [...causes].sort(
    (a, b) => a.at.getTime() - b.at.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  for (const cause of ordered) await recordCause(ctx, cause.accountId, cause, options.get(cause.accountId)!);
}

/**
 * Records MRR movements for the next subscription events of the outbox and the discount edges that fell due, in one
 * transaction with the consumer's position; returns how many events and edges it handled.
 */
export async function recordMovements(ctx: AppContext, limit: number, edges: readonly DueEdge[]): Promise<number> {
  const edgeCauses = edges.map((edge) => ({ ...edge.cause, accountId: edge.accountId }));
  const markEdges = async (db: Db) => {
    for (const edge of edges) await edge.markDone(db);
  };
  let edgesDone = false;
  const read = await consumeOutbox(ctx.db, MRR_CONSUMER, limit, async (tx, batch) => {
    const events = batch.map((event) => ({ ...eventCause(event), accountId: event.accountId }));
    await recordCauses({ ...ctx, db: tx }, [...events, ...edgeCauses]);
    await markEdges(tx);
    edgesDone = true;
  });
  if (!edgesDone && edges.length > 0) {
    await ctx.db.transaction(async (tx) => {
      await recordCauses({ ...ctx, db: tx }, edgeCauses);
      await markEdges(tx);
    });
  }
  return read + edges.length;
}

export type { Cause, DueEdge } from './cause.ts';
