import {
  arrayOf,
  bool,
  expandable,
  int,
  metadataOut,
  nullable,
  ref,
  resource,
  type Schema,
  str,
  strictObject,
} from './common.ts';

// Response objects of billing, field for field as the presenters build them; every field is always present.
const ts = (description = 'Unix seconds') => int({ description });
const nts = (description = 'Unix seconds') => nullable(int({ description }));
const nstr = (extra: Schema = {}) => nullable(str(extra));
const obj = (properties: Record<string, Schema>): Schema => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
});
const nobj = (properties: Record<string, Schema>): Schema => ({ ...obj(properties), type: ['object', 'null'] });
const embeddedList = (items: Schema): Schema =>
  obj({ object: { type: 'string', const: 'list' }, data: arrayOf(items), has_more: bool(), url: str() });

export const SUBSCRIPTION_STATUSES = [
  'trialing',
  'active',
  'past_due',
  'paused',
  'canceled',
  'incomplete',
  'incomplete_expired',
  'unpaid',
];
export const INVOICE_STATUSES = ['draft', 'open', 'paid', 'void', 'uncollectible'];

const subscriptionItem = resource(
  'SubscriptionItem',
  'subscription_item',
  {
    subscription: str(),
    price: ref('Price'),
    quantity: int(),
    tax_rates: { ...nullable(arrayOf(str())), description: 'null: the subscription’s default_tax_rates apply' },
    metadata: metadataOut,
  },
  'One price on a subscription, with its quantity.',
);

export const subscriptionSchema = resource(
  'Subscription',
  'subscription',
  {
    customer: expandable('Customer'),
    status: str({ enum: SUBSCRIPTION_STATUSES }),
    currency: str(),
    items: embeddedList(ref('SubscriptionItem')),
    billing_cycle_anchor: ts(),
    start_date: ts(),
    current_period_start: ts(),
    current_period_end: ts(),
    trial_start: nts(),
    trial_end: nts(),
    trial_settings: obj({
      end_behavior: obj({ missing_payment_method: str({ enum: ['create_invoice', 'cancel', 'pause'] }) }),
    }),
    cancel_at_period_end: bool(),
    cancel_at: nts(),
    canceled_at: nts(),
    ended_at: nts(),
    cancellation_details: obj({ reason: nstr(), comment: nstr(), feedback: nstr() }),
    pause_collection: nobj({
      behavior: str({ enum: ['void', 'keep_as_draft', 'mark_uncollectible'] }),
      resumes_at: nts(),
    }),
    resume_at: nts(),
    pending_update: nobj({
      subscription_items: arrayOf(
        strictObject({ price: str(), quantity: int(), metadata: metadataOut }, ['price', 'quantity']),
      ),
      effective_at: ts('When the change applies: the end of the current period'),
    }),
    collection_method: str({ enum: ['charge_automatically', 'send_invoice'] }),
    days_until_due: nullable(int()),
    default_tax_rates: arrayOf(str()),
    latest_invoice: expandable('Invoice'),
    access_blocked: bool({ description: 'A dunning stage blocked access (block_access)' }),
    access_blocked_at: nts(),
    schedule: nstr(),
    previous_subscription: nstr(),
    next_action_at: nts('When the worker next has work for this subscription'),
    test_clock: nstr(),
    metadata: metadataOut,
  },
  'A customer’s recurring purchase of one or more prices, billed each period from its anchor.',
);

const discountAmount = obj({ coupon: str(), discount: nstr(), amount: int() });
const taxAmount = { tax_rate: str(), amount: int(), inclusive: bool(), taxable_amount: int() };
const period = obj({ start: ts(), end: ts() });

const lineItem = resource(
  'InvoiceLineItem',
  'line_item',
  {
    type: str({ enum: ['subscription', 'invoiceitem'] }),
    invoice: str(),
    subscription: nstr(),
    subscription_item: nstr(),
    invoice_item: nstr(),
    price: nstr(),
    description: nstr(),
    currency: str(),
    quantity: int(),
    unit_amount_decimal: nstr(),
    amount: int(),
    period,
    proration: bool(),
    discount_amounts: arrayOf(discountAmount),
    discounts: arrayOf(str()),
    tax_amounts: arrayOf(obj(taxAmount)),
    metadata: metadataOut,
  },
  'One line of an invoice: a period of a subscription item, or an invoice item.',
  { optional: ['created'] },
);

