import {
  amount,
  arrayOf,
  bool,
  currency,
  decimalString,
  EXPANDABLE,
  expandable,
  expandQuery,
  int,
  listQuery,
  metadataIn,
  metadataOut,
  nullable,
  resource,
  type Schema,
  str,
  strictObject,
  unixTime,
} from './common.ts';
import { productEntitlementsIn, productEntitlementsOut } from './entitlements.ts';

const minor = (description = 'Minor units of the currency') => amount(0, description);

export const productSchema = resource(
  'Product',
  'product',
  {
    updated: int(),
    name: str(),
    description: nullable(str()),
    active: bool(),
    entitlements: productEntitlementsOut,
    metadata: metadataOut,
  },
  'Something you sell: a plan, an add-on, a channel package.',
);
const productFields = {
  name: str({ minLength: 1, maxLength: 250 }),
  description: nullable(str({ maxLength: 2000 })),
  active: bool(),
  entitlements: productEntitlementsIn,
  metadata: metadataIn,
};
export const createProductBody = strictObject({ ...productFields, id: str({ pattern: '^[A-Za-z0-9_-]{1,64}$' }) }, [
  'name',
]);
export const updateProductBody = strictObject(productFields);
export const listProductsQuery = strictObject({ ...listQuery, active: bool() });

const tierIn = strictObject(
  {
    up_to: { anyOf: [int({ minimum: 1 }), { type: 'string', const: 'inf' }] },
    unit_amount: minor(),
    unit_amount_decimal: decimalString,
    flat_amount: minor(),
    flat_amount_decimal: decimalString,
  },
  ['up_to'],
);
const packageIn = strictObject(
  {
    package_size: int({ minimum: 1 }),
    amount: minor('Minor units per (started) package'),
    free_units: int({ minimum: 0 }),
  },
  ['package_size', 'amount'],
);
const pricingFields: Record<string, Schema> = {
  billing_scheme: str({ enum: ['per_unit', 'tiered', 'package'] }),
  unit_amount: minor(),
  unit_amount_decimal: { ...decimalString, description: 'Minor units with up to 12 decimals, for sub-cent prices' },
  tiers_mode: str({ enum: ['graduated', 'volume'] }),
  tiers: arrayOf(tierIn, { minItems: 1, maxItems: 250 }),
  package: packageIn,
};
const priceMutable = {
  nickname: nullable(str({ maxLength: 250 })),
  active: bool(),
  lookup_key: nullable(str({ maxLength: 200 })),
  transfer_lookup_key: bool(),
  tax_behavior: str({ enum: ['inclusive', 'exclusive', 'unspecified'] }),
  metadata: metadataIn,
};
export const createPriceBody = strictObject(
  {
    ...pricingFields,
    ...priceMutable,
    currency,
    product: str({ minLength: 1, maxLength: 255 }),
    product_data: strictObject(
      { name: str({ minLength: 1, maxLength: 250 }), description: str(), metadata: metadataIn },
      ['name'],
    ),
    recurring: strictObject(
      {
        interval: str({ enum: ['day', 'week', 'month', 'year'] }),
        interval_count: int({ minimum: 1 }),
        usage_type: str({ enum: ['licensed', 'metered'] }),
        aggregate_usage: str({ enum: ['sum', 'count', 'max', 'unique_count', 'last'] }),
      },
      ['interval'],
    ),
    trial_period_days: int({ minimum: 1, maximum: 730 }),
  },
  ['currency'],
  { oneOf: [{ required: ['product'] }, { required: ['product_data'] }] },
);
export const updatePriceBody = strictObject({ ...pricingFields, ...priceMutable });
export const listPricesQuery = strictObject({
  ...listQuery,
  ...expandQuery(EXPANDABLE.price, true),
  product: str(),
  active: bool(),
  currency: str(),
  type: str({ enum: ['one_time', 'recurring'] }),
  lookup_keys: arrayOf(str(), { maxItems: 10 }),
});

/** Stripe's tier shape: the open last tier is `up_to: null`; amounts not set are null. */
const tierOut = {
  type: 'object',
  additionalProperties: false,
  required: ['up_to', 'unit_amount', 'unit_amount_decimal', 'flat_amount', 'flat_amount_decimal'],
  properties: {
    up_to: nullable(int({ minimum: 1 })),
    unit_amount: nullable(int()),
    unit_amount_decimal: nullable(str()),
    flat_amount: nullable(int()),
    flat_amount_decimal: nullable(str()),
  },
};
export const priceSchema = resource(
  'Price',
  'price',
  {
    product: expandable('Product'),
    currency: str(),
    type: str({ enum: ['one_time', 'recurring'] }),
    recurring: {
      type: ['object', 'null'],
      properties: { interval: str(), interval_count: int(), usage_type: str(), aggregate_usage: nullable(str()) },
    },
    billing_scheme: str(),
    tiers_mode: nullable(str()),
    unit_amount: nullable(int()),
    unit_amount_decimal: nullable(str()),
    tiers: { type: ['array', 'null'], items: tierOut },
    package: { type: ['object', 'null'], properties: { package_size: int(), amount: int(), free_units: int() } },
    trial_period_days: nullable(int()),
    tax_behavior: str(),
    lookup_key: nullable(str()),
    nickname: nullable(str()),
    active: bool(),
    used: bool({ description: 'Billed at least once: amounts can no longer change' }),
    metadata: metadataOut,
  },
  'How much and how often a product costs: flat, per-unit, tiered, package, metered.',
);

