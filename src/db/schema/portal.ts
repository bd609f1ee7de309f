import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdColumn, idText, instant, metadata, tenantColumns } from './columns.ts';

/** Stripe's billing_portal.configuration features, stored as the API shows them (the portal reads them whole). */
export type PortalFeatures = {
  customer_update: { enabled: boolean; allowed_updates: string[] };
  invoice_history: { enabled: boolean };
  payment_method_update: { enabled: boolean };
  subscription_cancel: {
    enabled: boolean;
    mode: 'at_period_end' | 'immediately';
    proration_behavior: 'none' | 'create_prorations' | 'always_invoice';
    cancellation_reason: { enabled: boolean; options: string[] };
  };
  subscription_update: {
    enabled: boolean;
    default_allowed_updates: string[];
    products: { product: string; prices: string[] }[];
    proration_behavior: 'none' | 'create_prorations' | 'always_invoice';
  };
  subscription_pause: { enabled: boolean };
};
export type PortalBusinessProfile = {
  headline: string | null;
  privacy_policy_url: string | null;
  terms_of_service_url: string | null;
};
/** The flow a portal session opens on (Stripe's flow_data), as the API shows it. */
export type PortalFlow = Record<string, unknown> & { type: string };

/** What the customer portal lets subscribers do; one per account is the default. */
export const billingPortalConfigurations = pgTable(
  'billing_portal_configurations',
  {
    ...tenantColumns(),
    active: boolean('active').notNull().default(true),
    isDefault: boolean('is_default').notNull().default(false),
    features: jsonb('features').$type<PortalFeatures>().notNull(),
    businessProfile: jsonb('business_profile').$type<PortalBusinessProfile>().notNull(),
    defaultReturnUrl: text('default_return_url'),
    metadata: metadata(),
    created: createdColumn(),
    updated: instant('updated').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    // One default per account, held by the database whatever the race.
    uniqueIndex('billing_portal_configurations_default').on(t.accountId).where(sql`${t.isDefault}`),
  ],
);

/**
 * A link into the portal for one customer: made by the API (a portal session) or e-mailed (a magic link). Only the
 * secret's hash is kept; it is redeemed once, before it expires, for a browser session.
 */
export const portalLinks = pgTable(
  'portal_links',
  {
    ...tenantColumns(),
    kind: text('kind').$type<'session' | 'login'>().notNull(),
    customerId: idText('customer_id').notNull(),
    configurationId: idText('configuration_id'),
    secretHash: text('secret_hash').notNull(),
    returnUrl: text('return_url'),
    locale: text('locale'),
    flow: jsonb('flow').$type<PortalFlow>(),
    expiresAt: instant('expires_at').notNull(),
    redeemedAt: instant('redeemed_at'),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    uniqueIndex('portal_links_secret').on(t.secretHash),
    index('portal_links_customer').on(t.accountId, t.customerId),
  ],
);

/** A signed-in portal browser: the HttpOnly cookie's secret (hashed) and the CSRF token its unsafe requests carry. */
export const portalBrowserSessions = pgTable(
  'portal_browser_sessions',
  {
    ...tenantColumns(),
    customerId: idText('customer_id').notNull(),
    configurationId: idText('configuration_id'),
    linkId: idText('link_id').notNull(),
    secretHash: text('secret_hash').notNull(),
    csrfToken: text('csrf_token').notNull(),
    returnUrl: text('return_url'),
    locale: text('locale'),
    flow: jsonb('flow').$type<PortalFlow>(),
    expiresAt: instant('expires_at').notNull(),
    endedAt: instant('ended_at'),
    created: createdColumn(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), uniqueIndex('portal_browser_sessions_secret').on(t.secretHash)],
);
