/**
 * The renewal run: every subscription of one account whose next action is due by `at` is stepped through the
 * lifecycle core until nothing more is due. The step is pure: every write it implies (item swaps, schedule phase
 * advances, new pending items, invoices, events) goes into the run output, and `writeRun` applies them in bulk
 * inside the caller's transaction (a test-clock step or a claimed batch), so it commits whole or not at all. The
 * upcoming-invoice preview runs the same step and drops its output.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../context.ts';
import { anyOf, type Db } from '../../db/index.ts';
import { invoiceItems, subscriptionItems, subscriptions } from '../../db/schema/index.ts';
import { type EventType, type NewEvent, recordEvents } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { newId } from '../../kernel/ids.ts';
import { customersToRefresh, refreshEntitlements } from '../../modules/entitlements/index.ts';
import type { InvoiceItemRow } from '../../modules/invoicing/index.ts';
import {
  INVOICE_TRANSITIONS,
  insertInvoiceLines,
  insertInvoiceRows,
  type NewInvoice,
} from '../../modules/invoicing/index.ts';
import { writeBalanceChanges } from '../../modules/payments/index.ts';
import type { SubscriptionItemRow, SubscriptionRow } from '../../modules/subscriptions/index.ts';
import { type LifecycleState, step, type Transition } from '../../modules/subscriptions/index.ts';
import { type BillingData, instantOf, loadBillingData } from './billing-data.ts';
import { invoiceCreatedEvent, invoiceStateEvents } from './invoice-events.ts';
import { advanceSchedule, type ScheduleRow, writeScheduleAdvances } from './schedule-phases.ts';
import { subscriptionEvent } from './subscription-events.ts';
import { finalizeDue, numberInvoices, subscriptionInvoice } from './subscription-invoice.ts';
import { applyState, stateOf } from './subscription-state.ts';
import { voidOpenInvoices } from './void-invoices.ts';

type Instant = Temporal.Instant;

export type RunOutput = {
  invoices: NewInvoice[];
  events: NewEvent[];
  changed: SubscriptionRow[];
  /** Subscriptions whose items are replaced, with the items after (a period-end change, a phase, an update). */
  itemSwaps: Map<string, SubscriptionItemRow[]>;
  /** New pending invoice items (prorations), written before the invoices that may consume them. */
  pendingItems: InvoiceItemRow[];
  scheduleAdvances: ScheduleRow[];
  /** Open invoices to void (the unpaid first invoice of an expired incomplete subscription). */
  voids: string[];
};

export function emptyRun(): RunOutput {
  return {
    invoices: [],
    events: [],
    changed: [],
    itemSwaps: new Map(),
    pendingItems: [],
    scheduleAdvances: [],
    voids: [],
  };
}

const TYPE_BY_TRANSITION: Record<Transition['kind'], EventType> = {
  collection_resumed: 'customer.subscription.updated',
  trial_will_end: 'customer.subscription.trial_will_end',
  ended: 'customer.subscription.deleted',
  incomplete_expired: 'customer.subscription.updated',
  trial_ended: 'customer.subscription.updated',
  renewed: 'customer.subscription.updated',
  resumed: 'customer.subscription.resumed',
};

/** A stored change for the period end (the usual downgrade) replaces the items before the renewal bills them. */
function applyPendingChange(data: BillingData, sub: SubscriptionRow, at: Instant, out: RunOutput): boolean {
  const change = sub.pendingChange;
  if (!change || change.at * 1000 > at.epochMilliseconds) return false;
  const rows = change.items.map((i) => ({
    accountId: sub.accountId,
    id: newId('si'),
    subscriptionId: sub.id,
    priceId: i.price,
    quantity: i.quantity,
    taxRates: null,
    metadata: i.metadata ?? {},
    created: toDate(at),
  }));
  swapItems(data, out, sub.id, rows);
  sub.pendingChange = null;
  const schedule = sub.scheduleId ? data.schedules.get(sub.scheduleId) : undefined;
  if (schedule) {
    const next = advanceSchedule(sub, schedule, data.settings.timeZone);
    if (next.status === 'active') data.schedules.set(next.id, next);
    else data.schedules.delete(next.id);
    out.scheduleAdvances.push(next);
  }
  return true;
}

