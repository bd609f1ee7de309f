import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { readConfig } from '../src/server/config.ts';

/**
 * A fresh, empty database on the PostgreSQL server named by `base` (DATABASE_URL), dropped by `drop()`. Named
 * `tenure_bench_…` so it is never mistaken for a test database.
 */
export async function freshBenchDatabase(base: string): Promise<{ databaseUrl: string; drop(): Promise<void> }> {
  const name = `tenure_bench_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    /**
     * `pool.end()` resolves before its connections are gone; dropping `with (force)` at once would terminate them
     * mid-goodbye and pg-pool would raise that as an unhandled 'error'. So wait for them to leave, and force only
     * as a last resort.
     */
    async drop() {
      for (let attempt = 0; attempt < 50; attempt++) {
        try {
          await admin(`drop database if exists ${name}`);
          return;
        } catch (error) {
          if ((error as { code?: string }).code !== '55006') throw error; // 55006: still being accessed
          await sleep(100);
        }
      }
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

/** Tenure's configuration for a benchmark: an ephemeral port on localhost, in-memory PGlite unless a URL, silent. */
export function benchConfig(databaseUrl: string | undefined) {
  return {
    ...readConfig([], {}),
    port: 0,
    host: '127.0.0.1',
    dataDir: 'memory://',
    databaseUrl,
    apiKey: undefined,
    logLevel: 'silent' as const,
  };
}
