import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, numeric, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdColumn, idText, instant, metadata, money, tenantColumns } from './columns.ts';

export const products = pgTable(
  'products',
  {
    ...tenantColumns(),
    name: text('name').notNull(),
    description: text('description'),
    active: boolean('active').notNull().default(true),
    /** What the product grants a subscriber (bouquets, connections…); checked by modules/entitlements. */
    entitlements: jsonb('entitlements').$type<Record<string, unknown>>(),
    metadata: metadata(),
    created: createdColumn(),
    updated: instant('updated').notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);

export type Tier = {
  up_to: number | 'inf';
  unit_amount?: number | null;
  unit_amount_decimal?: string | null;
  flat_amount?: number | null;
  flat_amount_decimal?: string | null;
};
export type PackageSpec = { package_size: number; amount: number; free_units: number };

export const prices = pgTable(
  'prices',
  {
    ...tenantColumns(),
    productId: idText('product_id').notNull(),
    currency: text('currency').notNull(),
    type: text('type').$type<'one_time' | 'recurring'>().notNull(),
    interval: text('interval').$type<'day' | 'week' | 'month' | 'year'>(),
    intervalCount: integer('interval_count'),
    usageType: text('usage_type').$type<'licensed' | 'metered'>(),
    aggregateUsage: text('aggregate_usage'),
    billingScheme: text('billing_scheme').$type<'per_unit' | 'tiered' | 'package'>().notNull(),
    tiersMode: text('tiers_mode').$type<'graduated' | 'volume'>(),
    unitAmount: money('unit_amount'),
    unitAmountDecimal: numeric('unit_amount_decimal'),
    tiers: jsonb('tiers').$type<Tier[]>(),
    package: jsonb('package').$type<PackageSpec>(),
    trialPeriodDays: integer('trial_period_days'),
    taxBehavior: text('tax_behavior').$type<'inclusive' | 'exclusive' | 'unspecified'>().notNull(),
    lookupKey: text('lookup_key'),
    nickname: text('nickname'),
    active: boolean('active').notNull().default(true),
    used: boolean('used').notNull().default(false),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('prices_product').on(t.accountId, t.productId),
    uniqueIndex('prices_lookup_key').on(t.accountId, t.lookupKey).where(sql`lookup_key is not null`),
  ],
);

export const coupons = pgTable(
  'coupons',
  {
    ...tenantColumns(),
    name: text('name'),
    percentOff: numeric('percent_off'),
    amountOff: money('amount_off'),
    currency: text('currency'),
    duration: text('duration').$type<'once' | 'repeating' | 'forever'>().notNull(),
    durationInMonths: integer('duration_in_months'),
    maxRedemptions: integer('max_redemptions'),
    timesRedeemed: integer('times_redeemed').notNull().default(0),
    redeemBy: instant('redeem_by'),
    appliesToProducts: text('applies_to_products').array(),
    metadata: metadata(),
    created: createdColumn(),
    deleted: boolean('deleted').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);

export const promotionCodes = pgTable(
  'promotion_codes',
  {
    ...tenantColumns(),
    code: text('code').notNull(),
    couponId: idText('coupon_id').notNull(),
    customerId: idText('customer_id'),
    active: boolean('active').notNull().default(true),
    expiresAt: instant('expires_at'),
    maxRedemptions: integer('max_redemptions'),
    timesRedeemed: integer('times_redeemed').notNull().default(0),
    firstTimeTransaction: boolean('first_time_transaction').notNull().default(false),
    minimumAmount: money('minimum_amount'),
    minimumAmountCurrency: text('minimum_amount_currency'),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    // Codes are what customers type: unique per account regardless of case, among active codes.
    uniqueIndex('promotion_codes_code').on(t.accountId, sql`upper(${t.code})`).where(sql`active`),
  ],
);

export const taxRates = pgTable(
  'tax_rates',
  {
    ...tenantColumns(),
    displayName: text('display_name').notNull(),
    description: text('description'),
    percentage: numeric('percentage').notNull(),
    inclusive: boolean('inclusive').notNull(),
    country: text('country'),
    region: text('region'),
    jurisdiction: text('jurisdiction'),
    taxType: text('tax_type'),
    active: boolean('active').notNull().default(true),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);
