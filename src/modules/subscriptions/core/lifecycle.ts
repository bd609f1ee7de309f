/**
 * What happens to a subscription as time passes, as a pure step function: given its state and a time, the next
 * transition due by then and the state after it. Invoices, events and writes are the caller's business.
 */
import { Temporal } from 'temporal-polyfill';
import { type BillingInterval, billingCycleAnchorFirstPeriod, periodBoundary, periodContaining } from './periods.ts';

type Instant = Temporal.Instant;
export type Status =
  | 'trialing'
  | 'active'
  | 'past_due'
  | 'paused'
  | 'canceled'
  | 'incomplete'
  | 'incomplete_expired'
  | 'unpaid';
export type TrialEndBehavior = 'create_invoice' | 'cancel' | 'pause';

export interface LifecycleState {
  status: Status;
  anchor: Instant;
  interval: BillingInterval;
  intervalCount: number;
  currentPeriodStart: Instant;
  currentPeriodEnd: Instant;
  trialEnd: Instant | null;
  trialWillEndAt: Instant | null;
  trialEndBehavior: TrialEndBehavior;
  cancelAt: Instant | null;
  canceledAt: Instant | null;
  endedAt: Instant | null;
  /** Paused service ends (status `paused`); null = paused until resumed by hand. */
  resumeAt: Instant | null;
  /** pause_collection.resumes_at: collection resumes (the subscription itself stays active). */
  collectionResumesAt: Instant | null;
}

/** A billing period an invoice covers: licensed items in advance, metered items in arrears. */
export interface Billed {
  /** The boundary this invoice belongs to (unique per subscription); null for off-cycle invoices such as a resume. */
  cycleAt: Instant | null;
  licensed: { start: Instant; end: Instant } | null;
  metered: { start: Instant; end: Instant } | null;
}

export type Transition =
  | { kind: 'collection_resumed'; at: Instant }
  | { kind: 'trial_will_end'; at: Instant }
  | { kind: 'ended'; at: Instant; billed: Billed | null }
  | { kind: 'incomplete_expired'; at: Instant }
  | { kind: 'trial_ended'; at: Instant; billed: Billed | null }
  | { kind: 'renewed'; at: Instant; billed: Billed }
  | { kind: 'resumed'; at: Instant; billed: Billed };

/** An `incomplete` subscription whose first invoice is still unpaid this long after its start expires (Stripe). */
export const INCOMPLETE_EXPIRES_MS = 23 * 3_600_000;

/** `trial_will_end` goes out this long before the trial ends (Stripe: 3 days). */
export const TRIAL_WILL_END_NOTICE_MS = 3 * 86_400_000;

const BILLING: ReadonlySet<Status> = new Set(['active', 'past_due', 'unpaid']);

const earliest = (...xs: (Instant | null | undefined)[]): Instant | null =>
  xs.reduce<Instant | null>((min, x) => (x && (!min || Temporal.Instant.compare(x, min) < 0) ? x : min), null);

const notAfter = (a: Instant, b: Instant) => Temporal.Instant.compare(a, b) <= 0;

/** When the worker must next look at this subscription (null: nothing will happen on its own). */
export function nextActionAt(s: LifecycleState): Instant | null {
  switch (s.status) {
    case 'canceled':
    case 'incomplete_expired':
      return null;
    case 'incomplete':
      return s.currentPeriodStart.add({ milliseconds: INCOMPLETE_EXPIRES_MS });
    case 'trialing':
      return earliest(s.trialWillEndAt, s.trialEnd, s.cancelAt);
    case 'paused':
      return earliest(s.resumeAt, s.cancelAt);
    default:
      return earliest(s.collectionResumesAt, s.currentPeriodEnd, s.cancelAt);
  }
}

/** The period after the current one on the anchor's grid (the grid, not "+1 interval", keeps Jan 31 → Feb 28 → Mar 31). */
function periodFrom(s: LifecycleState, anchor: Instant, from: Instant, timeZone: string) {
  const p = periodContaining(anchor, s.interval, s.intervalCount, from, timeZone);
  return { start: from, end: p.end };
}

function ended(s: LifecycleState, at: Instant, billUsage: boolean): { state: LifecycleState; transition: Transition } {
  // The end is not a cycle boundary: it happens once (the subscription row is locked and then canceled) and may fall
  // on the instant of the creation or a renewal, whose boundary that invoice already holds (a frozen test clock).
  const billed = billUsage
    ? { cycleAt: null, licensed: null, metered: { start: s.currentPeriodStart, end: at } }
    : null;
  return {
    state: { ...s, status: 'canceled', endedAt: at, canceledAt: s.canceledAt ?? at, trialWillEndAt: null },
    transition: { kind: 'ended', at, billed },
  };
}

