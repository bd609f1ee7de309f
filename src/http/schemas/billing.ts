import { accountSchema } from './account.ts';
import { billingObjectSchemas, INVOICE_STATUSES, SUBSCRIPTION_STATUSES } from './billing-objects.ts';
import {
  amount,
  arrayOf,
  bool,
  currency,
  EXPANDABLE,
  expandQuery,
  int,
  listQuery,
  MAX_AMOUNT,
  metadataIn,
  nullable,
  str,
  strictObject,
  unixTime,
} from './common.ts';

const quantity = int({ minimum: 0, maximum: 1_000_000_000 });
const taxRateIds = arrayOf(str(), { maxItems: 5 });
const cancellationDetails = strictObject({
  reason: nullable(str({ maxLength: 100 })),
  comment: nullable(str({ maxLength: 5000 })),
  feedback: nullable(
    str({
      enum: [
        'too_expensive',
        'missing_features',
        'switched_service',
        'unused',
        'customer_service',
        'too_complex',
        'low_quality',
        'other',
      ],
    }),
  ),
});
const prorationBehavior = str({ enum: ['create_prorations', 'always_invoice', 'none'] });

const itemIn = strictObject({ price: str(), quantity, metadata: metadataIn, tax_rates: taxRateIds }, ['price']);

export const createSubscriptionBody = strictObject(
  {
    customer: str(),
    items: arrayOf(itemIn, { minItems: 1, maxItems: 20 }),
    trial_period_days: int({ minimum: 1, maximum: 730 }),
    trial_end: unixTime,
    billing_cycle_anchor: unixTime,
    proration_behavior: str({ enum: ['create_prorations', 'none'] }),
    cancel_at: unixTime,
    cancel_at_period_end: bool(),
    collection_method: str({ enum: ['charge_automatically', 'send_invoice'] }),
    days_until_due: int({ minimum: 0, maximum: 365 }),
    default_tax_rates: taxRateIds,
    coupon: str(),
    promotion_code: str(),
    trial_settings: strictObject(
      {
        end_behavior: strictObject({ missing_payment_method: str({ enum: ['create_invoice', 'cancel', 'pause'] }) }, [
          'missing_payment_method',
        ]),
      },
      ['end_behavior'],
    ),
    previous_subscription: str(),
    payment_behavior: str({
      enum: ['allow_incomplete', 'error_if_incomplete', 'default_incomplete'],
      description:
        'When the first invoice must be charged: allow_incomplete (default) answers `incomplete` if the charge fails, ' +
        'and the subscription expires 23 h later unpaid; error_if_incomplete answers 402 instead; ' +
        'default_incomplete charges nothing until the invoice is paid.',
    }),
    default_payment_method: str({
      description: "Stripe's field: makes this attached payment method the customer's default",
    }),
    metadata: metadataIn,
  },
  ['customer', 'items'],
);

const itemChange = strictObject({ id: str(), price: str(), quantity, deleted: bool(), metadata: metadataIn });

export const updateSubscriptionBody = strictObject({
  items: arrayOf(itemChange, { maxItems: 20 }),
  proration_behavior: prorationBehavior,
  proration_date: unixTime,
  change_at: str({ enum: ['now', 'period_end'] }),
  cancel_at_period_end: bool(),
  cancel_at: nullable(unixTime),
  cancellation_details: cancellationDetails,
  pause_collection: nullable(
    strictObject(
      { behavior: str({ enum: ['void', 'keep_as_draft', 'mark_uncollectible'] }), resumes_at: nullable(unixTime) },
      ['behavior'],
    ),
  ),
  default_tax_rates: taxRateIds,
  coupon: str(),
  promotion_code: str(),
  trial_end: { anyOf: [unixTime, { type: 'string', const: 'now' }] },
  default_payment_method: str({
    description: "Stripe's field: makes this attached payment method the customer's default",
  }),
  metadata: metadataIn,
});

export const cancelSubscriptionBody = strictObject({
  invoice_now: bool(),
  prorate: bool(),
  cancellation_details: cancellationDetails,
});
export const pauseSubscriptionBody = strictObject({ resumes_at: unixTime });

export const listSubscriptionsQuery = strictObject({
  ...listQuery,
  ...expandQuery(EXPANDABLE.subscription, true),
  customer: str(),
  status: str({ enum: [...SUBSCRIPTION_STATUSES, 'all'] }),
});

export const listInvoicesQuery = strictObject({
  ...listQuery,
  ...expandQuery(EXPANDABLE.invoice, true),
  customer: str(),
  subscription: str(),
  status: str({ enum: INVOICE_STATUSES }),
});

export const upcomingInvoiceQuery = strictObject(
  {
    subscription: str(),
    subscription_items: arrayOf(strictObject({ id: str(), price: str(), quantity, deleted: bool() }), { maxItems: 20 }),
    subscription_proration_date: unixTime,
    subscription_proration_behavior: prorationBehavior,
  },
  ['subscription'],
);

export const createInvoiceBody = strictObject(
  {
    customer: str(),
    currency,
    auto_advance: bool(),
    description: str({ maxLength: 5000 }),
    collection_method: str({ enum: ['charge_automatically', 'send_invoice'] }),
    days_until_due: int({ minimum: 0, maximum: 365 }),
    metadata: metadataIn,
  },
  ['customer'],
);

export const updateInvoiceBody = strictObject({
  description: nullable(str({ maxLength: 5000 })),
  metadata: metadataIn,
});
export const payInvoiceBody = strictObject({
  paid_out_of_band: bool(),
  amount: amount(1, 'Part of what is due (partial payment); default all of it'),
});

export const createInvoiceItemBody = strictObject(
  {
    customer: str(),
    amount: amount(-MAX_AMOUNT),
    unit_amount: amount(-MAX_AMOUNT),
    quantity: int({ minimum: 1, maximum: 1_000_000_000 }),
    currency,
    description: str({ maxLength: 500 }),
    subscription: str(),
    period: strictObject({ start: unixTime, end: unixTime }, ['start', 'end']),
    tax_rates: taxRateIds,
    discountable: bool(),
    metadata: metadataIn,
  },
  ['customer', 'currency'],
);

const usageIn = strictObject(
  {
    subscription_item: str(),
    quantity: int({ minimum: 0, maximum: 1_000_000_000_000 }),
    timestamp: unixTime,
    identifier: str({
      maxLength: 255,
      description: 'Idempotency id of the event: a retry with the same id counts once',
    }),
    value_key: str({ maxLength: 255 }),
  },
  ['subscription_item', 'quantity'],
);

export const usageBatchBody = strictObject({ records: arrayOf(usageIn, { minItems: 1, maxItems: 1000 }) }, ['records']);
export const itemUsageBody = strictObject(
  {
    quantity: int({ minimum: 0, maximum: 1_000_000_000_000 }),
    timestamp: unixTime,
    identifier: str({ maxLength: 255 }),
    value_key: str({ maxLength: 255 }),
  },
  ['quantity'],
);

export const billingSchemas = [...billingObjectSchemas, accountSchema];
