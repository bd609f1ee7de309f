import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdColumn, idText, instant, metadata, money, tenantColumns, testClockColumn } from './columns.ts';

export type Address = {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  region?: string | null;
  postal_code?: string | null;
  country?: string | null;
};
export type TaxId = { type: string; value: string };
export type AttributeValue = string | number | boolean;

export const customers = pgTable(
  'customers',
  {
    ...tenantColumns(),
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    description: text('description'),
    locale: text('locale'),
    preferredCurrency: text('preferred_currency'),
    address: jsonb('address').$type<Address>(),
    taxIds: jsonb('tax_ids').$type<TaxId[]>().notNull().default([]),
    attributes: jsonb('attributes').$type<Record<string, AttributeValue>>().notNull().default({}),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    metadata: metadata(),
    marketingConsent: boolean('marketing_consent').notNull().default(false),
    marketingConsentAt: instant('marketing_consent_at'),
    balance: money('balance').notNull().default(0),
    defaultPaymentMethod: idText('default_payment_method'),
    testClock: testClockColumn(),
    created: createdColumn(),
    deleted: boolean('deleted').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('customers_email').on(t.accountId, sql`lower(${t.email})`),
    index('customers_name').on(t.accountId, sql`lower(${t.name})`),
    // `name ilike '%part%'` (search by any part of a name): a trigram index, from the pg_trgm extension.
    index('customers_name_trgm').using('gin', t.name.op('gin_trgm_ops')),
    index('customers_test_clock').on(t.accountId, t.testClock),
  ],
);

/** Typed custom fields an account defines once; customer attribute values are checked against them. */
export const attributeDefinitions = pgTable(
  'attribute_definitions',
  {
    accountId: tenantColumns().accountId,
    key: text('key').notNull(),
    type: text('type').$type<'string' | 'number' | 'boolean' | 'date'>().notNull(),
    label: text('label'),
    created: createdColumn(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.key] })],
);
