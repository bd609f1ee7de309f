/**
 * Renewal throughput: N subscriptions fall due at once; the worker's batch path renews them (invoice finalized with a
 * gapless number, lines, events, subscription moved on). Printed next to the raw batched-INSERT rate of the same
 * rows (invoices + lines + events) in the same run, on PostgreSQL (DATABASE_URL, default local) and on PGlite.
 *   node bench/billing-run.ts [--n 100000] [--batch 1000] [--engine pg|pglite|both]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { bulkInsert, type Database, migrate, openDatabase } from '../src/db/index.ts';
import { accounts, events, invoiceLines, invoices } from '../src/db/schema/index.ts';
import { billingDueSources } from '../src/flows/billing/index.ts';
import { FakeClock, wallMs } from '../src/kernel/clock.ts';
import { createAccount } from '../src/modules/accounts/index.ts';
import { seedDueSubscriptions } from '../test/helpers/seed-subscriptions.ts';
import { freshBenchDatabase } from './database.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    batch: { type: 'string', default: '1000' },
    engine: { type: 'string', default: 'both' },
    workers: { type: 'string', default: '3' },
  },
});
const N = Number(values.n);
const BATCH = Number(values.batch);
// Concurrent claim loops on PostgreSQL (as several worker processes would run); PGlite has one connection.
const WORKERS = Number(values.workers);
const DUE = new Date('2026-01-01T00:00:00Z');

/**
 * CPU spent during a phase, split into this process (the worker) and the rest of the machine (on an otherwise idle
 * machine: PostgreSQL). Throughput moves with the host's load; CPU per renewal says what the code costs.
 */
type CpuMark = { own: number; machine: number | null };
const machineBusyMs = (): number | null => {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = fields;
    return ((user + nice + system + irq + softirq) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
};
const cpuMark = (): CpuMark => {
  const { user, system } = process.cpuUsage();
  return { own: (user + system) / 1000, machine: machineBusyMs() };
};
const cpuPer = (from: CpuMark, count: number): string => {
  const to = cpuMark();
  const own = ((to.own - from.own) * 1000) / count;
  if (to.machine === null || from.machine === null) return `worker ${own.toFixed(0)} µs CPU each`;
  const rest = ((to.machine - from.machine) * 1000) / count - own;
  return `worker ${own.toFixed(0)} + database ${rest.toFixed(0)} µs CPU each`;
};

const loops = (database: Database) => (database.engine === 'pglite' ? 1 : WORKERS);

async function renew(database: Database): Promise<{ seconds: number; invoices: number; cpu: string }> {
  const clock = new FakeClock(Temporal.Instant.from('2026-01-01T00:00:05Z'));
  const ctx = { db: database.db, engine: database.engine, clock };
  const account = await createAccount(ctx.db, clock.now(), { name: 'bench' });
  await ctx.db
    .update(accounts)
    .set({ settings: { invoice_finalize_delay_seconds: 0 } })
    .where(eq(accounts.id, account.id));
  process.stdout.write(`  seeding ${N} due subscriptions… `);
  let t = wallMs();
  await seedDueSubscriptions(ctx.db, account.id, N, DUE);
  process.stdout.write(`${((wallMs() - t) / 1000).toFixed(1)} s\n`);
  const [source] = billingDueSources();
  const cpu = cpuMark();
  t = wallMs();
  let done = 0;
  const loop = async () => {
    for (;;) {
      const ran = await source!.runDue(ctx, new Date('2026-01-01T00:00:05Z'), BATCH);
      if (ran === 0) return;
      done += ran;
      process.stdout.write(`  renewed ${done}/${N}\r`);
    }
  };
  await Promise.all(Array.from({ length: loops(database) }, loop));
  const seconds = (wallMs() - t) / 1000;
  const cpuEach = cpuPer(cpu, N);
  const [count] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(invoices)
    .where(eq(invoices.accountId, account.id));
  return { seconds, invoices: Number(count!.n), cpu: cpuEach };
}

/** The same rows written by the fastest plain bulk INSERT we have (one jsonb parameter per table and batch), no logic. */
async function rawInserts(database: Database): Promise<{ rate: number; cpu: string }> {
  const db = database.db;
  const [invoice] = await db.select().from(invoices).limit(1);
  const [line] = await db.select().from(invoiceLines).limit(1);
  const [event] = await db.select().from(events).where(eq(events.type, 'invoice.finalized')).limit(1);
  const accountId = 'acct_raw';
  const cpu = cpuMark();
  const t = wallMs();
  let next = 0;
  // As many concurrent writers as the renewal run had, so both rates use the same share of the machine.
  const loop = async () => {
    for (let done = next; done < N; done = next) {
      next += BATCH;
      const size = Math.min(BATCH, N - done);
      const ids = Array.from({ length: size }, (_, i) => `raw_${done + i}`);
      await db.transaction(async (tx) => {
        await bulkInsert(
          tx,
          invoiceLines,
          ids.map((id) => ({ ...line!, accountId, id: `il_${id}`, invoiceId: id })),
        );
        await bulkInsert(
          tx,
          events,
          ids.flatMap((id) => ['a', 'b', 'c'].map((k) => ({ ...event!, accountId, id: `evt_${k}${id}` }))),
        );
        await bulkInsert(
          tx,
          invoices,
          ids.map((id) => ({ ...invoice!, accountId, id, number: null, cycleAt: null })),
        );
      });
    }
  };
  await Promise.all(Array.from({ length: loops(database) }, loop));
  const seconds = (wallMs() - t) / 1000;
  return { rate: N / seconds, cpu: cpuPer(cpu, N) };
}

async function measure(engine: 'pg' | 'pglite') {
  const fresh =
    engine === 'pg'
      ? await freshBenchDatabase(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test')
      : null;
  const database = await openDatabase({ databaseUrl: fresh?.databaseUrl, dataDir: 'memory://' });
  try {
    await migrate(database);
    console.log(
      `${engine === 'pg' ? `PostgreSQL (${WORKERS} concurrent claim loops)` : 'PGlite'}: N=${N}, batch=${BATCH}`,
    );
    const run = await renew(database);
    const rate = N / run.seconds;
    const raw = await rawInserts(database);
    console.log(
      `  renewals:        ${rate.toFixed(0)} /s  (${run.seconds.toFixed(1)} s, ${run.invoices} invoices; ${run.cpu})`,
    );
    console.log(
      `  raw INSERT rate: ${raw.rate.toFixed(0)} row-sets/s (invoice + line + 3 events each, ${loops(database)} writer(s); ${raw.cpu})`,
    );
    console.log(
      `  ratio:           ${(rate / raw.rate).toFixed(2)}  (goal ≥ 0.30; renewals goal ${engine === 'pg' ? '5,000' : '1,000'}/s)`,
    );
    if (run.invoices !== N) throw new Error(`expected ${N} invoices, found ${run.invoices}`);
  } finally {
    await database.close();
    await fresh?.drop();
  }
}

if (values.engine !== 'pglite') await measure('pg');
if (values.engine !== 'pg') await measure('pglite');
