/** What collection does to the subscription behind an invoice: past_due, recovery, blocked access, final action. */
import { and, eq } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../context.ts';
import type { Db } from '../../db/index.ts';
import { subscriptions } from '../../db/schema/index.ts';
import { type EventType, recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { customersToRefresh, refreshEntitlements } from '../../modules/entitlements/index.ts';
import type { StageAction } from '../../modules/payments/index.ts';
import type { SubscriptionRow } from '../../modules/subscriptions/index.ts';
import { advanceSubscriptions, updateSubscriptions } from '../billing/advance-subscriptions.ts';
import { loadBillingData } from '../billing/billing-data.ts';
import { subscriptionEvent } from '../billing/subscription-events.ts';
import { applyState, stateOf } from '../billing/subscription-state.ts';

async function load(db: Db, accountId: string, id: string | null): Promise<SubscriptionRow | null> {
  if (!id) return null;
  const [row] = await db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.accountId, accountId), eq(subscriptions.id, id)))
    .for('update');
  return row ?? null;
}

async function save(
  db: Db,
  actor: Actor,
  sub: SubscriptionRow,
  before: SubscriptionRow,
  type: EventType,
  at: Temporal.Instant,
) {
  applyState(sub, stateOf(sub));
  await updateSubscriptions(db, actor.accountId, [sub]);
  const data = await loadBillingData(db, actor.accountId, [sub]);
  const event = subscriptionEvent(data, type, sub, before, at);
  await recordEvent(db, actor, event);
  await refreshEntitlements(db, actor, customersToRefresh([event]), at);
}

/** A failed attempt makes an active subscription past_due. */
export async function markPastDue(db: Db, actor: Actor, subscriptionId: string | null, at: Temporal.Instant) {
  const sub = await load(db, actor.accountId, subscriptionId);
  if (sub?.status !== 'active') return;
  const before = { ...sub };
  sub.status = 'past_due';
  sub.pastDueSince = toDate(at);
  await save(db, actor, sub, before, 'customer.subscription.updated', at);
}

/** A paid invoice returns a past_due or unpaid subscription to active and gives access back. */
export async function recover(db: Db, actor: Actor, subscriptionId: string | null, at: Temporal.Instant) {
  const sub = await load(db, actor.accountId, subscriptionId);
  const recovers = sub && (sub.status === 'past_due' || sub.status === 'unpaid' || sub.status === 'incomplete');
  if (!sub || (!recovers && !sub.accessBlockedAt)) return;
  const before = { ...sub };
  // An incomplete subscription's first invoice paid: it starts (Stripe's incomplete → active).
  if (recovers) sub.status = 'active';
  sub.accessBlockedAt = null;
  await save(db, actor, sub, before, 'customer.subscription.updated', at);
}

/**
 * A first payment that is processing (PIX, boleto, SEPA…) starts an incomplete subscription, as Stripe does for
 * delayed-notification methods; a later failure makes it past_due like any other.
 */
export async function startOnProcessing(db: Db, actor: Actor, subscriptionId: string | null, at: Temporal.Instant) {
  const sub = await load(db, actor.accountId, subscriptionId);
  if (sub?.status !== 'incomplete') return;
  const before = { ...sub };
  sub.status = 'active';
  await save(db, actor, sub, before, 'customer.subscription.updated', at);
}

/** An overdue stage's effect on the subscription (the warning itself is an invoice event, written by the caller). */
export async function applyStage(
  db: Db,
  actor: Actor,
  subscriptionId: string | null,
  action: StageAction,
  at: Temporal.Instant,
) {
  const sub = await load(db, actor.accountId, subscriptionId);
  if (!sub || sub.status === 'canceled' || action === 'warn') return;
  const before = { ...sub };
  if (action === 'block_access') {
    sub.accessBlockedAt = toDate(at);
    return save(db, actor, sub, before, 'customer.subscription.updated', at);
  }
  if (action === 'unpaid') {
    sub.status = 'unpaid';
    return save(db, actor, sub, before, 'customer.subscription.updated', at);
  }
  if (action === 'pause') {
    sub.status = 'paused';
    sub.resumeAt = null;
    return save(db, actor, sub, before, 'customer.subscription.paused', at);
  }
  sub.cancelAt = toDate(at);
  sub.canceledAt = toDate(at);
  sub.cancellationDetails = { reason: 'payment_failed', comment: null, feedback: null };
  applyState(sub, stateOf(sub));
  await advanceSubscriptions(db, actor.accountId, [sub], at);
}
