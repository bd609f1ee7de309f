import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';
import { LoadBatcher } from './load-batcher.ts';
import { cachedRead, keptRow } from './read-cache.ts';

/** A statement reading a tenant table's rows by a list of ids, prepared once per database handle. */
export type PrepareByIds<Row> = (db: Db) => {
  execute(values: { accountId: string; ids: string[] }): Promise<Row[]>;
};

// A transaction runs its statements one by one on its connection: nothing to coalesce, and no delay wanted.
const inTransaction = (db: object): boolean => db instanceof PgTransaction;

/**
 * The hot by-id reads of one tenant table, each answered at the cheapest place it can be: the read cache (PGlite,
 * read-cache.ts), else one query shared with concurrent reads (load-batcher.ts), else, inside a transaction, a
 * query of its own.
 */
export function rowsById<Row extends { id: string }>(table: string, prepare: PrepareByIds<Row>) {
  const batchers = new WeakMap<object, LoadBatcher<Row>>();
  const batcherFor = (db: Db) => {
    let batcher = batchers.get(db);
    if (!batcher) {
      const query = prepare(db);
      batcher = new LoadBatcher(
        async (accountId, ids) => new Map((await query.execute({ accountId, ids })).map((row) => [row.id, row])),
      );
      batchers.set(db, batcher);
    }
    return batcher;
  };
  return {
    /** The kept row, if the read cache holds one; never reads the database, so it needs no promise. */
    kept: (db: Db, accountId: string, id: string) => keptRow<Row>(db, table, accountId, id),
    read: (db: Db, accountId: string, id: string) =>
      cachedRead(db, table, accountId, id, async () => {
        if (inTransaction(db)) return (await prepare(db).execute({ accountId, ids: [id] }))[0];
        return batcherFor(db).load(accountId, id);
      }),
  };
}
