import { asc } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Db } from '../../db/index.ts';
import { accounts } from '../../db/schema/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { newId } from '../../kernel/ids.ts';
import { createApiKey, type IssuedKey, keyExists } from './keys.ts';

export type Account = { id: string; name: string; timeZone: string };

export async function createAccount(
  db: Db,
  at: Temporal.Instant,
  options: { name?: string; timeZone?: string } = {},
): Promise<Account> {
  const account = { id: newId('acct'), name: options.name ?? 'Default account', timeZone: options.timeZone ?? 'UTC' };
  await db.insert(accounts).values({ ...account, created: toDate(at) });
  return account;
}

export type Bootstrap = { account: Account; issuedKey: IssuedKey | null };

/**
 * First start: creates the default account and its key (the configured TENURE_API_KEY, else a fresh one).
 * Later starts install TENURE_API_KEY if it is not there yet, so a deployment's known key always works.
 */
export async function bootstrapDefaultAccount(
  db: Db,
  at: Temporal.Instant,
  configuredKey?: string,
): Promise<Bootstrap> {
  const existing = await db.select().from(accounts).orderBy(asc(accounts.id)).limit(1);
  if (existing[0]) {
    const account = { id: existing[0].id, name: existing[0].name, timeZone: existing[0].timeZone };
    if (!configuredKey || (await keyExists(db, configuredKey))) return { account, issuedKey: null };
    return {
      account,
      issuedKey: await createApiKey(db, account.id, at, { secret: configuredKey, name: 'TENURE_API_KEY' }),
    };
  }
  return db.transaction(async (tx) => {
    const account = await createAccount(tx, at);
    const issuedKey = await createApiKey(tx, account.id, at, { secret: configuredKey, name: 'default' });
    return { account, issuedKey };
  });
}
