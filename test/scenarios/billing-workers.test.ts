import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { type Database, migrate, openDatabase, rowsOf } from '../../src/db/index.ts';
import { accounts } from '../../src/db/schema/index.ts';
import { reconcile } from '../../src/flows/collection/index.ts';
import { systemClock } from '../../src/kernel/clock.ts';
import { createAccount } from '../../src/modules/accounts/index.ts';
import { freshDatabaseUrl } from '../helpers/database.ts';
import { seedDueSubscriptions } from '../helpers/seed-subscriptions.ts';

// Several workers sharing one database is a PostgreSQL deployment; PGlite is one process by design.
const onPostgres = !!process.env.DATABASE_URL;
const N = 10_000;
const DUE = new Date('2026-01-01T00:00:00Z');
const NOW = '2026-01-01T00:00:05Z';

let fresh: Awaited<ReturnType<typeof freshDatabaseUrl>>;
let database: Database;
let accountId: string;

before(async () => {
  if (!onPostgres) return;
  fresh = await freshDatabaseUrl();
  database = await openDatabase({ databaseUrl: fresh.databaseUrl, dataDir: 'memory://' });
  await migrate(database);
  accountId = (await createAccount(database.db, systemClock.now(), { name: 'workers' })).id;
  await database.db
    .update(accounts)
    .set({ settings: { invoice_finalize_delay_seconds: 0 } })
    .where(eq(accounts.id, accountId));
  await seedDueSubscriptions(database.db, accountId, N, DUE);
});
after(async () => {
  if (!onPostgres) return;
  await database.close();
  await fresh.drop();
});

function startWorker(progress: (renewed: number) => void): { child: ChildProcess; done: Promise<number | null> } {
  const child = spawn(process.execPath, ['test/helpers/billing-worker-process.ts', fresh.databaseUrl!, NOW, '100'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout!.on('data', (chunk: Buffer) => {
    const last = chunk.toString().trim().split('\n').at(-1)!;
    progress(Number(last.split(' ')[1]));
  });
  return { child, done: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}

async function one<T>(query: ReturnType<typeof sql>): Promise<T> {
  return rowsOf<T>(await database.db.execute(query))[0]!;
}

test('four worker processes, one SIGKILLed mid-run and restarted: one invoice per subscription-period, gapless numbers', {
  skip: !onPostgres && 'PostgreSQL only (set DATABASE_URL)',
}, async () => {
  let killed = false;
  const workers = Array.from({ length: 4 }, (_, i) =>
    startWorker((renewed) => {
      if (i === 0 && !killed && renewed >= 300) {
        killed = true;
        workers[0]!.child.kill('SIGKILL');
      }
    }),
  );
  const codes = await Promise.all(workers.map((w) => w.done));
  assert.equal(killed, true, 'the first worker was killed mid-run');
  assert.equal(codes[0], null, 'killed by a signal, not exited');
  assert.deepEqual(codes.slice(1), [0, 0, 0]);
  // A restarted worker resumes whatever is left (here: nothing or the killed worker's uncommitted batch).
  const restarted = startWorker(() => undefined);
  assert.equal(await restarted.done, 0);

  const totals = await one<{ invoices: number; subs: number; numbers: number; max: number }>(sql`
    select count(*)::int as invoices, count(distinct subscription_id)::int as subs, count(distinct number)::int as numbers,
      max(split_part(number, '-', 2)::int)::int as max
    from invoices where account_id = ${accountId}`);
  assert.deepEqual(totals, { invoices: N, subs: N, numbers: N, max: N }, 'exactly one invoice each, numbers 1..N');
  const left = await one<{ due: number; renewed: number }>(sql`
    select count(*) filter (where next_action_at <= ${DUE.toISOString()}::timestamptz)::int as due,
      count(*) filter (where current_period_start = ${DUE.toISOString()}::timestamptz)::int as renewed
    from subscriptions where account_id = ${accountId}`);
  assert.deepEqual(left, { due: 0, renewed: N });
  assert.deepEqual(await reconcile(database.db, accountId), [], 'the books balance after the crash');
});
