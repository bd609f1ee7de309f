import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { chargeFaults } from '../../src/flows/collection/index.ts';
import { FakeClock } from '../../src/kernel/clock.ts';
import { SandboxGateway } from '../../src/modules/payments/index.ts';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { billingKit } from './billing-kit.ts';

// Live customers (no test clock) on a fake worker clock: due work, resumption grace and renewals run in its time.
const clock = new FakeClock('2025-01-01T00:00:00Z');
let h: Harness;
let k: ReturnType<typeof billingKit>;
before(async () => {
  h = await startHarness({ clock });
  k = billingKit(h);
});
after(() => h.close());

async function liveCustomer(token = 'tok_visa') {
  const id = (await k.ok('POST', '/v1/customers', { name: 'Ana', email: 'ana@example.com' })).id as string;
  await k.ok('POST', '/v1/payment_methods', { customer: id, token });
  return id;
}
const paymentsOf = async (invoice: string) =>
  [...(await k.ok('GET', `/v1/payments?invoice=${invoice}&limit=100`)).data].reverse();

test('the test gateway fails a charge made while a transaction of ours is open (the rule the suite runs under)', async () => {
  const request = {
    idempotencyKey: 'probe:inside',
    amount: 100,
    currency: 'usd',
    token: 'tok_visa',
    customer: 'cus_probe',
    description: 'probe',
    priorAttempts: 0,
    metadata: {},
  };
  await assert.rejects(
    h.ctx.db.transaction(() => h.gateway.charge(request)),
    /inside a transaction/,
  );
  assert.equal(h.gateway.violations.length, 1);
  h.gateway.violations.length = 0;
  if (h.ctx.engine === 'postgres') {
    // Another session of the database waiting inside a transaction is seen through pg_stat_activity.
    const client = new pg.Client({ connectionString: h.databaseUrl });
    await client.connect();
    await client.query('begin');
    await client.query('select 1');
    assert.equal((await h.database.openTransactions()).idleInTransaction, 1);
    await client.query('rollback');
    await client.end();
  }
  assert.deepEqual(await h.database.openTransactions(), { inProcess: 0, idleInTransaction: 0 });
});

for (const point of ['beforeCharge', 'afterCharge'] as const) {
  test(`a crash ${point === 'beforeCharge' ? 'before the gateway call' : 'after the gateway answered, before recording'}: the attempt stays pending and due work resumes it with the same key, charging once`, async () => {
    const customer = await liveCustomer();
    const charged = SandboxGateway.charged;
    chargeFaults[point] = () => {
      chargeFaults[point] = null;
      throw new Error(`simulated crash ${point}`);
    };
    const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(1200) }] });
    const [invoice] = await k.invoices(sub.id);
    const [pending] = await paymentsOf(invoice.id);
    assert.deepEqual([pending.status, invoice.status, invoice.attempt_count], ['pending', 'open', 1]);
    await h.settle();
    assert.equal((await paymentsOf(invoice.id))[0].status, 'pending', 'the committing process has its grace');
    clock.advance({ minutes: 2 });
    await h.settle();
    const payments = await paymentsOf(invoice.id);
    assert.deepEqual(
      payments.map((p: any) => [p.id, p.status, p.attempt]),
      [[pending.id, 'succeeded', 1]],
    );
    assert.equal((await k.ok('GET', `/v1/invoices/${invoice.id}`)).status, 'paid');
    assert.equal(SandboxGateway.charged - charged, 1, 'charged exactly once');
    assert.equal((await k.ok('GET', `/v1/subscriptions/${sub.id}`)).status, 'active');
  });
}

test('renewal collection of 40 live invoices: every charge is made outside any transaction, each invoice paid once', async () => {
  const price = await k.monthly(700);
  const subs = [];
  for (let i = 0; i < 40; i++) {
    subs.push(await k.ok('POST', '/v1/subscriptions', { customer: await liveCustomer(), items: [{ price }] }));
  }
  const checked = h.gateway.checked;
  const charged = SandboxGateway.charged;
  clock.advance({ hours: 32 * 24 });
  await h.settle();
  // Earlier tests' subscriptions renew too: every charge made was checked for open transactions.
  assert.ok(SandboxGateway.charged - charged >= 40);
  assert.equal(h.gateway.checked - checked, SandboxGateway.charged - charged);
  for (const sub of subs) {
    const invoices = await k.invoices(sub.id);
    assert.deepEqual(
      invoices.map((i) => [i.status, i.attempt_count]),
      [
        ['paid', 1],
        ['paid', 1],
      ],
    );
  }
  assert.deepEqual(h.gateway.violations, []);
});