export const couponSchema = resource(
  'Coupon',
  'coupon',
  {
    name: nullable(str()),
    percent_off: nullable({ type: 'number' }),
    amount_off: nullable(int()),
    currency: nullable(str()),
    duration: str(),
    duration_in_months: nullable(int()),
    max_redemptions: nullable(int()),
    times_redeemed: int(),
    redeem_by: nullable(int()),
    applies_to: { type: ['object', 'null'], properties: { products: arrayOf(str()) } },
    valid: bool(),
    metadata: metadataOut,
  },
  'A discount: percent or amount off, once, for N months, or forever.',
);
export const createCouponBody = strictObject({
  id: str({ pattern: '^[A-Za-z0-9_-]{1,64}$' }),
  name: str({ maxLength: 40 }),
  percent_off: { type: 'number', exclusiveMinimum: 0, maximum: 100 },
  amount_off: amount(1),
  currency,
  duration: str({ enum: ['once', 'repeating', 'forever'], default: 'once' }),
  duration_in_months: int({ minimum: 1, maximum: 120 }),
  max_redemptions: int({ minimum: 1 }),
  redeem_by: unixTime,
  applies_to: strictObject({ products: arrayOf(str(), { minItems: 1, maxItems: 100 }) }, ['products']),
  metadata: metadataIn,
});
export const updateCouponBody = strictObject({ name: str({ maxLength: 40 }), metadata: metadataIn });

export const promotionCodeSchema = resource(
  'PromotionCode',
  'promotion_code',
  {
    code: str(),
    coupon: expandable('Coupon'),
    customer: expandable('Customer'),
    active: bool(),
    expires_at: nullable(int()),
    max_redemptions: nullable(int()),
    times_redeemed: int(),
    restrictions: {
      type: 'object',
      properties: {
        first_time_transaction: bool(),
        minimum_amount: nullable(int()),
        minimum_amount_currency: nullable(str()),
      },
    },
    metadata: metadataOut,
  },
  'A customer-facing code that grants a coupon.',
);
export const createPromotionCodeBody = strictObject(
  {
    coupon: str(),
    code: str({ pattern: '^[A-Za-z0-9_-]{3,40}$' }),
    customer: str(),
    active: bool(),
    expires_at: unixTime,
    max_redemptions: int({ minimum: 1 }),
    restrictions: strictObject({
      first_time_transaction: bool(),
      minimum_amount: minor(),
      minimum_amount_currency: currency,
    }),
    metadata: metadataIn,
  },
  ['coupon'],
);
export const updatePromotionCodeBody = strictObject({ active: bool(), metadata: metadataIn });
export const listPromotionCodesQuery = strictObject({
  ...listQuery,
  ...expandQuery(EXPANDABLE.promotionCode, true),
  code: str(),
  coupon: str(),
  customer: str(),
  active: bool(),
});

export const taxRateSchema = resource(
  'TaxRate',
  'tax_rate',
  {
    display_name: str(),
    description: nullable(str()),
    percentage: { type: 'number' },
    inclusive: bool(),
    country: nullable(str()),
    region: nullable(str()),
    jurisdiction: nullable(str()),
    tax_type: nullable(str()),
    active: bool(),
    metadata: metadataOut,
  },
  'A tax percentage, inclusive or exclusive, for a country or region.',
);
const taxDescriptive = {
  display_name: str({ minLength: 1, maxLength: 50 }),
  description: nullable(str({ maxLength: 500 })),
  country: nullable(str({ pattern: '^[A-Z]{2}$' })),
  region: nullable(str({ maxLength: 100 })),
  jurisdiction: nullable(str({ maxLength: 100 })),
  tax_type: nullable(str({ enum: ['vat', 'gst', 'sales_tax', 'iss', 'icms', 'other'] })),
  active: bool(),
  metadata: metadataIn,
};
export const createTaxRateBody = strictObject(
  { ...taxDescriptive, percentage: { type: 'number', minimum: 0, maximum: 100 }, inclusive: bool() },
  ['display_name', 'percentage', 'inclusive'],
);
export const updateTaxRateBody = strictObject(taxDescriptive);
export const listTaxRatesQuery = strictObject({ ...listQuery, active: bool(), inclusive: bool(), country: str() });

export const catalogSchemas = [productSchema, priceSchema, couponSchema, promotionCodeSchema, taxRateSchema];
