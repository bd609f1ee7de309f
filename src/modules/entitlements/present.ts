import type { Temporal } from 'temporal-polyfill';
import { toUnix } from '../../kernel/clock.ts';
import type { EntitlementsResult } from './core/entitlements-at.ts';

/** The API's view of a customer's entitlements (also the object of `entitlements.updated`). */
export function presentEntitlements(customerId: string, result: EntitlementsResult, at: Temporal.Instant) {
  return {
    id: customerId,
    object: 'entitlements' as const,
    customer: customerId,
    as_of: toUnix(at),
    access: result.access,
    trial: result.trial,
    access_until: result.accessUntil ? toUnix(result.accessUntil) : null,
    subscriptions: result.grants.map((g) => g.subscription),
    ...result.entitlements,
  };
}

export type PresentedEntitlements = ReturnType<typeof presentEntitlements>;

/** What a change is judged on: not the instant it was computed at, nor a renewal moving `access_until`. */
export function comparable(p: PresentedEntitlements) {
  const { as_of: _a, access_until: _b, ...rest } = p;
  return rest;
}
