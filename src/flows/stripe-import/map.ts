/**
 * Stripe objects → Tenure inputs, as pure functions (no SDK, no database): what `tenure import stripe` creates
 * from each object it reads. Types are the few fields read, so fixtures and the SDK's objects both fit.
 */
import type { Tier } from '../../db/schema/catalog.ts';
import type { TaxId } from '../../db/schema/customers.ts';
import { TAX_ID_TYPES } from '../../http/schemas/customers.ts';
import type { PriceInput } from '../../modules/catalog/index.ts';
import type { CustomerFields } from '../../modules/customers/index.ts';

type Metadata = Record<string, string>;
export type StripeProduct = {
  id: string;
  name: string;
  description?: string | null;
  active: boolean;
  metadata: Metadata;
};
export type StripePrice = {
  id: string;
  product: string | { id: string };
  currency: string;
  unit_amount: number | null;
  unit_amount_decimal?: string | null;
  billing_scheme: 'per_unit' | 'tiered';
  tiers_mode?: 'graduated' | 'volume' | null;
  tiers?: {
    up_to: number | null;
    unit_amount: number | null;
    unit_amount_decimal?: string | null;
    flat_amount: number | null;
    flat_amount_decimal?: string | null;
  }[];
  recurring: {
    interval: 'day' | 'week' | 'month' | 'year';
    interval_count: number;
    usage_type: 'licensed' | 'metered';
  } | null;
  nickname?: string | null;
  lookup_key?: string | null;
  tax_behavior?: 'inclusive' | 'exclusive' | 'unspecified' | null;
  active: boolean;
  metadata: Metadata;
};
export type StripeCoupon = {
  id: string;
  name?: string | null;
  percent_off: number | null;
  amount_off: number | null;
  currency: string | null;
  duration: 'once' | 'repeating' | 'forever';
  duration_in_months: number | null;
  max_redemptions?: number | null;
  redeem_by?: number | null;
  metadata: Metadata;
};
export type StripePromotionCode = {
  id: string;
  code: string;
  /** Before API version 2025-09-30 the coupon sits on the code; since, under `promotion`. */
  coupon?: string | { id: string } | null;
  promotion?: { coupon: string | { id: string } | null } | null;
  customer?: string | { id: string } | null;
  active: boolean;
  expires_at?: number | null;
  max_redemptions?: number | null;
  restrictions?: {
    first_time_transaction?: boolean;
    minimum_amount?: number | null;
    minimum_amount_currency?: string | null;
  };
  metadata: Metadata;
};
export type StripeCustomer = {
  id: string;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  description?: string | null;
  preferred_locales?: string[];
  address?: {
    line1: string | null;
    line2: string | null;
    city: string | null;
    state: string | null;
    postal_code: string | null;
    country: string | null;
  } | null;
  tax_ids?: { data: { type: string; value: string }[] };
  invoice_settings?: { default_payment_method: string | { id: string } | null };
  metadata: Metadata;
};
export type StripeSubscription = {
  id: string;
  customer: string | { id: string };
  status: string;
  billing_cycle_anchor: number;
  trial_end: number | null;
  cancel_at_period_end: boolean;
  collection_method: 'charge_automatically' | 'send_invoice';
  days_until_due?: number | null;
  items: { data: { price: { id: string }; quantity?: number; current_period_end?: number }[] };
  current_period_end?: number;
  discounts?: (string | { coupon?: { id: string } | null; source?: { coupon?: string | { id: string } | null } })[];
  metadata: Metadata;
};

const idOf = (value: string | { id: string }) => (typeof value === 'string' ? value : value.id);

/** Subscriptions that are still billing; ended or never-started ones are reported, not imported. */
export const IMPORTED_STATUSES = new Set(['active', 'trialing', 'past_due', 'unpaid']);

export function productInput(p: StripeProduct) {
  return { id: p.id, name: p.name, description: p.description ?? null, active: p.active, metadata: p.metadata };
}

/** Stripe's open last tier is `up_to: null`; Tenure's is 'inf'. */
export function priceInput(p: StripePrice): PriceInput {
  const base: PriceInput = {
    currency: p.currency,
    product: idOf(p.product),
    active: p.active,
    metadata: { ...p.metadata, stripe_price: p.id },
    ...(p.nickname && { nickname: p.nickname }),
    ...(p.lookup_key && { lookup_key: p.lookup_key }),
    ...(p.tax_behavior && { tax_behavior: p.tax_behavior }),
    ...(p.recurring && {
      recurring: {
        interval: p.recurring.interval,
        interval_count: p.recurring.interval_count,
        usage_type: p.recurring.usage_type,
      },
    }),
  };
  if (p.billing_scheme === 'tiered') {
    const tiers: Tier[] = (p.tiers ?? []).map((t) => ({
      up_to: t.up_to ?? 'inf',
      ...(t.unit_amount_decimal != null
        ? { unit_amount_decimal: t.unit_amount_decimal }
        : { unit_amount: t.unit_amount ?? 0 }),
      ...(t.flat_amount != null && { flat_amount: t.flat_amount }),
    }));
    return { ...base, billing_scheme: 'tiered', tiers_mode: p.tiers_mode ?? 'graduated', tiers };
  }
  if (p.unit_amount === null && p.unit_amount_decimal) return { ...base, unit_amount_decimal: p.unit_amount_decimal };
  return { ...base, unit_amount: p.unit_amount ?? 0 };
}

