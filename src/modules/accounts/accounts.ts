import { asc, sql } from 'drizzle-orm';
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
  const existing = await firstAccount(db);
  if (existing && (!configuredKey || (await keyExists(db, configuredKey))))
    return { account: existing, issuedKey: null };
  // Several processes (`tenure api`, `tenure worker`) may start at once on one database: the lock makes one of
  // them create the default account and install the key; the others then find both.
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${BOOTSTRAP_LOCK})`);
    const found = await firstAccount(tx);
    const account = found ?? (await createAccount(tx, at));
    const fresh = !found;
    if (!fresh && (!configuredKey || (await keyExists(tx, configuredKey)))) return { account, issuedKey: null };
    const name = fresh ? 'default' : 'TENURE_API_KEY';
    return { account, issuedKey: await createApiKey(tx, account.id, at, { secret: configuredKey, name }) };
  });
}

// Any fixed number, distinct from the migration lock's.
const BOOTSTRAP_LOCK = 727_002;

async function firstAccount(db: Db): Promise<Account | undefined> {
  const row = (await db.select().from(accounts).orderBy(asc(accounts.id)).limit(1))[0];
  return row && { id: row.id, name: row.name, timeZone: row.timeZone };
}
