/**
 * The one outbox consumer (events/consume.ts) under the loads that broke the three hand-written readers: a backlog
 * bigger than a batch, and an event whose transaction commits long after newer events were read.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { and, count, countDistinct, eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { rowsOf } from '../../src/db/index.ts';
import { events, messages, mrrMovements, webhookDeliveries } from '../../src/db/schema/index.ts';
import { consumerBacklog, type NewEvent, recordEvents } from '../../src/events/index.ts';
import { systemClock, toDate, wallMs } from '../../src/kernel/clock.ts';
import { newId } from '../../src/kernel/ids.ts';
import { analyticsDueWork } from '../../src/modules/analytics/index.ts';
import { dueWorkSources } from '../../src/server/due-work-sources.ts';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { startReceiver } from '../helpers/webhook-receiver.ts';
import { billingKit, unix } from './billing-kit.ts';

const MRR = { name: 'mrr_movements', types: ['customer.subscription.*'] };
const NOTICES = { name: 'notices', types: ['customer.subscription.created'] };
const WEBHOOKS = { name: 'webhooks', types: ['*'] };

/** A subscription as its event carries it: `quantity` seats of 10.00 a month. */
function subscription(id: string, customer: string, quantity: number) {
  const price = { id: 'price_seat', unit_amount: 1000, recurring: { interval: 'month', interval_count: 1 } };
  return {
    id,
    object: 'subscription',
    customer,
    currency: 'usd',
    status: 'active',
    items: { data: [{ quantity, price }] },
  };
}

test('5,000 unread subscription events drain in one drain(), each recorded once', { timeout: 600_000 }, async () => {
  const h = await startHarness({ sources: [analyticsDueWork()] });
  try {
    const customers = 1000;
    const steps = 5;
    // Each customer's seats grow 1 → 5: every event is a movement (new, then four expansions).
    const list: NewEvent[] = [];
    const at = systemClock.now();
    for (let step = 1; step <= steps; step++) {
      for (let c = 0; c < customers; c++) {
        const type = step === 1 ? 'customer.subscription.created' : 'customer.subscription.updated';
        list.push({ type, object: subscription(`sub_${c}`, `cus_${c}`, step), at: at.add({ seconds: step }) });
      }
    }
    await recordEvents(h.ctx.db, { accountId: h.accountId }, list);
    assert.equal((await consumerBacklog(h.ctx.db, MRR)).count, customers * steps);
    const metrics = async () => (await h.call('GET', '/metrics', { key: '' })).body;
    assert.match(await metrics(), /tenure_outbox_backlog\{consumer="mrr_movements"\} 5000\n/);
    assert.match(await metrics(), /tenure_due_work_backlog\{source="mrr_movements"\} 5000\n/);

    await h.worker.drain();

    const [row] = await h.ctx.db
      .select({ movements: count(), causes: countDistinct(mrrMovements.eventId), total: sql<string>`sum(amount)` })
      .from(mrrMovements)
      .where(eq(mrrMovements.accountId, h.accountId));
    assert.equal(row!.movements, customers * steps);
    assert.equal(row!.causes, customers * steps);
    assert.equal(Number(row!.total), customers * steps * 1000, 'each customer ends at 5 seats, counted once');
    assert.equal((await consumerBacklog(h.ctx.db, MRR)).count, 0);
    assert.match(await metrics(), /tenure_outbox_backlog\{consumer="mrr_movements"\} 0\n/);
    await h.worker.drain();
    assert.equal((await h.ctx.db.select({ n: count() }).from(mrrMovements))[0]!.n, customers * steps);
  } finally {
    await h.close();
  }
});

/** A customer with an e-mail, an endpoint wanting subscription events, and the worker's three consumers. */
async function threeConsumers(h: Harness) {
  const rx = await startReceiver(() => 200, wallMs);
  const ok = async (method: 'POST', url: string, body: unknown) => {
    const response = await h.call(method, url, { body });
    assert.ok(response.statusCode < 300, `${url}: ${response.body}`);
    return response.json();
  };
  await ok('POST', '/v1/webhook_endpoints', { url: rx.url, enabled_events: ['customer.subscription.*'] });
  const customer = await ok('POST', '/v1/customers', { name: 'Ana', email: 'ana@example.com' });
  /** The consumers each saw `eventId`: a delivery, a notice, a movement. */
  const reached = async (eventId: string) => {
    const by = async (table: typeof webhookDeliveries | typeof messages | typeof mrrMovements) =>
      (
        await h.ctx.db
          .select({ n: count() })
          .from(table)
          .where(and(eq(table.accountId, h.accountId), eq(table.eventId, eventId)))
      )[0]!.n;
    return { webhooks: await by(webhookDeliveries), notices: await by(messages), mrr: await by(mrrMovements) };
  };
  const event = (subscriptionId: string, id = newId('evt')) => ({
    accountId: h.accountId,
    id,
    type: 'customer.subscription.created',
    data: { object: subscription(subscriptionId, customer.id, 1) },
    created: toDate(systemClock.now()),
  });
  return { rx, reached, event };
}

