import type { Temporal } from 'temporal-polyfill';
import type { coupons, prices, products, promotionCodes, taxRates } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';

export type ProductRow = typeof products.$inferSelect;
export type PriceRow = typeof prices.$inferSelect;
export type CouponRow = typeof coupons.$inferSelect;
export type PromotionCodeRow = typeof promotionCodes.$inferSelect;
export type TaxRateRow = typeof taxRates.$inferSelect;

const unixOrNull = (d: Date | null) => (d ? toUnix(d) : null);

type StoredTier = NonNullable<PriceRow['tiers']>[number] & {
  unit_amount?: number | null;
  unit_amount_decimal?: string | null;
  flat_amount?: number | null;
  flat_amount_decimal?: string | null;
};

/**
 * A tier in Stripe's shape: every amount field present (null when unset, the decimal string beside a whole
 * amount), and the open last tier `up_to: null` — Stripe's answer to the `'inf'` it is sent.
 */
export function presentTier(tier: StoredTier) {
  const decimal = (whole: number | null | undefined, given: string | null | undefined) =>
    given ?? (whole == null ? null : String(whole));
  return {
    up_to: tier.up_to === 'inf' ? null : tier.up_to,
    unit_amount: tier.unit_amount ?? null,
    unit_amount_decimal: decimal(tier.unit_amount, tier.unit_amount_decimal),
    flat_amount: tier.flat_amount ?? null,
    flat_amount_decimal: decimal(tier.flat_amount, tier.flat_amount_decimal),
  };
}

export function presentProduct(row: ProductRow) {
  return {
    id: row.id,
    object: 'product' as const,
    created: toUnix(row.created),
    updated: toUnix(row.updated),
    name: row.name,
    description: row.description,
    active: row.active,
    entitlements: row.entitlements,
    metadata: row.metadata,
  };
}

export function presentPrice(row: PriceRow) {
  return {
    id: row.id,
    object: 'price' as const,
    created: toUnix(row.created),
    product: row.productId,
    currency: row.currency,
    type: row.type,
    recurring:
      row.type === 'recurring'
        ? {
            interval: row.interval,
            interval_count: row.intervalCount,
            usage_type: row.usageType,
            aggregate_usage: row.aggregateUsage,
          }
        : null,
    billing_scheme: row.billingScheme,
    tiers_mode: row.tiersMode,
    unit_amount: row.unitAmount,
    unit_amount_decimal: row.unitAmountDecimal,
    tiers: row.tiers ? row.tiers.map((tier) => presentTier(tier as StoredTier)) : null,
    package: row.package,
    trial_period_days: row.trialPeriodDays,
    tax_behavior: row.taxBehavior,
    lookup_key: row.lookupKey,
    nickname: row.nickname,
    active: row.active,
    used: row.used,
    metadata: row.metadata,
  };
}

/** `valid` is derived at read time: a coupon past redeem_by or out of redemptions can no longer be applied. */
export function presentCoupon(row: CouponRow, now: Temporal.Instant) {
  const expired = row.redeemBy !== null && row.redeemBy.getTime() <= now.epochMilliseconds;
  const exhausted = row.maxRedemptions !== null && row.timesRedeemed >= row.maxRedemptions;
  return {
    id: row.id,
    object: 'coupon' as const,
    created: toUnix(row.created),
    name: row.name,
    percent_off: row.percentOff === null ? null : Number(row.percentOff),
    amount_off: row.amountOff,
    currency: row.currency,
    duration: row.duration,
    duration_in_months: row.durationInMonths,
    max_redemptions: row.maxRedemptions,
    times_redeemed: row.timesRedeemed,
    redeem_by: unixOrNull(row.redeemBy),
    applies_to: row.appliesToProducts ? { products: row.appliesToProducts } : null,
    valid: !row.deleted && !expired && !exhausted,
    metadata: row.metadata,
  };
}

export function presentPromotionCode(row: PromotionCodeRow) {
  return {
    id: row.id,
    object: 'promotion_code' as const,
    created: toUnix(row.created),
    code: row.code,
    coupon: row.couponId,
    customer: row.customerId,
    active: row.active,
    expires_at: unixOrNull(row.expiresAt),
    max_redemptions: row.maxRedemptions,
    times_redeemed: row.timesRedeemed,
    restrictions: {
      first_time_transaction: row.firstTimeTransaction,
      minimum_amount: row.minimumAmount,
      minimum_amount_currency: row.minimumAmountCurrency,
    },
    metadata: row.metadata,
  };
}

export function presentTaxRate(row: TaxRateRow) {
  return {
    id: row.id,
    object: 'tax_rate' as const,
    created: toUnix(row.created),
    display_name: row.displayName,
    description: row.description,
    percentage: Number(row.percentage),
    inclusive: row.inclusive,
    country: row.country,
    region: row.region,
    jurisdiction: row.jurisdiction,
    tax_type: row.taxType,
    active: row.active,
    metadata: row.metadata,
  };
}