export const invoiceSchema = resource(
  'Invoice',
  'invoice',
  {
    customer: expandable('Customer'),
    subscription: expandable('Subscription'),
    status: str({ enum: INVOICE_STATUSES }),
    number: nstr(),
    currency: str(),
    billing_reason: nstr(),
    collection_method: str({ enum: ['charge_automatically', 'send_invoice'] }),
    description: nstr(),
    period_start: ts(),
    period_end: ts(),
    lines: embeddedList(ref('InvoiceLineItem')),
    subtotal: int(),
    total_discount_amounts: arrayOf(discountAmount),
    total_excluding_tax: int(),
    tax: int(),
    total_tax_amounts: arrayOf(obj({ ...taxAmount, percentage: str() })),
    total: int(),
    starting_balance: int(),
    ending_balance: nullable(int()),
    amount_due: int(),
    amount_paid: int(),
    amount_remaining: int(),
    paid: bool(),
    paid_out_of_band: bool(),
    attempt_count: int(),
    next_payment_attempt: nts(),
    dunning_stage: nullable(int()),
    auto_advance: bool(),
    next_finalization_attempt: nts(),
    due_date: nts(),
    hosted_invoice_url: nstr({ description: 'The payment page while the invoice is open' }),
    status_transitions: obj({ finalized_at: nts(), paid_at: nts(), voided_at: nts(), marked_uncollectible_at: nts() }),
    test_clock: nstr(),
    metadata: metadataOut,
  },
  'A bill: draft → open (numbered, immutable) → paid | void | uncollectible.',
);

export const invoiceItemSchema = resource(
  'InvoiceItem',
  'invoiceitem',
  {
    customer: str(),
    subscription: nstr(),
    invoice: nstr(),
    price: nstr(),
    description: nstr(),
    currency: str(),
    quantity: int(),
    unit_amount_decimal: nstr(),
    amount: int(),
    period,
    proration: bool(),
    discountable: bool(),
    tax_rates: arrayOf(str()),
    test_clock: nstr(),
    metadata: metadataOut,
  },
  'A one-off charge or proration waiting for the next invoice.',
);

export const usageBatchSchema: Schema = {
  $id: 'UsageRecordBatch',
  description: 'What a batch of usage reports recorded; a repeated identifier counts once.',
  ...obj({
    object: { type: 'string', const: 'usage_record_batch' },
    received: int(),
    recorded: int(),
    duplicates: int(),
    data: arrayOf(
      obj({
        id: str(),
        object: { type: 'string', const: 'usage_record' },
        subscription_item: str(),
        quantity: int(),
        timestamp: ts(),
        identifier: str(),
        duplicate: bool(),
      }),
    ),
  }),
};

export const scheduleSchema = resource(
  'SubscriptionSchedule',
  'subscription_schedule',
  {
    customer: str(),
    subscription: nstr(),
    status: str({ enum: ['active', 'completed', 'released', 'canceled'] }),
    end_behavior: str({ enum: ['release', 'cancel'] }),
    current_phase: int(),
    phases: arrayOf(
      obj({
        items: arrayOf(strictObject({ price: str(), quantity: int(), metadata: metadataOut }, ['price', 'quantity'])),
        iterations: nullable(int()),
      }),
    ),
    metadata: metadataOut,
  },
  'Future-dated phases of a subscription, e.g. 3 months at a promo price and then the list price.',
);

export const discountSchema: Schema = {
  $id: 'Discount',
  description: 'A coupon applied to a customer (all their subscriptions) or a subscription.',
  ...obj({
    id: str(),
    object: { type: 'string', const: 'discount' },
    customer: str(),
    subscription: nstr(),
    start: ts(),
  }),
};

export const billingObjectSchemas = [
  subscriptionItem,
  subscriptionSchema,
  lineItem,
  invoiceSchema,
  invoiceItemSchema,
  usageBatchSchema,
  scheduleSchema,
  discountSchema,
];
