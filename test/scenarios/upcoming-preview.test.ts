import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { SandboxGateway } from '../../src/modules/payments/index.ts';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { rowCounts } from '../helpers/row-counts.ts';
import { billingKit } from './billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
before(async () => {
  h = await startHarness();
  k = billingKit(h);
});
after(() => h.close());

test('a preview with always_invoice reaches no gateway and writes no row, then the real change bills the same amounts', async () => {
  const clock = await k.clock('2025-04-01T00:00:00Z');
  const customer = await k.customer(clock);
  const cheap = await k.monthly(1000);
  const dear = await k.monthly(2000);
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: cheap }] });
  await k.advance(clock, '2025-04-16T00:00:00Z');
  const item = sub.items.data[0].id;
  const before = await rowCounts(h.ctx.db);
  const calls = SandboxGateway.chargeCalls;
  const cases: [string, number[]][] = [
    ['always_invoice', [2000]],
    ['create_prorations', [-500, 1000, 2000]],
    ['none', [2000]],
  ];
  for (const [behavior, amounts] of cases) {
    const preview = await k.ok(
      'GET',
      `/v1/invoices/upcoming?subscription=${sub.id}&subscription_items[0][id]=${item}&subscription_items[0][price]=${dear}&subscription_proration_behavior=${behavior}`,
    );
    assert.deepEqual(
      preview.lines.data.map((l: any) => l.amount),
      amounts,
      behavior,
    );
  }
  assert.equal(SandboxGateway.chargeCalls - calls, 0, 'no gateway call');
  assert.deepEqual(await rowCounts(h.ctx.db), before, 'no row written in any table');
  // The change itself: its own invoice bills the net proration (the preview above showed the renewal after it).
  await k.ok('POST', `/v1/subscriptions/${sub.id}`, {
    items: [{ id: item, price: dear }],
    proration_behavior: 'always_invoice',
  });
  const invoices = await k.invoices(sub.id);
  assert.deepEqual(
    invoices.map((i) => [i.billing_reason, i.total, i.status]),
    [
      ['subscription_create', 1000, 'paid'],
      ['subscription_update', 500, 'paid'],
    ],
  );
  assert.equal(SandboxGateway.chargeCalls - calls, 1, 'the real change charges once');
});

test('a preview across a schedule phase bills the next phase and leaves the schedule where it was', async () => {
  const clock = await k.clock('2025-01-01T00:00:00Z');
  const customer = await k.customer(clock);
  const promo = await k.monthly(500);
  const list = await k.monthly(1500);
  const schedule = await k.ok('POST', '/v1/subscription_schedules', {
    customer,
    phases: [{ items: [{ price: promo }], iterations: 1 }, { items: [{ price: list }] }],
  });
  const before = await rowCounts(h.ctx.db);
  const preview = await k.ok('GET', `/v1/invoices/upcoming?subscription=${schedule.subscription}`);
  assert.equal(preview.total, 1500);
  assert.deepEqual(await rowCounts(h.ctx.db), before);
  assert.equal((await k.ok('GET', `/v1/subscription_schedules/${schedule.id}`)).current_phase, 0);
  await k.advance(clock, '2025-02-01T00:00:00Z');
  assert.equal((await k.ok('GET', `/v1/subscription_schedules/${schedule.id}`)).current_phase, 1);
  assert.equal((await k.invoices(schedule.subscription)).at(-1).total, 1500);
});
