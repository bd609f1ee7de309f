import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { type Database, rowsOf } from './client.ts';

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

// Several processes may start at once on one PostgreSQL (workers, API); one migrates, the others wait.
const MIGRATION_LOCK = 727_001;

/** The newest migration's time in drizzle-kit's journal: what an up-to-date database has recorded last. */
async function newestMigration(): Promise<number> {
  const journal = JSON.parse(await readFile(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: { when: number }[];
  };
  return Math.max(...journal.entries.map((e) => e.when));
}

/** One cheap query instead of the migrator's schema and table checks, its lock and its reading of every file. */
async function upToDate(database: Database): Promise<boolean> {
  try {
    const [newest, rows] = await Promise.all([
      newestMigration(),
      database.db.execute(sql`select max(created_at) as at from drizzle.__drizzle_migrations`),
    ]);
    return Number(rowsOf<{ at: string | null }>(rows)[0]?.at ?? 0) >= newest;
  } catch {
    return false; // a fresh database: no migrations table yet
  }
}

/**
 * Applies the drizzle-kit migrations (one set for both engines); safe to call on every start, and a database
 * that is already up to date is not re-migrated. Returns whether migrations ran.
 */
export async function migrate(database: Database): Promise<boolean> {
  if (await upToDate(database)) return false;
  if (database.engine === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    return true;
  }
  await database.db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
  try {
    await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder });
  } finally {
    await database.db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
  }
  return true;
}
