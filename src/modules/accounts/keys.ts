import { createHash } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../../db/index.ts';
import { accounts, apiKeys } from '../../db/schema/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';
import { newId, newSecret } from '../../kernel/ids.ts';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** `sk_…abcd`: enough to recognise a key in a list without revealing it. */
function redact(secret: string): string {
  return `${secret.slice(0, 3)}…${secret.slice(-4)}`;
}

export type IssuedKey = { id: string; secret: string; accountId: string };

/** Issues a secret key (or installs the given one); the secret is returned once and only its hash is stored. */
export async function createApiKey(
  db: Db,
  accountId: string,
  at: Temporal.Instant,
  options: {
    secret?: string | undefined;
    name?: string | undefined;
    /** Makes a restricted key (`rk_…`) that may do only this. */
    permissions?: Record<string, 'read' | 'write'> | undefined;
  } = {},
): Promise<IssuedKey> {
  const prefix = options.permissions ? 'rk' : 'sk';
  const secret = options.secret ?? newSecret(prefix);
  if (!new RegExp(`^${prefix}_[A-Za-z0-9_-]{16,200}$`).test(secret)) {
    throw invalid(
      'api_key_invalid',
      `An API key must look like ${prefix}_ followed by at least 16 letters, digits, _ or -`,
      'secret',
    );
  }
  const id = newId('key');
  await db.insert(apiKeys).values({
    id,
    accountId,
    secretHash: hashSecret(secret),
    redacted: redact(secret),
    name: options.name ?? null,
    permissions: options.permissions ?? null,
    created: toDate(at),
  });
  return { id, secret, accountId };
}

export type KeyHolder = {
  accountId: string;
  timeZone: string;
  keyId: string;
  redacted: string;
  /** A restricted key's grants; null for a secret key. */
  permissions: Record<string, 'read' | 'write'> | null;
};

/** The key's account, or null; revoked keys and unknown keys look the same to the caller. */
export async function findAccountByKey(db: Db, secret: string): Promise<KeyHolder | null> {
  const rows = await db
    .select({
      accountId: apiKeys.accountId,
      timeZone: accounts.timeZone,
      keyId: apiKeys.id,
      redacted: apiKeys.redacted,
      permissions: apiKeys.permissions,
    })
    .from(apiKeys)
    .innerJoin(accounts, eq(accounts.id, apiKeys.accountId))
    .where(and(eq(apiKeys.secretHash, hashSecret(secret)), isNull(apiKeys.revokedAt)))
    .limit(1);
  return rows[0] ?? null;
}

export async function keyExists(db: Db, secret: string): Promise<boolean> {
  const rows = await db
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(eq(apiKeys.secretHash, hashSecret(secret)));
  return rows.length > 0;
}
