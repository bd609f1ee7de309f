import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';
import { billingKit } from './billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
before(async () => {
  h = await startHarness();
  k = billingKit(h);
});
after(() => h.close());

test('goals read from billing: churned within N days and revenue per exposed customer, in clock time', async () => {
  const clock = await k.clock('2026-01-01T00:00:00Z');
  const price = await k.monthly(1000);
  const variants = [
    { key: 'control', weight: 1 },
    { key: 'offer', weight: 1 },
  ];
  const churn = await k.ok('POST', '/v1/experiments', {
    key: 'churn-test',
    name: 'Churn',
    variants,
    goal: { type: 'churned', days: 30 },
  });
  const revenue = await k.ok('POST', '/v1/experiments', {
    key: 'revenue-test',
    name: 'Revenue',
    variants,
    goal: { type: 'revenue', days: 45, currency: 'USD' },
  });
  problem(
    await h.call('POST', '/v1/experiments', { body: { key: 'x', name: 'x', variants, goal: { type: 'churned' } } }),
    400,
  );
  const subs = new Map<string, string>();
  const churnArm = new Map<string, string>();
  for (let i = 0; i < 12; i += 1) {
    const customer = await k.customer(clock);
    subs.set(customer, (await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }] })).id);
    churnArm.set(customer, (await k.ok('POST', `/v1/experiments/${churn.id}/assign`, { customer })).variant);
    await k.ok('POST', `/v1/experiments/${revenue.id}/assign`, { customer });
  }
  problem(
    await h.call('POST', `/v1/experiments/${churn.id}/conversions`, { body: { customer: [...subs.keys()][0] } }),
    409,
    'experiment_goal_from_billing',
  );
  // Two customers cancel on day 10 (inside the window), one more on day 35 (outside it).
  const customers = [...subs.keys()];
  await k.advance(clock, '2026-01-11T00:00:00Z');
  for (const customer of customers.slice(0, 2)) {
    await k.ok('POST', `/v1/subscriptions/${subs.get(customer)}`, { cancel_at_period_end: true });
  }
  await k.advance(clock, '2026-02-05T00:00:00Z');
  await k.ok('POST', `/v1/subscriptions/${subs.get(customers[2]!)}`, { cancel_at_period_end: true });
  await k.advance(clock, '2026-03-15T00:00:00Z');

  const churned = await k.ok('GET', `/v1/experiments/${churn.id}/results`);
  assert.deepEqual(churned.goal, { type: 'churned', days: 30 });
  const lost = (variant: string) => customers.slice(0, 2).filter((c) => churnArm.get(c) === variant).length;
  assert.deepEqual(
    churned.variants.map((v: any) => [v.key, v.exposures, v.conversions]),
    variants.map((v) => [v.key, customers.filter((c) => churnArm.get(c) === v.key).length, lost(v.key)]),
  );
  assert.equal(
    churned.variants.reduce((s: number, v: any) => s + v.conversions, 0),
    2,
    'the day-35 cancellation is outside the window',
  );

  // Paid within 45 days of Jan 1: the Jan 1 and Feb 1 invoices (1,000 each), except the two who left on Feb 1.
  const paid = await k.ok('GET', `/v1/experiments/${revenue.id}/results`);
  const total = paid.variants.reduce((s: number, v: any) => s + v.value_mean * v.exposures, 0);
  assert.equal(Math.round(total), 10 * 2000 + 2 * 1000);
  assert.equal(
    paid.variants.reduce((s: number, v: any) => s + v.conversions, 0),
    12,
  );
  assert.equal(typeof paid.comparisons[0].value.p_value, 'number');
});
