import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { idText, instant } from './columns.ts';

/** Tenants. Global (not distributed): every other table references one. */
export const accounts = pgTable('accounts', {
  id: idText('id').primaryKey(),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull().default('UTC'),
  defaultLocale: text('default_locale').notNull().default('en'),
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  created: instant('created').notNull(),
});

/**
 * Secret keys, stored only as SHA-256 hashes. Looked up by hash before the account is known, so this is a
 * global routing table (like `accounts`), not a tenant table.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: idText('id').primaryKey(),
    accountId: idText('account_id')
      .notNull()
      .references(() => accounts.id),
    secretHash: text('secret_hash').notNull(),
    redacted: text('redacted').notNull(),
    name: text('name'),
    /** A restricted key's (`rk_…`) resource → 'read' | 'write'; null for a secret key (`sk_…`), which may do all. */
    permissions: jsonb('permissions').$type<Record<string, 'read' | 'write'>>(),
    created: instant('created').notNull(),
    revokedAt: instant('revoked_at'),
  },
  (t) => [
    uniqueIndex('api_keys_secret_hash').on(t.secretHash),
    index('api_keys_account').on(t.accountId, t.id),
    index('api_keys_active').on(t.accountId).where(sql`revoked_at is null`),
  ],
);
