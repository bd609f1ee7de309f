/** Changing a live subscription: items (with proration), cancellation, pause/resume, discounts, metadata. */

import { Temporal } from 'temporal-polyfill';
import type { Actor, AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { subscriptions } from '../../db/schema/index.ts';
import type { CancellationDetails, ItemSpec, PauseCollection } from '../../db/schema/subscriptions.ts';
import type { EventType } from '../../events/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { conflict, invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import type { SubscriptionItemRow, SubscriptionRow } from '../../modules/subscriptions/index.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import { collectNow } from '../collection/collect-invoices.ts';
import { emptyRun, type RunOutput, stepSubscription, swapItems, writeRun } from './advance-subscriptions.ts';
import { attachDiscount } from './attach-discount.ts';
import { type BillingData, loadBillingData, loadCustomerData, loadPrices } from './billing-data.ts';
import { type ItemState, prorationItems } from './proration-items.ts';
import { resolveItems } from './resolve-items.ts';
import { presentLoaded, subscriptionEvent } from './subscription-events.ts';
import { subscriptionInvoice } from './subscription-invoice.ts';
import { applyState, stateOf } from './subscription-state.ts';

export type ItemChange = {
  id?: string;
  price?: string;
  quantity?: number;
  deleted?: boolean;
  metadata?: Record<string, string>;
};
export type ProrationBehavior = 'create_prorations' | 'always_invoice' | 'none';

export type UpdateSubscriptionInput = {
  items?: ItemChange[];
  proration_behavior?: ProrationBehavior;
  proration_date?: number;
  change_at?: 'now' | 'period_end';
  cancel_at_period_end?: boolean;
  cancel_at?: number | null;
  cancellation_details?: Partial<CancellationDetails>;
  pause_collection?: PauseCollection | null;
  default_tax_rates?: string[];
  coupon?: string;
  promotion_code?: string;
  trial_end?: number | 'now';
  metadata?: Record<string, string | null>;
};

type Session = {
  ctx: AppContext;
  actor: Actor;
  sub: SubscriptionRow;
  before: SubscriptionRow;
  /** The item rows before the change, for the event's previous_attributes. */
  beforeItems: SubscriptionItemRow[];
  data: BillingData;
  at: Temporal.Instant;
  /** Every write the change implies, applied by `writeRun` (or dropped by the preview). */
  out: RunOutput;
};

async function open(ctx: AppContext, actor: Actor, id: string, lock = true): Promise<Session> {
  const sub = await findOne<SubscriptionRow>(ctx.db, subscriptions, actor.accountId, id, 'subscription', { lock });
  const at = await timeFor(ctx, actor.accountId, sub.testClock);
  const data = await loadBillingData(ctx.db, actor.accountId, [sub]);
  const beforeItems = data.items.get(sub.id) ?? [];
  return { ctx, actor, sub, before: { ...sub }, beforeItems, data, at, out: emptyRun() };
}

function assertLive(sub: SubscriptionRow): void {
  if (sub.status === 'canceled') throw conflict('subscription_canceled', `Subscription ${sub.id} has ended`);
}

/** Applies the requested item changes to the current items; returns the specs after the change. */
function nextItems(s: Session, changes: ItemChange[]): (ItemSpec & { id?: string })[] {
  const current = s.data.items.get(s.sub.id) ?? [];
  const result: (ItemSpec & { id?: string })[] = current.map((i) => ({
    id: i.id,
    price: i.priceId,
    quantity: i.quantity,
    metadata: i.metadata,
  }));
  changes.forEach((change, k) => {
    if (!change.id) {
      if (!change.price) throw invalid('parameter_missing', 'A new item needs a price', `items[${k}].price`);
      result.push({
        price: change.price,
        quantity: change.quantity ?? 1,
        ...(change.metadata && { metadata: change.metadata }),
      });
      return;
    }
    const index = result.findIndex((r) => r.id === change.id);
    if (index < 0) throw invalid('resource_missing', `No item ${change.id} on this subscription`, `items[${k}].id`);
    if (change.deleted) result.splice(index, 1);
    else
      result[index] = {
        ...result[index]!,
        ...(change.price && { price: change.price }),
        ...(change.quantity !== undefined && { quantity: change.quantity }),
      };
  });
  return result;
}

function replaceItems(s: Session, specs: (ItemSpec & { id?: string })[]): void {
  const accountId = s.sub.accountId;
  const rows = specs.map((spec) => ({
    accountId,
    id: spec.id ?? newId('si'),
    subscriptionId: s.sub.id,
    priceId: spec.price,
    quantity: spec.quantity,
    taxRates: null,
    metadata: spec.metadata ?? {},
    created: toDate(s.at),
  }));
  swapItems(s.data, s.out, s.sub.id, rows);
}

function addPendingItems(s: Session, rows: ReturnType<typeof prorationItems>): void {
  if (rows.length === 0) return;
  s.out.pendingItems.push(...rows);
  s.data.pendingItems.set(s.sub.customerId, [...(s.data.pendingItems.get(s.sub.customerId) ?? []), ...rows]);
}

async function changeItems(s: Session, input: UpdateSubscriptionInput): Promise<void> {
  const specs = nextItems(s, input.items!);
  await resolveItems(
    s.ctx,
    s.actor.accountId,
    specs.map(({ price, quantity }) => ({ price, quantity })),
  );
  await loadPrices(
    s.ctx.db,
    s.data,
    specs.map((i) => i.price),
  );
  if (input.change_at === 'period_end') {
    s.sub.pendingChange = {
      items: specs.map(({ price, quantity, metadata }) => ({ price, quantity, ...(metadata && { metadata }) })),
      at: toUnix(s.sub.currentPeriodEnd),
    };
    return;
  }
  const behavior = input.proration_behavior ?? 'create_prorations';
  const before: ItemState[] = (s.data.items.get(s.sub.id) ?? []).map((i) => ({
    price: i.priceId,
    quantity: i.quantity,
  }));
  replaceItems(s, specs);
  if (behavior === 'none' || s.sub.status === 'trialing') return;
  const changeAt = input.proration_date !== undefined ? instantFromUnix(input.proration_date) : s.at;
  addPendingItems(s, prorationItems(s.data, s.sub, before, specs, changeAt));
  if (behavior === 'always_invoice') invoiceNow(s, 'subscription_update');
}

/** An off-cycle invoice of whatever is pending (prorations), finalized at once. */
function invoiceNow(s: Session, reason: string): void {
  const invoice = subscriptionInvoice(
    s.data,
    s.sub,
    { cycleAt: null, licensed: null, metered: null },
    { reason, at: s.at, previousPeriodStart: null, finalizeNow: true },
  );
  if (!invoice) return;
  s.sub.latestInvoice = invoice.row.id;
  s.out.invoices.push(invoice);
}

function instantFromUnix(seconds: number): Temporal.Instant {
  return Temporal.Instant.fromEpochMilliseconds(seconds * 1000);
}

function applyCancellation(s: Session, input: UpdateSubscriptionInput): void {
  const sub = s.sub;
  if (input.cancellation_details) {
    sub.cancellationDetails = {
      reason: null,
      comment: null,
      feedback: null,
      ...sub.cancellationDetails,
      ...input.cancellation_details,
    };
  }
  if (input.cancel_at_period_end !== undefined) {
    sub.cancelAtPeriodEnd = input.cancel_at_period_end;
    sub.cancelAt = input.cancel_at_period_end ? sub.currentPeriodEnd : null;
    sub.canceledAt = input.cancel_at_period_end ? toDate(s.at) : null;
  }
  if (input.cancel_at !== undefined) {
    if (input.cancel_at !== null && input.cancel_at * 1000 < s.at.epochMilliseconds) {
      throw invalid('parameter_invalid', 'cancel_at must not be in the past', 'cancel_at');
    }
    sub.cancelAt = input.cancel_at === null ? null : new Date(input.cancel_at * 1000);
    sub.cancelAtPeriodEnd = sub.cancelAt?.getTime() === sub.currentPeriodEnd.getTime();
    sub.canceledAt = sub.cancelAt ? toDate(s.at) : null;
  }
}

/** Runs the lifecycle up to now (a change may make something due at once, e.g. trial_end 'now'), writes, returns. */
async function finish(s: Session, type: EventType) {
  applyState(s.sub, stateOf(s.sub));
  s.out.events.unshift(subscriptionEvent(s.data, type, s.sub, s.before, s.at, s.beforeItems));
  stepSubscription(s.data, s.sub, s.at, s.out);
  await writeRun(s.ctx.db, s.actor, s.data, s.out, s.at);
  await collectNow(s.ctx, s.actor, s.out.invoices, s.at);
  return presentLoaded(s.data, s.sub);
}

/**
 * An item change as the upcoming-invoice preview sees it: the same validation, proration and stepping as
 * `updateSubscription`, over data read without a lock, with nothing written and nothing charged.
 */
export async function planItemChange(ctx: AppContext, actor: Actor, id: string, input: UpdateSubscriptionInput) {
  const s = await open(ctx, actor, id, false);
  assertLive(s.sub);
  await changeItems(s, input);
  applyState(s.sub, stateOf(s.sub));
  stepSubscription(s.data, s.sub, s.at, s.out);
  return { sub: s.sub, data: s.data };
}

export async function updateSubscription(ctx: AppContext, actor: Actor, id: string, input: UpdateSubscriptionInput) {
  const s = await open(ctx, actor, id);
  if (input.metadata) s.sub.metadata = mergeMetadata(s.sub.metadata, input.metadata);
  const onlyMetadata = Object.keys(input).every((k) => k === 'metadata');
  if (!onlyMetadata) assertLive(s.sub);
  if (input.items) await changeItems(s, input);
  applyCancellation(s, input);
  if (input.pause_collection !== undefined) s.sub.pauseCollection = input.pause_collection;
  if (input.default_tax_rates) s.sub.defaultTaxRates = input.default_tax_rates;
  if (input.coupon || input.promotion_code) {
    const target = { customerId: s.sub.customerId, subscriptionId: s.sub.id, currency: s.sub.currency };
    await attachDiscount(ctx, actor.accountId, target, input, s.at, s.data.settings.timeZone);
    await loadCustomerData(ctx.db, s.data, [s.sub.customerId]);
  }
  if (input.trial_end !== undefined) endTrialAt(s, input.trial_end);
  return finish(s, 'customer.subscription.updated');
}

function endTrialAt(s: Session, trialEnd: number | 'now'): void {
  if (s.sub.status !== 'trialing')
    throw invalid('parameter_invalid', 'Only a trialing subscription has a trial to change', 'trial_end');
  const end = trialEnd === 'now' ? toDate(s.at) : new Date(trialEnd * 1000);
  if (end.getTime() < s.at.epochMilliseconds)
    throw invalid('parameter_invalid', 'trial_end must not be in the past', 'trial_end');
  s.sub.trialEnd = end;
  s.sub.currentPeriodEnd = end;
  s.sub.billingCycleAnchor = end;
}

export type CancelInput = {
  invoice_now?: boolean;
  prorate?: boolean;
  cancellation_details?: Partial<CancellationDetails>;
};

/** Cancels now: optionally credits the unused time and invoices what is pending (usage, prorations) at once. */
export async function cancelSubscription(ctx: AppContext, actor: Actor, id: string, input: CancelInput) {
  const s = await open(ctx, actor, id);
  assertLive(s.sub);
  applyCancellation(s, { cancellation_details: input.cancellation_details ?? {} });
  if (input.prorate && s.sub.status !== 'trialing') {
    const current = (s.data.items.get(s.sub.id) ?? []).map((i) => ({ price: i.priceId, quantity: i.quantity }));
    addPendingItems(s, prorationItems(s.data, s.sub, current, [], s.at));
  }
  s.sub.cancelAt = toDate(s.at);
  s.sub.canceledAt = toDate(s.at);
  applyState(s.sub, stateOf(s.sub));
  stepSubscription(s.data, s.sub, s.at, s.out);
  if (input.invoice_now) {
    // The final invoice (usage, prorations) is finalized now rather than after the auto-advance delay.
    invoiceNow(s, 'subscription_cancel');
    for (const inv of s.out.invoices) inv.row.finalizeAt = toDate(s.at);
  }
  await writeRun(ctx.db, actor, s.data, s.out, s.at);
  await collectNow(ctx, actor, s.out.invoices, s.at);
  return presentLoaded(s.data, s.sub);
}

/** Pauses the service: the unused time is credited (Kill Bill's rule), nothing bills until resumed. */
export async function pauseSubscription(ctx: AppContext, actor: Actor, id: string, input: { resumes_at?: number }) {
  const s = await open(ctx, actor, id);
  if (s.sub.status !== 'active' && s.sub.status !== 'past_due') {
    throw conflict('subscription_not_active', `Only an active subscription can be paused; this one is ${s.sub.status}`);
  }
  if (input.resumes_at !== undefined && input.resumes_at * 1000 <= s.at.epochMilliseconds) {
    throw invalid('parameter_invalid', 'resumes_at must be in the future', 'resumes_at');
  }
  const current = (s.data.items.get(s.sub.id) ?? []).map((i) => ({ price: i.priceId, quantity: i.quantity }));
  addPendingItems(s, prorationItems(s.data, s.sub, current, [], s.at));
  s.sub.status = 'paused';
  s.sub.currentPeriodEnd = toDate(s.at);
  s.sub.resumeAt = input.resumes_at !== undefined ? new Date(input.resumes_at * 1000) : null;
  return finish(s, 'customer.subscription.paused');
}

/** Resumes now with a new period from today, billed at once (with the pause's credit). */
export async function resumeSubscription(ctx: AppContext, actor: Actor, id: string) {
  const s = await open(ctx, actor, id);
  if (s.sub.status !== 'paused') throw conflict('subscription_not_paused', `Subscription ${id} is not paused`);
  s.sub.resumeAt = toDate(s.at);
  applyState(s.sub, stateOf(s.sub));
  stepSubscription(s.data, s.sub, s.at, s.out);
  for (const inv of s.out.invoices) inv.row.finalizeAt = toDate(s.at);
  await writeRun(ctx.db, actor, s.data, s.out, s.at);
  await collectNow(ctx, actor, s.out.invoices, s.at);
  return presentLoaded(s.data, s.sub);
}
