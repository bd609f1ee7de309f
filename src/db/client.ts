import { mkdirSync } from 'node:fs';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import { analyzeUpkeep } from './pglite-analyze.ts';
import { PGLITE_EXTENSIONS } from './pglite-extensions.ts';
import { isFreshDataDir, readTemplate } from './pglite-template.ts';
import { attachReadCache, CACHED_TABLES, ReadCache } from './read-cache.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** Either engine's Drizzle database; a transaction is one too, so functions take `Db` for both. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Engine = 'pglite' | 'postgres';

export type Database = {
  db: Db;
  engine: Engine;
  /**
   * Calls `listener` before every statement of this process that may write (PGlite only: there this process is
   * the data folder's only writer, so nothing writes unheard). Absent on PostgreSQL, where other processes write.
   */
  onWrite?: (listener: () => void) => void;
  /**
   * Transactions of ours open now: those this process runs, and on PostgreSQL also every session of this database
   * that is `idle in transaction` (waiting on its client, e.g. on a network call made inside it). The test gateway
   * asserts both are 0 during every call.
   */
  openTransactions(): Promise<{ inProcess: number; idleInTransaction: number }>;
  close(): Promise<void>;
};

/** Counts the transactions running through `db.transaction` (nested ones are savepoints on the transaction). */
function countTransactions(db: Db): () => number {
  let open = 0;
  const original = db.transaction.bind(db);
  db.transaction = (async (...args: Parameters<Db['transaction']>) => {
    open++;
    try {
      return await original(...args);
    } finally {
      open--;
    }
  }) as Db['transaction'];
  return () => open;
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * int8 → JS number, refusing anything past 2^53 so money never silently loses precision; numeric stays a
 * string (decimal.js parses it). Both engines use this one rule.
 */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`int8 value ${text} is beyond 2^53`);
  return value;
}

const keepText = (text: string) => text;

export type OpenOptions = { databaseUrl?: string | undefined; dataDir?: string | undefined; poolSize?: number };

/** PostgreSQL when a URL is given, else embedded PGlite in `dataDir` (in memory when dataDir is 'memory://'). */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  return openPglite(options.dataDir ?? './data');
}

async function openPglite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const unlock = inMemory ? () => undefined : lockDataDir(dataDir);
  try {
    const template = inMemory || isFreshDataDir(dataDir) ? readTemplate() : undefined;
    const client = await PGlite.create(inMemory ? undefined : dataDir, {
      parsers: { [pgliteTypes.INT8]: parseInt8, [pgliteTypes.NUMERIC]: keepText },
      extensions: PGLITE_EXTENSIONS,
      ...(template && { loadDataDir: template }),
    });
    // This process is the folder's only writer, so a read cache that sees every statement stays true.
    const cache = new ReadCache(CACHED_TABLES);
    const upkeep = analyzeUpkeep(() => client.exec('analyze'));
    const writeListeners: Array<() => void> = [upkeep.wrote];
    const logger = {
      logQuery: (statement: string) => {
        if (cache.noteStatement(statement)) for (const listener of writeListeners) listener();
      },
    };
    const db = drizzlePglite({ client, schema, logger }) as unknown as Db;
    attachReadCache(db, cache);
    const inProcess = countTransactions(db);
    return {
      db,
      engine: 'pglite',
      // One connection, one process: the in-process count is the whole truth.
      openTransactions: async () => ({ inProcess: inProcess(), idleInTransaction: 0 }),
      onWrite: (listener) => writeListeners.push(listener),
      close: () =>
        upkeep
          .settled()
          .then(() => client.close())
          .finally(unlock),
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

async function openPostgres(url: string, max: number): Promise<Database> {
  // Drizzle passes its own per-query type parsers that fall back to pg's global ones, so the rule is set there.
  pg.types.setTypeParser(INT8_OID, parseInt8);
  pg.types.setTypeParser(NUMERIC_OID, keepText);
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection the server drops (restart, pg_terminate_backend, proxy timeout) must not crash Tenure;
  // the pool replaces it on the next checkout.
  pool.on('error', (error) => process.emitWarning(`PostgreSQL pool: ${error.message}`));
  // Fail fast on a wrong URL rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  const inProcess = countTransactions(db);
  const openTransactions = async () => {
    const { rows } = await pool.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
        where datname = current_database() and state like 'idle in transaction%' and pid <> pg_backend_pid()`,
    );
    return { inProcess: inProcess(), idleInTransaction: rows[0]!.n };
  };
  return { db, engine: 'postgres', openTransactions, close: () => pool.end() };
}

/** Rows of a raw `db.execute(sql…)`; both drivers return them under `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
