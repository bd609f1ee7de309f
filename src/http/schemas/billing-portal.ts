import { CANCELLATION_REASONS, CUSTOMER_UPDATES } from '../../modules/portal/index.ts';
import {
  arrayOf,
  bool,
  int,
  listQuery,
  metadataIn,
  metadataOut,
  nullable,
  resource,
  type Schema,
  str,
  strictObject,
} from './common.ts';

const proration = str({ enum: ['none', 'create_prorations', 'always_invoice'] });
const url = str({ maxLength: 2048, pattern: '^https?://' });
const reasons = arrayOf(str({ minLength: 1, maxLength: 64 }), {
  maxItems: 20,
  description: `Stripe's (${CANCELLATION_REASONS.join(', ')}) or the account's own retention reasons`,
});
const products = arrayOf(
  strictObject({ product: str({ maxLength: 255 }), prices: arrayOf(str({ maxLength: 255 }), { maxItems: 20 }) }, [
    'product',
    'prices',
  ]),
  { maxItems: 10 },
);

/** Features as a request gives them: every part optional, merged over the current (or default) configuration. */
const featuresIn = strictObject({
  customer_update: strictObject({
    enabled: bool(),
    allowed_updates: arrayOf(str({ enum: [...CUSTOMER_UPDATES] }), { uniqueItems: true }),
  }),
  invoice_history: strictObject({ enabled: bool() }),
  payment_method_update: strictObject({ enabled: bool() }),
  subscription_cancel: strictObject({
    enabled: bool(),
    mode: str({ enum: ['at_period_end', 'immediately'] }),
    proration_behavior: proration,
    cancellation_reason: strictObject({ enabled: bool(), options: reasons }),
  }),
  subscription_update: strictObject({
    enabled: bool(),
    default_allowed_updates: arrayOf(str({ enum: ['price', 'quantity', 'promotion_code'] }), { uniqueItems: true }),
    products,
    proration_behavior: proration,
  }),
  subscription_pause: strictObject({ enabled: bool() }),
});

const obj = (properties: Record<string, Schema>): Schema => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
});

export const featuresOut = obj({
  customer_update: obj({ enabled: bool(), allowed_updates: arrayOf(str()) }),
  invoice_history: obj({ enabled: bool() }),
  payment_method_update: obj({ enabled: bool() }),
  subscription_cancel: obj({
    enabled: bool(),
    mode: str({ enum: ['at_period_end', 'immediately'] }),
    proration_behavior: proration,
    cancellation_reason: obj({ enabled: bool(), options: arrayOf(str()) }),
  }),
  subscription_update: obj({
    enabled: bool(),
    default_allowed_updates: arrayOf(str()),
    products: arrayOf(obj({ product: str(), prices: arrayOf(str()) })),
    proration_behavior: proration,
  }),
  subscription_pause: obj({ enabled: bool() }),
});

export const businessProfileOut = obj({
  headline: nullable(str()),
  privacy_policy_url: nullable(str()),
  terms_of_service_url: nullable(str()),
});

const businessProfileIn = strictObject({
  headline: nullable(str({ maxLength: 60 })),
  privacy_policy_url: nullable(url),
  terms_of_service_url: nullable(url),
});

export const configurationBody = strictObject({
  active: bool(),
  is_default: bool({ description: 'Make this the default (the account has exactly one); the first one is' }),
  features: featuresIn,
  business_profile: businessProfileIn,
  default_return_url: nullable(url),
  metadata: metadataIn,
});

export const listConfigurationsQuery = strictObject({ ...listQuery, active: bool(), is_default: bool() });

export const configurationSchema = resource(
  'BillingPortalConfiguration',
  'billing_portal.configuration',
  {
    active: bool(),
    application: { type: 'null' },
    business_profile: businessProfileOut,
    default_return_url: nullable(str()),
    features: featuresOut,
    is_default: bool(),
    livemode: bool(),
    login_page: obj({ enabled: bool(), url: nullable(str()) }),
    metadata: metadataOut,
    updated: int({ description: 'Unix seconds' }),
  },
  'What subscribers may do in the customer portal. The default one applies to magic-link sign-ins at /portal.',
);

const flowTypes = [
  'payment_method_update',
  'subscription_cancel',
  'subscription_update',
  'subscription_update_confirm',
];
const subscriptionRef = strictObject({ subscription: str({ maxLength: 255 }) }, ['subscription']);

export const sessionBody = strictObject(
  {
    customer: str({ maxLength: 255 }),
    return_url: url,
    locale: str({ enum: ['auto', 'en', 'pt-BR', 'nl', 'fa'] }),
    configuration: str({ maxLength: 255 }),
    flow_data: strictObject(
      {
        type: str({ enum: flowTypes }),
        after_completion: strictObject(
          {
            type: str({ enum: ['portal_homepage', 'redirect', 'hosted_confirmation'] }),
            redirect: strictObject({ return_url: url }, ['return_url']),
            hosted_confirmation: strictObject({ custom_message: str({ maxLength: 500 }) }),
          },
          ['type'],
        ),
        subscription_cancel: strictObject({ subscription: str({ maxLength: 255 }), retention: { type: 'object' } }, [
          'subscription',
        ]),
        subscription_update: subscriptionRef,
        subscription_update_confirm: strictObject(
          {
            subscription: str({ maxLength: 255 }),
            items: arrayOf(strictObject({ id: str(), price: str(), quantity: int({ minimum: 1 }) }, ['id']), {
              minItems: 1,
              maxItems: 20,
            }),
          },
          ['subscription', 'items'],
        ),
      },
      ['type'],
    ),
  },
  ['customer'],
);

export const sessionSchema = resource(
  'BillingPortalSession',
  'billing_portal.session',
  {
    configuration: nullable(str()),
    customer: str(),
    expires_at: int({ description: 'Unix seconds; the url works once, until then' }),
    flow: { type: ['object', 'null'], properties: { type: str({ enum: flowTypes }) } },
    livemode: bool(),
    locale: nullable(str()),
    on_behalf_of: { type: 'null' },
    return_url: nullable(str()),
    url: str({ description: 'Send the customer here; the secret in it is shown only in this answer' }),
  },
  'A short-lived link that signs one customer into the portal (Stripe-shaped).',
);

export const billingPortalSchemas = [configurationSchema, sessionSchema];
