import { index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdColumn, idText, instant, tenantColumns } from './columns.ts';

/** People who run an account from the console (`op_`); an invited operator has no password until they accept. */
export const operators = pgTable(
  'operators',
  {
    ...tenantColumns(),
    /** Lower-cased, so one person is one operator per account whatever case they type. */
    email: text('email').notNull(),
    name: text('name'),
    role: text('role').notNull(),
    status: text('status').$type<'invited' | 'active'>().notNull(),
    /** `scrypt$N$r$p$salt$hash` (see operators/core/password.ts); null until a password is set. */
    passwordHash: text('password_hash'),
    /** Base32 TOTP secret; sign-in asks for a code once it is set. */
    totpSecret: text('totp_secret'),
    invitedBy: idText('invited_by'),
    lastSignInAt: instant('last_sign_in_at'),
    created: createdColumn(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), uniqueIndex('operators_email').on(t.accountId, t.email)],
);

/**
 * Server-side console sessions: the cookie carries a secret whose SHA-256 is stored here. Looked up by hash before
 * the account is known, so, like api_keys, a global routing table.
 */
export const operatorSessions = pgTable(
  'operator_sessions',
  {
    id: idText('id').primaryKey(),
    accountId: idText('account_id').notNull(),
    operatorId: idText('operator_id').notNull(),
    secretHash: text('secret_hash').notNull(),
    /** The double-submit CSRF token: unsafe requests must echo it in `x-csrf-token`. */
    csrfToken: text('csrf_token').notNull(),
    lastSeenAt: instant('last_seen_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
    revokedAt: instant('revoked_at'),
    created: createdColumn(),
  },
  (t) => [
    uniqueIndex('operator_sessions_secret').on(t.secretHash),
    index('operator_sessions_operator').on(t.accountId, t.operatorId),
  ],
);

export type OperatorTokenKind = 'setup' | 'invitation' | 'magic_link';

/** Single-use links (owner set-up, invitation, magic sign-in link), stored as SHA-256 hashes; global like api_keys. */
export const operatorTokens = pgTable(
  'operator_tokens',
  {
    id: idText('id').primaryKey(),
    accountId: idText('account_id').notNull(),
    kind: text('kind').$type<OperatorTokenKind>().notNull(),
    tokenHash: text('token_hash').notNull(),
    operatorId: idText('operator_id'),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
    created: createdColumn(),
  },
  (t) => [uniqueIndex('operator_tokens_hash').on(t.tokenHash), index('operator_tokens_account').on(t.accountId)],
);

export type AuditActorType = 'operator' | 'api_key' | 'worker' | 'customer';

/** Every change made through the API (`aud_`), with who made it, from where, and the object as it then was. */
export const auditLog = pgTable(
  'audit_log',
  {
    ...tenantColumns(),
    actorType: text('actor_type').$type<AuditActorType>().notNull(),
    actorId: text('actor_id').notNull(),
    /** The operator's e-mail, or the key's redacted form, as it was when they acted. */
    actorLabel: text('actor_label'),
    action: text('action').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    statusCode: integer('status_code').notNull(),
    objectType: text('object_type'),
    objectId: text('object_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    clientAddress: text('client_address'),
    requestId: text('request_id'),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('audit_log_actor').on(t.accountId, t.actorId, t.id),
    index('audit_log_object').on(t.accountId, t.objectId, t.id),
  ],
);