export function couponInput(c: StripeCoupon) {
  return {
    id: c.id,
    duration: c.duration,
    metadata: c.metadata,
    ...(c.name && { name: c.name.slice(0, 40) }),
    ...(c.percent_off !== null ? { percent_off: c.percent_off } : { amount_off: c.amount_off!, currency: c.currency! }),
    ...(c.duration === 'repeating' && { duration_in_months: c.duration_in_months! }),
    ...(c.max_redemptions && { max_redemptions: c.max_redemptions }),
    ...(c.redeem_by && { redeem_by: c.redeem_by }),
  };
}

export function customerInput(c: StripeCustomer): CustomerFields {
  const a = c.address;
  const taxIds: TaxId[] = (c.tax_ids?.data ?? []).slice(0, 5).map((t) => ({
    type: TAX_ID_TYPES.includes(t.type) ? t.type : 'other',
    value: t.value,
  }));
  return {
    name: c.name ?? null,
    email: c.email ?? null,
    phone: c.phone ?? null,
    description: c.description ?? null,
    ...(c.preferred_locales?.[0] && { locale: c.preferred_locales[0] }),
    address: a
      ? {
          line1: a.line1,
          line2: a.line2,
          city: a.city,
          region: a.state,
          postal_code: a.postal_code,
          country: a.country,
        }
      : null,
    tax_ids: taxIds,
    metadata: { ...c.metadata, stripe_customer: c.id },
  };
}

/**
 * The subscription in Tenure's terms. The anchor is Stripe's own, with proration off, so the current period —
 * already billed by Stripe — costs nothing here and the next renewal falls where Stripe's would have.
 */
export function subscriptionInput(
  s: StripeSubscription,
  ids: { customer: string; price: (stripeId: string) => string; coupon: (stripeId: string) => string | undefined },
  now: number,
) {
  const discount = s.discounts?.[0];
  const couponId =
    discount && typeof discount === 'object'
      ? (discount.coupon?.id ?? (discount.source?.coupon ? idOf(discount.source.coupon) : undefined))
      : undefined;
  const coupon = couponId ? ids.coupon(couponId) : undefined;
  const trialing = s.trial_end !== null && s.trial_end > now;
  return {
    customer: ids.customer,
    items: s.items.data.map((item) => ({ price: ids.price(item.price.id), quantity: item.quantity ?? 1 })),
    ...(trialing
      ? { trial_end: s.trial_end! }
      : { billing_cycle_anchor: s.billing_cycle_anchor, proration_behavior: 'none' as const }),
    cancel_at_period_end: s.cancel_at_period_end,
    collection_method: s.collection_method,
    ...(s.collection_method === 'send_invoice' && s.days_until_due != null && { days_until_due: s.days_until_due }),
    ...(coupon && { coupon }),
    metadata: { ...s.metadata, stripe_subscription: s.id },
  };
}

/** Stripe's current period end: on the items since API version 2025-03-31, on the subscription before. */
export function currentPeriodEnd(s: StripeSubscription): number | undefined {
  return s.items.data[0]?.current_period_end ?? s.current_period_end;
}

export function promotionCodeCoupon(p: StripePromotionCode): string | undefined {
  const coupon = p.promotion?.coupon ?? p.coupon;
  return coupon ? idOf(coupon) : undefined;
}

export function promotionCodeInput(p: StripePromotionCode, ids: { coupon: string; customer?: string }) {
  const r = p.restrictions;
  return {
    coupon: ids.coupon,
    code: p.code,
    active: p.active,
    metadata: p.metadata,
    ...(ids.customer && { customer: ids.customer }),
    ...(p.expires_at && { expires_at: p.expires_at }),
    ...(p.max_redemptions && { max_redemptions: p.max_redemptions }),
    ...(r &&
      (r.first_time_transaction || r.minimum_amount) && {
        restrictions: {
          ...(r.first_time_transaction && { first_time_transaction: true }),
          ...(r.minimum_amount && {
            minimum_amount: r.minimum_amount,
            minimum_amount_currency: r.minimum_amount_currency!,
          }),
        },
      }),
  };
}