const ALL = { webhooks: 1, notices: 1, mrr: 1 };

test('an event whose transaction commits minutes after it was written, behind consumed ones, reaches all three consumers', async () => {
  const h = await startHarness({ sources: dueWorkSources() });
  const { rx, reached, event } = await threeConsumers(h);
  try {
    // Written (id minted) two minutes ago, twice the old readers' 60 s grace; committed only after newer ones were read.
    const late = event('sub_late', newId('evt', wallMs() - 120_000));
    const early = event('sub_early');
    await h.ctx.db.insert(events).values(early);
    await h.worker.drain();
    assert.deepEqual(await reached(early.id), ALL);
    await h.ctx.db.insert(events).values(late);
    await h.worker.drain();
    assert.deepEqual(await reached(late.id), ALL);
  } finally {
    await rx.close();
    await h.close();
  }
});

test('PostgreSQL: consumers wait for a transaction held open past the old grace instead of skipping its event', {
  skip: !process.env.DATABASE_URL && 'PostgreSQL only (PGlite has one connection)',
}, async () => {
  const h = await startHarness({ sources: dueWorkSources() });
  const { rx, reached, event } = await threeConsumers(h);
  const url = await databaseUrlOf(h);
  const held = new pg.Client({ connectionString: url });
  await held.connect();
  try {
    const late = event('sub_held', newId('evt', wallMs() - 120_000));
    await held.query('begin');
    await held.query('insert into events (account_id, id, type, data, created) values ($1, $2, $3, $4, $5)', [
      late.accountId,
      late.id,
      late.type,
      JSON.stringify(late.data),
      late.created,
    ]);
    // Newer events commit while it is open: the consumers read up to the open transaction and stop there.
    const later = event('sub_later');
    await h.ctx.db.insert(events).values(later);
    await h.worker.drain();
    assert.deepEqual(await reached(later.id), { webhooks: 0, notices: 0, mrr: 0 }, 'nothing read past it');
    for (const consumer of [MRR, NOTICES, WEBHOOKS]) assert.ok((await consumerBacklog(h.ctx.db, consumer)).count >= 1);

    await held.query('commit');
    await h.worker.drain();
    assert.deepEqual(await reached(late.id), ALL);
    assert.deepEqual(await reached(later.id), ALL);
    for (const consumer of [MRR, NOTICES, WEBHOOKS]) assert.equal((await consumerBacklog(h.ctx.db, consumer)).count, 0);
  } finally {
    await held.end();
    await rx.close();
    await h.close();
  }
});

/** The test database's URL (the harness made a fresh one on DATABASE_URL's server). */
async function databaseUrlOf(h: Harness): Promise<string> {
  const [row] = rowsOf<{ name: string }>(await h.ctx.db.execute(sql`select current_database() as name`));
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${row!.name}`;
  return url.toString();
}

test('complete_through: each metrics answer says up to when MRR is recorded, in the test clock time', async () => {
  const h = await startHarness();
  const k = billingKit(h);
  try {
    const clock = await k.clock('2025-01-10T00:00:00Z');
    const customer = await k.customer(clock);
    await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: await k.monthly(1000) }] });
    const window = `start=${unix('2025-01-01T00:00:00Z')}&end=${unix('2025-04-01T00:00:00Z')}`;
    const through = async () => {
      const answers = await Promise.all(
        ['mrr', 'summary', 'movements', 'cohorts', 'trials', 'dunning'].map((m) =>
          k.ok('GET', `/v1/metrics/${m}?${window}`),
        ),
      );
      const all = new Set(answers.map((a) => a.complete_through));
      assert.equal(all.size, 1, 'one answer for every report');
      return [...all][0];
    };
    // The subscription's event is not recorded yet: complete up to the second before it.
    assert.equal(await through(), unix('2025-01-10T00:00:00Z') - 1);
    await h.settle();
    assert.equal(await through(), unix('2025-01-10T00:00:00Z'));
    await h.call('POST', `/v1/test_clocks/${clock}/advance`, { body: { frozen_time: unix('2025-03-01T00:00:00Z') } });
    assert.equal(await through(), unix('2025-01-10T00:00:00Z'), 'still advancing: the clock has not moved yet');
    await h.settle();
    assert.equal(await through(), unix('2025-03-01T00:00:00Z'));
    const movements = await k.movements(customer, window);
    assert.deepEqual(
      movements.map((m) => m.type),
      ['new'],
    );
  } finally {
    await h.close();
  }
});
