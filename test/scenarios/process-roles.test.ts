import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf } from '../../src/db/index.ts';
import { reconcile } from '../../src/flows/collection/index.ts';
import { freshDatabaseUrl } from '../helpers/database.ts';

/**
 * The production layout: several `tenure api` processes and a `tenure worker` on one PostgreSQL database, as real
 * child processes. On embedded PGlite (one process per data folder by design) the same scenario runs against one
 * `tenure start`, so the file checks the roles on PostgreSQL and the single-process default on PGlite.
 */
const CLI = join(import.meta.dirname, '../../src/cli/tenure.ts');
const KEY = 'sk_test_process_roles_0123456789abcdef';
const SUBSCRIPTIONS = 40;
const MONTHS = ['2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'];

const fresh = await freshDatabaseUrl();
const dataDir = mkdtempSync(join(tmpdir(), 'tenure-roles-'));
const children = new Set<ChildProcess>();
after(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await fresh.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

type Process = { child: ChildProcess; url: string };

/** Spawns `tenure <role>` and resolves once it says it runs (with its URL for an API). */
function spawnRole(role: 'api' | 'worker' | 'start'): Promise<Process> {
  const { DATABASE_URL: _ignored, ...base } = process.env;
  const env = {
    ...base,
    ...(fresh.databaseUrl ? { DATABASE_URL: fresh.databaseUrl } : { TENURE_DATA_DIR: dataDir }),
    TENURE_API_KEY: KEY,
    TENURE_LOG_LEVEL: 'warn',
    TENURE_WORKER_POLL_MS: '100',
  };
  const args = role === 'worker' ? [CLI, role] : [CLI, role, '--port', '0'];
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /is running (?:at (http:\/\/\S+)|on )/.exec(output);
      if (match) resolve({ child, url: match[1] ?? '' });
    });
    child.on('exit', (code) => reject(new Error(`tenure ${role} exited with ${code}:\n${output}`)));
  });
}

function stop({ child }: Process): Promise<number | null> {
  child.removeAllListeners('exit');
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

/** Calls one of the APIs; every call in this scenario must succeed. */
async function call(api: Process, method: string, path: string, body?: unknown) {
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${KEY}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as Record<string, any>;
  assert.equal(response.status, 200, `${method} ${path}: ${JSON.stringify(json)}`);
  return json;
}

async function advanceAndWait(api: Process, clock: string, iso: string) {
  await call(api, 'POST', `/v1/test_clocks/${clock}/advance`, { frozen_time: Date.parse(iso) / 1000 });
  for (;;) {
    const state = await call(api, 'GET', `/v1/test_clocks/${clock}`);
    if (state.status === 'ready') return;
    assert.equal(state.status, 'advancing', JSON.stringify(state));
    await new Promise((r) => setTimeout(r, 100));
  }
}

const progress = (what: string) => process.env.TENURE_TEST_PROGRESS && process.stderr.write(`${what}\n`);

async function driveScenario(apis: Process[]) {
  const api = (i: number) => apis[i % apis.length]!;
  const clock = (
    await call(api(0), 'POST', '/v1/test_clocks', { frozen_time: Date.parse('2026-01-01T00:00:00Z') / 1000 })
  ).id as string;
  const product = await call(api(1), 'POST', '/v1/products', { name: 'Plan' });
  const price = (
    await call(api(0), 'POST', '/v1/prices', {
      product: product.id,
      currency: 'usd',
      unit_amount: 1500,
      recurring: { interval: 'month' },
    })
  ).id as string;
  const subscriptions = await Promise.all(
    Array.from({ length: SUBSCRIPTIONS }, async (_, i) => {
      const customer = await call(api(i), 'POST', '/v1/customers', { name: `c${i}`, test_clock: clock });
      await call(api(i + 1), 'POST', '/v1/payment_methods', { customer: customer.id, token: 'tok_visa' });
      return (await call(api(i), 'POST', '/v1/subscriptions', { customer: customer.id, items: [{ price }] }))
        .id as string;
    }),
  );
  progress('subscriptions created');
  for (const [i, month] of MONTHS.entries()) {
    await advanceAndWait(api(i), clock, month);
    progress(`advanced to ${month}`);
  }
  return subscriptions;
}

async function books() {
  const database = await openDatabase({ databaseUrl: fresh.databaseUrl, dataDir });
  try {
    const one = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await database.db.execute(query));
    const accounts = await one<{ id: string }>(sql`select id from accounts`);
    const perPeriod = await one<{ subscription_id: string; n: number }>(sql`
      select subscription_id, count(*)::int as n from invoices where subscription_id is not null
      group by subscription_id, period_start order by n desc`);
    const charges = await one<{ invoice_id: string; n: number }>(sql`
      select invoice_id, count(*)::int as n from payments where status = 'succeeded' group by invoice_id`);
    const problems = (await Promise.all(accounts.map((a) => reconcile(database.db, a.id)))).flat();
    const [{ paid }] = (await one<{ paid: number }>(sql`
      select count(*)::int as paid from invoices where status = 'paid'`)) as [{ paid: number }];
    return { accounts: accounts.length, perPeriod, charges, paid, problems };
  } finally {
    await database.close();
  }
}

test('two API processes and two workers on one PostgreSQL (one `tenure start` on PGlite): 40 subscriptions over 3 months, one invoice per period, books reconcile', {
  timeout: 600_000,
}, async () => {
  // On PostgreSQL all start at once on an empty database: migrations and the default account are made once.
  const layout: Array<'api' | 'worker' | 'start'> = fresh.databaseUrl ? ['api', 'api', 'worker', 'worker'] : ['start'];
  const processes = await Promise.all(layout.map(spawnRole));
  progress('processes started');
  const apis = processes.filter((p) => p.url);
  assert.equal(apis.length, fresh.databaseUrl ? 2 : 1);
  const subscriptions = await driveScenario(apis);
  for (const p of processes) assert.equal(await stop(p), 0, 'a clean stop');

  const { accounts, perPeriod, charges, paid, problems } = await books();
  assert.equal(accounts, 1, 'one default account, however many processes started at once');
  assert.equal(new Set(perPeriod.map((r) => r.subscription_id)).size, SUBSCRIPTIONS);
  assert.equal(perPeriod.length, SUBSCRIPTIONS * (1 + MONTHS.length), 'the first invoice and one per month each');
  assert.equal(perPeriod[0]!.n, 1, 'no subscription has two invoices for one period');
  // April's invoices wait out the account's one-hour finalization delay; every earlier one is paid.
  assert.equal(paid, SUBSCRIPTIONS * MONTHS.length, 'January to March paid');
  assert.equal(charges.length, paid, 'one successful charge per paid invoice');
  assert.ok(
    charges.every((c) => c.n === 1),
    'no invoice charged twice',
  );
  assert.deepEqual(problems, [], 'books reconcile to the minor unit');
  assert.equal(subscriptions.length, SUBSCRIPTIONS);
});
