/**
 * Rows read by key, kept in memory until a statement may have changed their table.
 *
 * Sound only where this process is the database's only writer: embedded PGlite, whose data folder one process
 * holds (data-dir-lock.ts). On PostgreSQL other processes write too, and nothing here would hear of it, so the
 * cache is never attached there.
 *
 * Every statement Drizzle runs, in or out of a transaction and raw SQL included, is shown to `noteStatement` before
 * it runs. One that is not a plain SELECT and names a watched table drops that table's entries: coarse, but it
 * cannot miss a write path. A read that overlaps such a statement is returned but not kept (the generation moved).
 * Only reads on the root handle use the cache: inside a transaction a read may see rows that are rolled back.
 */
// Rows by account, then by id: two lookups of strings whose hashes are already known or short to compute, where one
// key `${account}/${id}` would be built, flattened and hashed afresh per request (measured ~2x slower).
type Table = { pattern: RegExp; generation: number; accounts: Map<string, Map<string, unknown>>; size: number };

export class ReadCache {
  private readonly tables = new Map<string, Table>();
  private readonly maxRowsPerTable: number;

  /** A watched name is a table, or a view of several (kept values built from rows of all of them). */
  constructor(tables: readonly (string | CachedView)[], maxRowsPerTable = 10_000) {
    this.maxRowsPerTable = maxRowsPerTable;
    for (const entry of tables) {
      const [table, watches] = typeof entry === 'string' ? [entry, [entry]] : [entry.name, entry.watches];
      this.tables.set(table, {
        pattern: new RegExp(`\\b(?:${watches.join('|')})\\b`, 'i'),
        generation: 0,
        accounts: new Map(),
        size: 0,
      });
    }
  }

  /** Drops the entries a statement may change; returns whether it may write at all (not a plain SELECT). */
  noteStatement(statement: string): boolean {
    if (PLAIN_SELECT.test(statement)) return false;
    for (const table of this.tables.values()) {
      if (!table.pattern.test(statement)) continue;
      table.generation++;
      table.accounts.clear();
      table.size = 0;
    }
    return true;
  }

  /** The kept row, if any, without loading. */
  peek<T>(tableName: string, accountId: string, id: string): T | undefined {
    return this.tables.get(tableName)?.accounts.get(accountId)?.get(id) as T | undefined;
  }

  /**
   * The kept row (at once, no promise), or `load()`'s, kept unless a write to the table overlapped it. Kept rows
   * are deep-frozen.
   */
  read<T>(
    tableName: string,
    accountId: string,
    id: string,
    load: () => Promise<T | undefined>,
  ): T | undefined | Promise<T | undefined> {
    const table = this.tables.get(tableName);
    if (!table) throw new Error(`read cache: table ${tableName} is not watched`);
    const kept = table.accounts.get(accountId)?.get(id);
    if (kept !== undefined) return kept as T;
    return this.loadAndKeep(table, accountId, id, load);
  }

  private async loadAndKeep<T>(table: Table, accountId: string, id: string, load: () => Promise<T | undefined>) {
    const generation = table.generation;
    const row = await load();
    if (row !== undefined && table.generation === generation) {
      if (table.size >= this.maxRowsPerTable) {
        table.accounts.clear();
        table.size = 0;
      }
      let rows = table.accounts.get(accountId);
      if (!rows) {
        rows = new Map();
        table.accounts.set(accountId, rows);
      }
      if (!rows.has(id)) table.size++;
      rows.set(id, deepFreeze(row));
    }
    return row;
  }
}

// `select … for update` only locks, and a data-modifying CTE starts with `with`. (A select calling a function that
// writes a watched table would pass as plain; Tenure has no such function.)
const PLAIN_SELECT = /^\s*select\b/i;

/** Values kept under `name`, dropped by a write to any of the tables they were read from. */
export type CachedView = { name: string; watches: readonly string[] };

/**
 * The tables whose by-key reads are hot enough to keep, and views: a player's login (its line and everything its
 * access is computed from), a line's live sessions (active_cons), an account's channel catalogue.
 */
export const CACHED_TABLES: readonly (string | CachedView)[] = [
  'customers',
  {
    name: 'line_logins',
    watches: ['lines', 'subscriptions', 'subscription_items', 'prices', 'products', 'accounts'],
  },
  { name: 'line_sessions', watches: ['stream_sessions'] },
  { name: 'catalogues', watches: ['stream_categories', 'streams', 'series', 'bouquets'] },
  { name: 'account_settings', watches: ['accounts'] },
];

const caches = new WeakMap<object, ReadCache>();

export function attachReadCache(db: object, cache: ReadCache): void {
  caches.set(db, cache);
}

/** The row kept for (account, id), or undefined when there is none or `db` has no cache. Never reads the database. */
export function keptRow<T>(db: object, table: string, accountId: string, id: string): T | undefined {
  return caches.get(db)?.peek<T>(table, accountId, id);
}

/**
 * `load()`, through the read cache when `db` is a root handle that has one (PGlite); otherwise (PostgreSQL, or a
 * transaction) straight to the database.
 */
export function cachedRead<T>(
  db: object,
  table: string,
  accountId: string,
  id: string,
  load: () => Promise<T | undefined>,
): T | undefined | Promise<T | undefined> {
  const cache = caches.get(db);
  return cache ? cache.read(table, accountId, id, load) : load();
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