/**
 * The first invoice was not paid in time (or, with error_if_incomplete, its charge failed): a terminal state, with
 * nothing billed. The unpaid first invoice is voided by the caller.
 */
export function expireIncomplete(s: LifecycleState, at: Instant): { state: LifecycleState; transition: Transition } {
  return {
    state: { ...s, status: 'incomplete_expired', endedAt: at, trialWillEndAt: null },
    transition: { kind: 'incomplete_expired', at },
  };
}

function endTrial(s: LifecycleState, at: Instant, timeZone: string) {
  const base = { ...s, trialWillEndAt: null };
  if (s.trialEndBehavior === 'cancel') return ended(base, at, false);
  if (s.trialEndBehavior === 'pause') {
    const state: LifecycleState = { ...base, status: 'paused', resumeAt: null };
    return { state, transition: { kind: 'trial_ended', at, billed: null } as Transition };
  }
  const period = periodFrom(s, s.anchor, at, timeZone);
  const state: LifecycleState = {
    ...base,
    status: 'active',
    currentPeriodStart: period.start,
    currentPeriodEnd: period.end,
  };
  const billed: Billed = { cycleAt: at, licensed: period, metered: null };
  return { state, transition: { kind: 'trial_ended', at, billed } as Transition };
}

/**
 * The next transition due at or before `at`, and the state after it; null when nothing is due. Call repeatedly
 * until null to catch up (several periods may have passed). At one instant the order is: collection resumes,
 * trial_will_end, cancellation, then trial end / renewal / resume.
 */
export function step(
  s: LifecycleState,
  at: Instant,
  timeZone: string,
): { state: LifecycleState; transition: Transition } | null {
  const due = nextActionAt(s);
  if (!due || !notAfter(due, at)) return null;
  if (s.status === 'incomplete') return expireIncomplete(s, due);
  if (s.collectionResumesAt && due.equals(s.collectionResumesAt) && BILLING.has(s.status)) {
    return { state: { ...s, collectionResumesAt: null }, transition: { kind: 'collection_resumed', at: due } };
  }
  if (s.trialWillEndAt && due.equals(s.trialWillEndAt)) {
    return { state: { ...s, trialWillEndAt: null }, transition: { kind: 'trial_will_end', at: due } };
  }
  if (s.cancelAt && due.equals(s.cancelAt)) return ended(s, due, BILLING.has(s.status));
  if (s.status === 'trialing') return endTrial(s, due, timeZone);
  if (s.status === 'paused') {
    const period = periodFrom(s, due, due, timeZone);
    const state: LifecycleState = {
      ...s,
      status: 'active',
      anchor: due,
      resumeAt: null,
      currentPeriodStart: period.start,
      currentPeriodEnd: period.end,
    };
    return {
      state,
      // A resume is not a cycle boundary: pausing and resuming twice at one instant bills twice, it does not collide.
      transition: { kind: 'resumed', at: due, billed: { cycleAt: null, licensed: period, metered: null } },
    };
  }
  const next = periodFrom(s, s.anchor, s.currentPeriodEnd, timeZone);
  const billed: Billed = {
    cycleAt: due,
    licensed: next,
    metered: { start: s.currentPeriodStart, end: s.currentPeriodEnd },
  };
  return {
    state: { ...s, currentPeriodStart: next.start, currentPeriodEnd: next.end },
    transition: { kind: 'renewed', at: due, billed },
  };
}

/** First period of a new subscription: the trial, a stub up to billing_cycle_anchor, or one full interval. */
export function firstPeriod(input: {
  start: Instant;
  interval: BillingInterval;
  intervalCount: number;
  trialEnd: Instant | null;
  cycleAnchor: Instant | null;
  timeZone: string;
}): { start: Instant; end: Instant; anchor: Instant } {
  const { start, interval, intervalCount, trialEnd, cycleAnchor, timeZone } = input;
  if (trialEnd) return { start, end: trialEnd, anchor: trialEnd };
  if (cycleAnchor) {
    const first = billingCycleAnchorFirstPeriod(start, cycleAnchor, interval, intervalCount, timeZone);
    return { start, end: first.end, anchor: cycleAnchor };
  }
  return { start, end: periodBoundary(start, interval, intervalCount, 1, timeZone), anchor: start };
}
