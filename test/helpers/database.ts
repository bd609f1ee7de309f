import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Where a test file's data lives: a fresh in-memory PGlite, or (when DATABASE_URL is set) a fresh database on
 * that PostgreSQL server, so test files running in parallel never see each other's rows.
 */
export async function freshDatabaseUrl(): Promise<{ databaseUrl: string | undefined; drop(): Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) return { databaseUrl: undefined, drop: async () => undefined };
  const name = `tenure_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      // The pool's close resolves before the server has ended its backends; forcing the drop then would kill
      // connections mid-close. Wait for them to go, and force only as a last resort.
      for (let i = 0; i < 50; i++) {
        const { rows } = await client.query('select count(*)::int as n from pg_stat_activity where datname = $1', [
          name,
        ]);
        if (rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
