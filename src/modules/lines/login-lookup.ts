/**
 * The line a player logs in as, with everything its access is computed from, in ONE statement: players log in and
 * start streams constantly, and each round trip to the database costs more than the rest of the request.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { cachedRead } from '../../db/read-cache.ts';
import { accounts, lines, subscriptions } from '../../db/schema/index.ts';
import { type AccessData, assembleAccess, type PriceGrant } from '../entitlements/index.ts';
import type { LineRow } from './present.ts';

type Item = { sub: string; price: string; quantity: number };

function prepare(db: Db) {
  const items = sql<Item[]>`coalesce((
    select json_agg(json_build_object('sub', i.subscription_id, 'price', i.price_id, 'quantity', i.quantity))
    from subscription_items i where i.account_id = ${lines.accountId} and i.subscription_id = ${lines.subscriptionId}
  ), '[]'::json)`;
  // The prices of the items and of a pending change (the downgrade at period end applies at its instant).
  const prices = sql<PriceGrant[]>`coalesce((
    select json_agg(json_build_object('id', p.id, 'product', p.product_id, 'entitlements', pr.entitlements))
    from prices p join products pr on pr.account_id = p.account_id and pr.id = p.product_id
    where p.account_id = ${lines.accountId} and (
      p.id in (select i.price_id from subscription_items i
               where i.account_id = ${lines.accountId} and i.subscription_id = ${lines.subscriptionId})
      or p.id in (select x->>'price' from jsonb_array_elements(coalesce(${subscriptions.pendingChange}->'items', '[]'::jsonb)) x))
  ), '[]'::json)`;
  return db
    .select({ line: lines, sub: subscriptions, items, prices, timeZone: accounts.timeZone })
    .from(lines)
    .innerJoin(
      subscriptions,
      and(eq(subscriptions.accountId, lines.accountId), eq(subscriptions.id, lines.subscriptionId)),
    )
    .innerJoin(accounts, eq(accounts.id, lines.accountId))
    .where(eq(lines.username, sql.placeholder('username')))
    .prepare('line_for_login');
}

const statements = new WeakMap<object, ReturnType<typeof prepare>>();

/** `timeZone` is the account's: players show the panel's clock (`server_info.timezone`, `time_now`) in it. */
export type LoginLookup = { line: LineRow; data: AccessData; timeZone: string };

/**
 * The line with this username and its subscription's access data, or undefined. On PGlite it is kept in memory
 * until a write to any table it was read from (db/read-cache.ts), so a login reads no database at all.
 */
export function lineForLogin(db: Db, username: string): LoginLookup | undefined | Promise<LoginLookup | undefined> {
  return cachedRead(db, 'line_logins', '*', username, () => loadLineForLogin(db, username));
}

async function loadLineForLogin(db: Db, username: string): Promise<LoginLookup | undefined> {
  let statement = statements.get(db);
  if (!statement) {
    statement = prepare(db);
    statements.set(db, statement);
  }
  const [row] = await statement.execute({ username });
  if (!row) return undefined;
  return { line: row.line, data: assembleAccess([row.sub], row.items, row.prices), timeZone: row.timeZone };
}
