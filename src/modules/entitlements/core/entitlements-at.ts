/**
 * What a customer may use at an instant, from their subscriptions and the entitlements their products carry.
 * Pure: the shell loads subscriptions and products; access follows billing without any stored "access" state.
 */
import type { Temporal } from 'temporal-polyfill';
import type { SubscriptionStatus } from '../../../db/schema/subscriptions.ts';

export const QUALITIES = ['sd', 'hd', 'fhd', 'uhd'] as const;
export type Quality = (typeof QUALITIES)[number];

/** What a product grants; an add-on product usually sets only `extra_*` or one more bouquet. */
export type ProductEntitlements = {
  bouquets?: string[];
  /** Simultaneous streams of a base plan (0 = unlimited); the highest plan wins. */
  max_connections?: number;
  /** Added per unit of quantity on top of the plans' maximum (an "extra screen" add-on). */
  extra_connections?: number;
  max_devices?: number;
  extra_devices?: number;
  output_formats?: string[];
  catchup?: boolean;
  quality?: Quality;
  priority_support?: boolean;
};

export type Entitlements = {
  bouquets: string[];
  max_connections: number;
  max_devices: number;
  output_formats: string[];
  catchup: boolean;
  quality: Quality | null;
  priority_support: boolean;
};

export type AccessItem = { product: string; quantity: number };

/** The parts of a subscription that decide access. */
export type SubscriptionAccess = {
  id: string;
  status: SubscriptionStatus;
  items: AccessItem[];
  /** A change stored for the period end (the usual downgrade): it applies from `at`, even before the worker runs. */
  pendingChange: { at: Temporal.Instant; items: AccessItem[] } | null;
  trialEnd: Temporal.Instant | null;
  currentPeriodEnd: Temporal.Instant;
  cancelAt: Temporal.Instant | null;
  endedAt: Temporal.Instant | null;
  /** Set by a `block_access` dunning stage; cleared by the payment that recovers the subscription. */
  accessBlockedAt: Temporal.Instant | null;
};

export type Grant = { subscription: string; trial: boolean; until: Temporal.Instant };

export type EntitlementsResult = {
  access: boolean;
  /** Every granting subscription is a trial (a line shows `is_trial` 1). */
  trial: boolean;
  /** The latest end of paid (or trial) access among the granting subscriptions. */
  accessUntil: Temporal.Instant | null;
  grants: Grant[];
  entitlements: Entitlements;
};

export const DEFAULT_OUTPUT_FORMATS = ['m3u8', 'ts'];

/**
 * Whether one subscription grants access at `at`, and until when. Status decides, except for the instants a stored
 * cancellation or block takes effect: those apply at once, so access never outlives what was paid for while the
 * worker has not yet run. A renewal that is merely due keeps access (the worker renews or marks past_due).
 */
export function grantOf(sub: SubscriptionAccess, at: Temporal.Instant): Grant | null {
  const reached = (t: Temporal.Instant | null) => t !== null && t.epochMilliseconds <= at.epochMilliseconds;
  if (sub.status !== 'active' && sub.status !== 'trialing' && sub.status !== 'past_due') return null;
  if (reached(sub.endedAt) || reached(sub.cancelAt) || reached(sub.accessBlockedAt)) return null;
  const trial = sub.status === 'trialing';
  let until = trial && sub.trialEnd ? sub.trialEnd : sub.currentPeriodEnd;
  if (sub.cancelAt && sub.cancelAt.epochMilliseconds < until.epochMilliseconds) until = sub.cancelAt;
  return { subscription: sub.id, trial, until };
}

/** The items in force at `at`: a pending change replaces the current ones from its instant. */
function itemsAt(sub: SubscriptionAccess, at: Temporal.Instant): AccessItem[] {
  const pending = sub.pendingChange;
  return pending && pending.at.epochMilliseconds <= at.epochMilliseconds ? pending.items : sub.items;
}

/** Combines what granting items carry: sets are unions, flags are "any", plan limits take the highest. */
export function combine(parts: { grants: ProductEntitlements; quantity: number }[]): Entitlements {
  const bouquets = new Set<string>();
  const formats = new Set<string>();
  let connections: number | null = null;
  let devices: number | null = null;
  let extraConnections = 0;
  let extraDevices = 0;
  let catchup = false;
  let support = false;
  let quality = -1;
  for (const { grants, quantity } of parts) {
    for (const b of grants.bouquets ?? []) bouquets.add(b);
    for (const f of grants.output_formats ?? []) formats.add(f);
    connections = higherLimit(connections, grants.max_connections);
    devices = higherLimit(devices, grants.max_devices);
    extraConnections += (grants.extra_connections ?? 0) * quantity;
    extraDevices += (grants.extra_devices ?? 0) * quantity;
    catchup ||= grants.catchup === true;
    support ||= grants.priority_support === true;
    if (grants.quality) quality = Math.max(quality, QUALITIES.indexOf(grants.quality));
  }
  return {
    bouquets: [...bouquets],
    max_connections: withExtra(connections, extraConnections),
    max_devices: withExtra(devices, extraDevices),
    output_formats: formats.size > 0 ? [...formats] : [...DEFAULT_OUTPUT_FORMATS],
    catchup,
    quality: quality >= 0 ? QUALITIES[quality]! : null,
    priority_support: support,
  };
}

/** 0 means unlimited, so it beats any number. */
function higherLimit(current: number | null, next: number | undefined): number | null {
  if (next === undefined) return current;
  if (current === 0 || next === 0) return 0;
  return current === null ? next : Math.max(current, next);
}

/** A plan without a limit and no add-on is one stream (or device); unlimited stays unlimited. */
function withExtra(limit: number | null, extra: number): number {
  if (limit === 0) return 0;
  return (limit ?? 1) + extra;
}

export const NO_ENTITLEMENTS: Entitlements = {
  bouquets: [],
  max_connections: 0,
  max_devices: 0,
  output_formats: [],
  catchup: false,
  quality: null,
  priority_support: false,
};

/**
 * A customer's entitlements at `at`: the products of every subscription that grants access, combined. Without any
 * granting subscription there is no access and nothing is granted (`max_connections` 0 then means none).
 */
export function entitlementsAt(
  subs: readonly SubscriptionAccess[],
  products: ReadonlyMap<string, ProductEntitlements>,
  at: Temporal.Instant,
): EntitlementsResult {
  const grants: Grant[] = [];
  const parts: { grants: ProductEntitlements; quantity: number }[] = [];
  for (const sub of subs) {
    const grant = grantOf(sub, at);
    if (!grant) continue;
    grants.push(grant);
    for (const item of itemsAt(sub, at))
      parts.push({ grants: products.get(item.product) ?? {}, quantity: item.quantity });
  }
  if (grants.length === 0) {
    return { access: false, trial: false, accessUntil: null, grants, entitlements: { ...NO_ENTITLEMENTS } };
  }
  const accessUntil = grants.reduce(
    (latest, g) => (g.until.epochMilliseconds > latest.epochMilliseconds ? g.until : latest),
    grants[0]!.until,
  );
  return { access: true, trial: grants.every((g) => g.trial), accessUntil, grants, entitlements: combine(parts) };
}
