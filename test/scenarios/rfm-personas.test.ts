import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { FakeClock } from '../../src/kernel/clock.ts';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';

const clock = new FakeClock('2026-01-01T12:00:00Z');
let h: Harness;
const customers: string[] = [];
before(async () => {
  h = await startHarness({ clock });
  for (let i = 0; i < 15; i++) {
    const r = await h.call('POST', '/v1/customers', { body: { name: `C${i}` } });
    customers.push(r.json().id);
  }
  clock.set('2026-02-01T12:00:00Z');
});
after(() => h.close());

const unix = (iso: string) => Date.parse(iso) / 1000;

test('RFM from engagement: five customers, one per quintile on each axis, named by the rfm rules', async () => {
  // customer i (0…4): last seen i days before Feb 1, active on 5 − i days, watching 10·(i + 1)² minutes a day
  const events = [];
  for (let i = 0; i < 5; i++)
    for (let d = 0; d < 5 - i; d++)
      events.push({
        id: `e${i}_${d}`,
        type: 'viewing',
        customer: customers[i],
        content_id: 'c',
        content_kind: 'vod',
        started_at: unix('2026-02-01T08:00:00Z') - (i + d) * 86_400,
        seconds_watched: (i + 1) ** 2 * 600,
      });
  assert.equal((await h.call('POST', '/v1/engagement_events', { body: { events } })).statusCode, 200);
  const r = await h.call('GET', '/v1/rfm?source=engagement');
  assert.equal(r.statusCode, 200, r.body);
  const report = r.json();
  assert.equal(report.customers, 5);
  const byCustomer = new Map(report.data.map((d: any) => [d.customer, d]));
  const expected = [
    // recency, frequency (active days), monetary (minutes), r f m, segment
    [0, 5, 50, 5, 5, 1, 'Others'], // frequent and recent but the least watched: no rule has 5-5-1
    [1, 4, 160, 4, 4, 2, 'Potential Loyalist'],
    [2, 3, 270, 3, 3, 4, 'Potential Loyalist'],
    [3, 2, 320, 2, 2, 5, 'At Risk'],
    [4, 1, 250, 1, 1, 3, 'Lost'],
  ];
  for (const [i, row] of expected.entries()) {
    const d: any = byCustomer.get(customers[i]);
    assert.deepEqual([d.recency_days, d.frequency, d.monetary, d.r, d.f, d.m, d.segment], row, `customer ${i}`);
  }
  assert.equal(report.segments.Lost, 1);
  assert.equal(Object.keys(report.segments).length, 11);
});

test('RFM from payments scores succeeded payments net of refunds, ignoring failed ones', async () => {
  const pay = (customer: string, id: string, iso: string, amount: number, status = 'succeeded', refunded = 0) =>
    h.ctx.db.execute(sql`insert into payments (account_id, id, customer_id, amount, amount_refunded, currency, status,
      gateway, idempotency_key, created) values (${h.accountId}, ${id}, ${customer}, ${amount}, ${refunded}, 'usd',
      ${status}, 'sandbox', ${id}, ${iso})`);
  await pay(customers[5]!, 'py_1', '2026-01-31T10:00:00Z', 5000);
  await pay(customers[5]!, 'py_2', '2026-01-01T10:00:00Z', 5000, 'succeeded', 1000);
  await pay(customers[6]!, 'py_3', '2026-01-10T10:00:00Z', 2000);
  await pay(customers[6]!, 'py_4', '2026-01-30T10:00:00Z', 2000, 'failed');
  const report = (await h.call('GET', '/v1/rfm')).json();
  assert.equal(report.source, 'payments');
  assert.deepEqual(
    report.data.map((d: any) => [d.customer, d.recency_days, d.frequency, d.monetary]).sort(),
    [
      [customers[5], 1, 2, 9000],
      [customers[6], 22, 1, 2000],
    ].sort(),
  );
});

test('personas: k-means finds the heavy, light and silent viewers and describes them in minutes', async () => {
  clock.set('2026-03-01T12:00:00Z');
  const events = [];
  // customers 5…14: 5…8 watch 3 hours a day for 20 days, 9…11 half an hour on 10 days, 12…14 nothing
  for (let i = 5; i < 15; i++) {
    const [days, seconds] = i <= 8 ? [20, 10_800] : i <= 11 ? [10, 1800] : [0, 0];
    for (let d = 0; d < days; d++)
      events.push({
        id: `p${i}_${d}`,
        type: 'viewing',
        customer: customers[i],
        content_id: 'c',
        content_kind: 'live',
        started_at: unix('2026-02-28T20:00:00Z') - d * 86_400,
        seconds_watched: seconds,
      });
  }
  assert.equal((await h.call('POST', '/v1/engagement_events', { body: { events } })).statusCode, 200);
  const r = await h.call('POST', '/v1/personas', {
    body: { features: ['viewing_minutes_30d', 'active_days_30d'], seed: 7 },
  });
  assert.equal(r.statusCode, 200, r.body);
  const personas = r.json();
  assert.equal(personas.k, 3);
  const heavy = personas.clusters.find((c: any) => c.centroid.viewing_minutes_30d > 1000);
  assert.deepEqual(heavy.centroid, { viewing_minutes_30d: 3600, active_days_30d: 20 });
  assert.equal(heavy.size, 4);
  assert.equal(heavy.distinguishing[0].direction, 'higher');
  const light = personas.clusters.find((c: any) => c.centroid.active_days_30d === 10);
  assert.deepEqual([light.size, light.centroid.viewing_minutes_30d], [3, 300]);
  // customers 0…4 (a few minutes, weeks ago) join the silent ones
  const silent = personas.clusters.find((c: any) => c !== heavy && c !== light);
  assert.equal(silent.size, 8);
  assert.equal(silent.distinguishing[0].direction, 'lower');
  const bad = await h.call('POST', '/v1/personas', { body: { features: ['shoe_size'] } });
  assert.equal(problem(bad, 400, 'parameter_invalid').param, 'features[0]');
});
