import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/db/index.ts';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { billingKit } from './billing-kit.ts';

// Killing worker processes that share one database is a PostgreSQL deployment; PGlite is one process by design.
const onPostgres = !!process.env.DATABASE_URL;
const RUNS = 30;

/** The gateway's own books, outside every worker: one charge per idempotency key, replayed on a repeat. */
const charged = new Map<string, { amount: number; invoice: string }>();
let requests = 0;
let server: Server;
let h: Harness;

before(async () => {
  if (!onPostgres) return;
  h = await startHarness();
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      requests++;
      const body = JSON.parse(raw);
      const id = `gw_${body.idempotencyKey}`;
      if (!charged.has(body.idempotencyKey))
        charged.set(body.idempotencyKey, { amount: body.amount, invoice: body.metadata.invoice });
      // Killed mid-call: the money moved, the worker never hears of it.
      if (body.killDuring) {
        process.kill(body.pid, 'SIGKILL');
        res.destroy();
        return;
      }
      res.end(JSON.stringify({ status: 'succeeded', gatewayId: id, declineCode: null, message: null }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
after(async () => {
  if (!onPostgres) return;
  server.close();
  await h.close();
});

function worker(now: Date, kill: string): Promise<string | null> {
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/charge`;
  const child = spawn(
    process.execPath,
    ['test/helpers/charge-worker-process.ts', h.databaseUrl!, url, now.toISOString(), kill],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
}

test(`${RUNS} worker processes SIGKILLed before, during and after a charge: 0 double charges, 0 lost or stuck payments`, {
  skip: !onPostgres && 'PostgreSQL only (set DATABASE_URL)',
  timeout: 600_000,
}, async () => {
  const k = billingKit(h);
  const price = await k.monthly(990);
  for (let i = 0; i < RUNS; i++) {
    const customer = (await k.ok('POST', '/v1/customers', { name: `C${i}`, email: 'c@example.com' })).id;
    await k.ok('POST', '/v1/payment_methods', { customer, token: 'tok_visa' });
    // Finalized but not charged: the worker processes below make every first charge.
    await k.ok('POST', '/v1/subscriptions', {
      customer,
      items: [{ price }],
      payment_behavior: 'default_incomplete',
    });
  }
  // Due a second after the last finalization: long before any overdue stage or the 23 h expiry.
  const last = rowsOf<{ at: string }>(
    await h.ctx.db.execute(sql`select max(finalized_at)::text as at from invoices`),
  )[0]!.at;
  const NOW = new Date(new Date(last).getTime() + 1000);
  await h.ctx.db.execute(
    sql`update invoices set next_payment_attempt = ${NOW.toISOString()}, collection_due_at = ${NOW.toISOString()} where status = 'open'`,
  );
  const points = ['before', 'during', 'after'];
  const signals = [];
  for (let run = 0; run < RUNS; run++) signals.push(await worker(NOW, points[run % 3]!));
  assert.deepEqual(new Set(signals), new Set(['SIGKILL']), 'every run was killed at its point');
  const pending = rowsOf<{ n: number }>(
    await h.ctx.db.execute(sql`select count(*)::int as n from payments where status = 'pending'`),
  )[0]!.n;
  assert.equal(pending, RUNS, 'each killed run left its attempt pending');
  // A worker after the 60 s grace resumes every pending attempt with its key.
  assert.equal(await worker(new Date(NOW.getTime() + 120_000), 'none'), null);
  const rows = rowsOf<{ invoice: string; status: string; attempts: number; payments: string; paid: number }>(
    await h.ctx.db.execute(sql`select i.id as invoice, i.status, i.attempt_count as attempts, i.amount_paid as paid,
      string_agg(p.status, ',') as payments from invoices i
      left join payments p on p.account_id = i.account_id and p.invoice_id = i.id
      group by i.account_id, i.id order by i.id`),
  );
  assert.equal(rows.length, RUNS);
  for (const row of rows)
    assert.deepEqual([row.status, row.attempts, row.payments, row.paid], ['paid', 1, 'succeeded', 990]);
  const perInvoice = new Map<string, number>();
  for (const { invoice, amount } of charged.values()) perInvoice.set(invoice, (perInvoice.get(invoice) ?? 0) + amount);
  assert.equal(perInvoice.size, RUNS);
  assert.deepEqual(new Set(perInvoice.values()), new Set([990]), 'each invoice charged exactly once at the gateway');
  assert.ok(requests > RUNS, 'interrupted calls were repeated with their key');
  // h.close() reconciles the books to the minor unit.
});