/** Replaces a subscription's items in memory and in the run's writes. */
export function swapItems(data: BillingData, out: RunOutput, subscriptionId: string, rows: SubscriptionItemRow[]) {
  data.items.set(subscriptionId, rows);
  out.itemSwaps.set(subscriptionId, rows);
}

/** The lifecycle state billing steps: a customer with a payment method always ends a trial into billing. */
function lifecycleOf(data: BillingData, sub: SubscriptionRow) {
  const state = stateOf(sub);
  // The configured trial-end behaviour is for customers without a payment method (Stripe's missing_payment_method).
  return data.withPaymentMethod.has(sub.customerId) ? { ...state, trialEndBehavior: 'create_invoice' as const } : state;
}

/** Steps one subscription through everything due by `at`, adding its writes, invoices and events to `out`. */
export function stepSubscription(data: BillingData, sub: SubscriptionRow, at: Instant, out: RunOutput): void {
  const tz = data.settings.timeZone;
  for (let r = step(lifecycleOf(data, sub), at, tz); r; r = step(lifecycleOf(data, sub), at, tz)) {
    applyTransition(data, sub, r, out);
  }
  out.changed.push(sub);
}

/** One transition of the lifecycle core applied to `sub` in memory: its invoice, its event, its other writes. */
export function applyTransition(
  data: BillingData,
  sub: SubscriptionRow,
  r: { state: LifecycleState; transition: Transition },
  out: RunOutput,
): void {
  const before = { ...sub };
  const beforeItems = data.items.get(sub.id);
  const previousPeriodStart = instantOf(sub.currentPeriodStart);
  const t = r.transition;
  applyState(sub, r.state);
  if (t.kind === 'renewed' && applyPendingChange(data, sub, t.at, out)) {
    // A schedule may have planned its next phase or its end (cancel_at) from the new period.
    applyState(sub, stateOf(sub));
  }
  if (t.kind === 'incomplete_expired' && sub.latestInvoice) out.voids.push(sub.latestInvoice);
  const billed = 'billed' in t ? t.billed : null;
  if (billed) {
    const invoice = subscriptionInvoice(data, sub, billed, {
      reason: 'subscription_cycle',
      at: t.at,
      previousPeriodStart: t.kind === 'renewed' ? previousPeriodStart : null,
    });
    // Only usage makes a final invoice: a plan cancelled at period end bills nothing more.
    if (invoice && !(t.kind === 'ended' && invoice.lines.every((l) => l.amount === 0))) {
      applyPauseCollection(sub, invoice);
      sub.latestInvoice = invoice.row.id;
      out.invoices.push(invoice);
    }
  }
  const type =
    t.kind === 'trial_ended' && sub.status === 'paused' ? 'customer.subscription.paused' : TYPE_BY_TRANSITION[t.kind];
  out.events.push(subscriptionEvent(data, type, sub, before, t.at, beforeItems));
}

/** pause_collection: renewals still happen, but their invoices are voided, kept as drafts or written off. */
function applyPauseCollection(sub: SubscriptionRow, invoice: NewInvoice): void {
  const behavior = sub.pauseCollection?.behavior;
  if (!behavior) return;
  invoice.row.autoAdvance = false;
  invoice.row.finalizeAt = null;
  if (behavior === 'void') {
    invoice.row.status = INVOICE_TRANSITIONS.set_aside_void.to;
    invoice.row.voidedAt = invoice.row.created;
  }
  if (behavior === 'mark_uncollectible') {
    invoice.row.status = INVOICE_TRANSITIONS.set_aside_uncollectible.to;
    invoice.row.markedUncollectibleAt = invoice.row.created;
  }
}

/**
 * Writes what a run produced: subscriptions, balances, events and lines first; then invoice numbers, and only the
 * rows that carry them (invoices, their finalized/paid events), so the account's sequence lock is held briefly.
 * Several workers renewing one large account wait on that lock, not on the whole write (bench/billing-run.ts).
 */
