/**
 * The portal configuration's features: Stripe's defaults, a deep merge of what a request changes, and the pure
 * checks the portal API makes against them (which price a subscriber may switch to, what profile fields change).
 */
import type { PortalBusinessProfile, PortalFeatures } from '../../../db/schema/index.ts';

/** Stripe's cancellation reasons, offered by default (the retention flow knows them too). */
export const CANCELLATION_REASONS = [
  'too_expensive',
  'missing_features',
  'switched_service',
  'unused',
  'customer_service',
  'too_complex',
  'low_quality',
  'other',
] as const;

/** Profile fields the portal edits; Stripe's address/phone/shipping/tax_id are accepted and kept for its clients. */
export const CUSTOMER_UPDATES = [
  'name',
  'email',
  'locale',
  'marketing_consent',
  'address',
  'phone',
  'shipping',
  'tax_id',
] as const;

/** Without a configuration the portal shows history, cards, profile and cancellation; plan changes need products. */
export function defaultFeatures(): PortalFeatures {
  return {
    customer_update: { enabled: true, allowed_updates: ['name', 'email', 'locale', 'marketing_consent'] },
    invoice_history: { enabled: true },
    payment_method_update: { enabled: true },
    subscription_cancel: {
      enabled: true,
      mode: 'at_period_end',
      proration_behavior: 'none',
      cancellation_reason: { enabled: true, options: [...CANCELLATION_REASONS] },
    },
    subscription_update: {
      enabled: false,
      default_allowed_updates: ['price'],
      products: [],
      proration_behavior: 'create_prorations',
    },
    subscription_pause: { enabled: false },
  };
}

export const emptyBusinessProfile = (): PortalBusinessProfile => ({
  headline: null,
  privacy_policy_url: null,
  terms_of_service_url: null,
});

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Stripe's update semantics: objects merge field by field, arrays and scalars replace. */
export function mergeDeep<T>(base: T, change: unknown): T {
  if (!isPlain(base) || !isPlain(change)) return (change === undefined ? base : change) as T;
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(change)) out[key] = mergeDeep(out[key], value);
  return out as T;
}

/** Whether the configuration lets a subscriber switch to `price` of `product`. */
export function priceAllowed(features: PortalFeatures, product: string, price: string): boolean {
  const update = features.subscription_update;
  if (!update.enabled || !update.default_allowed_updates.includes('price')) return false;
  return update.products.some((p) => p.product === product && p.prices.includes(price));
}

/** The profile fields of `input` the configuration does not let the subscriber change (empty = all allowed). */
export function refusedUpdates(features: PortalFeatures, input: Record<string, unknown>): string[] {
  const update = features.customer_update;
  return Object.keys(input).filter(
    (key) => input[key] !== undefined && (!update.enabled || !update.allowed_updates.includes(key)),
  );
}