export async function writeRun(db: Db, actor: Actor, data: BillingData, out: RunOutput, at: Instant): Promise<void> {
  await updateSubscriptions(db, data.accountId, out.changed);
  await writeItemSwaps(db, data.accountId, out.itemSwaps);
  await writeScheduleAdvances(db, data.accountId, out.scheduleAdvances);
  if (out.pendingItems.length) await db.insert(invoiceItems).values(out.pendingItems);
  const { finalized, changes } = finalizeDue(data, out.invoices, at);
  await writeBalanceChanges(db, data.accountId, changes, toDate(at));
  for (const [customer, balance] of data.balances) data.loadedBalances.set(customer, balance);
  await recordEvents(db, actor, [...out.events, ...out.invoices.map(invoiceCreatedEvent)]);
  await refreshEntitlements(db, actor, customersToRefresh(out.events), at);
  await insertInvoiceLines(db, data.accountId, out.invoices);
  await numberInvoices(db, data, finalized);
  await recordEvents(db, actor, out.invoices.flatMap(invoiceStateEvents));
  await insertInvoiceRows(db, out.invoices);
  await voidOpenInvoices(db, actor, out.voids, at);
}

/** Steps the given subscriptions (all of one account) to `at` and writes the result. */
export async function advanceSubscriptions(db: Db, accountId: string, subs: SubscriptionRow[], at: Instant) {
  if (subs.length === 0) return 0;
  const data = await loadBillingData(db, accountId, subs);
  const out = emptyRun();
  for (const sub of subs) stepSubscription(data, sub, at, out);
  await writeRun(db, { accountId }, data, out, at);
  return subs.length;
}

async function writeItemSwaps(db: Db, accountId: string, swaps: Map<string, SubscriptionItemRow[]>) {
  if (swaps.size === 0) return;
  await db
    .delete(subscriptionItems)
    .where(and(eq(subscriptionItems.accountId, accountId), anyOf(subscriptionItems.subscriptionId, [...swaps.keys()])));
  const rows = [...swaps.values()].flat();
  if (rows.length) await db.insert(subscriptionItems).values(rows);
}

const toIso = (d: Date | null) => (d ? d.toISOString() : null);

/** One UPDATE for the whole batch (a row per subscription would be one round trip each); every mutable column. */
export async function updateSubscriptions(db: Db, accountId: string, rows: SubscriptionRow[]): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map((r) => ({
    id: r.id,
    status: r.status,
    anchor: toIso(r.billingCycleAnchor),
    ps: toIso(r.currentPeriodStart),
    pe: toIso(r.currentPeriodEnd),
    twe: toIso(r.trialWillEndAt),
    cancel_at: toIso(r.cancelAt),
    canceled_at: toIso(r.canceledAt),
    ended_at: toIso(r.endedAt),
    resume_at: toIso(r.resumeAt),
    pause: r.pauseCollection,
    pending: r.pendingChange,
    latest: r.latestInvoice,
    next: toIso(r.nextActionAt),
    cape: r.cancelAtPeriodEnd,
    details: r.cancellationDetails,
    meta: r.metadata,
    dtr: r.defaultTaxRates,
    trial_end: toIso(r.trialEnd),
    blocked: toIso(r.accessBlockedAt),
    pds: toIso(r.pastDueSince),
    schedule: r.scheduleId,
  }));
  await db.execute(sql`
    update ${subscriptions} as s set
      status = v.status, billing_cycle_anchor = v.anchor, current_period_start = v.ps, current_period_end = v.pe,
      trial_will_end_at = v.twe, cancel_at = v.cancel_at, canceled_at = v.canceled_at, ended_at = v.ended_at,
      resume_at = v.resume_at, pause_collection = v.pause, pending_change = v.pending, latest_invoice = v.latest,
      next_action_at = v.next, cancel_at_period_end = v.cape, cancellation_details = v.details, metadata = v.meta,
      default_tax_rates = array(select jsonb_array_elements_text(v.dtr)), trial_end = v.trial_end,
      access_blocked_at = v.blocked, past_due_since = v.pds, schedule_id = v.schedule
    from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(
      id text, status text, anchor timestamptz, ps timestamptz, pe timestamptz, twe timestamptz,
      cancel_at timestamptz, canceled_at timestamptz, ended_at timestamptz, resume_at timestamptz,
      pause jsonb, pending jsonb, latest text, next timestamptz, cape boolean, details jsonb, meta jsonb, dtr jsonb,
      trial_end timestamptz, blocked timestamptz, pds timestamptz, schedule text)
    where s.account_id = ${accountId} and s.id = v.id collate "C"`);
}
