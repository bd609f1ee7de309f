import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/db/index.ts';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';
import { billingKit, unix } from './billing-kit.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

test('a subscriber profile joins attributes, geography, devices, viewing windows and billing value', async () => {
  const k = billingKit(h);
  await k.ok('POST', '/v1/attribute_definitions', { key: 'age_band', type: 'string' });
  const clock = await k.clock('2026-01-10T12:00:00Z');
  const customer = await k.customer(clock);
  await k.ok('POST', `/v1/customers/${customer}`, {
    address: { city: 'Recife', region: 'PE', country: 'BR' },
    attributes: { age_band: '25-34' },
    locale: 'pt-BR',
  });
  const price = await k.monthly(2990);
  await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }] });
  const view = (id: string, iso: string, minutes: number, genre: string, device: string) => ({
    id,
    type: 'viewing',
    customer,
    content_id: `c_${id}`,
    content_kind: 'series',
    channel: genre === 'sports' ? 'ch_sport' : 'ch_main',
    genre,
    device_type: device,
    started_at: unix(iso),
    seconds_watched: minutes * 60,
  });
  await k.ok('POST', '/v1/engagement_events', {
    events: [
      view('v1', '2026-01-15T20:00:00Z', 300, 'movies', 'tv'), // 64 days before the profile: 90-day window only
      view('v2', '2026-03-10T20:00:00Z', 90, 'sports', 'tv'), // 9 days before: 30-day window
      view('v3', '2026-03-19T21:00:00Z', 45, 'drama', 'phone'), // the day before: 7-day window
      { id: 'l1', type: 'login', customer, occurred_at: unix('2026-03-19T20:59:00Z') },
    ],
  });
  await k.advance(clock, '2026-03-20T12:00:00Z');
  const r = await h.call('GET', `/v1/customers/${customer}/profile`);
  assert.equal(r.statusCode, 200, r.body);
  const p = r.json();
  assert.equal(p.object, 'customer_profile');
  assert.equal(p.as_of, unix('2026-03-20T12:00:00Z'));
  assert.deepEqual(p.declared, { attributes: { age_band: '25-34' }, tags: [] });
  assert.deepEqual(p.geography, { country: 'BR', region: 'PE', city: 'Recife', postal_code: null, locale: 'pt-BR' });
  assert.deepEqual(p.technographics, {
    devices: [
      { device_type: 'tv', minutes_90_days: 390 },
      { device_type: 'phone', minutes_90_days: 45 },
    ],
    connection_speed: null,
  });
  assert.deepEqual(p.behaviour, {
    viewing_minutes: { last_7_days: 45, last_30_days: 135, last_90_days: 435 },
    active_days: { last_7_days: 1, last_30_days: 2, last_90_days: 3 },
    last_active_day: '2026-03-19',
    recency_days: 1,
    favourite_genres: ['movies', 'sports', 'drama'],
    favourite_channels: ['ch_main', 'ch_sport'],
    tenure_months: 2,
    subscriptions: { total: 1, active: 1 },
    payment_failures: { total: 0, last_90_days: 0 },
    days_past_due: 0,
  });
  // paid on Jan 10, Feb 10 and Mar 10
  assert.deepEqual(p.value, { mrr: 2990, mrr_currency: 'usd', revenue_to_date: [{ currency: 'usd', amount: 8970 }] });
});

test('a declined card shows as payment failures and days past due', async () => {
  const k = billingKit(h);
  const clock = await k.clock('2026-01-10T12:00:00Z');
  const customer = await k.customer(clock, 'tok_chargeDeclined');
  const price = await k.monthly(1500);
  await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }], trial_period_days: 10 });
  await k.advance(clock, '2026-01-25T12:00:00Z');
  const p = (await h.call('GET', `/v1/customers/${customer}/profile`)).json();
  const [facts] = rowsOf<{ failed: number; since: string | null }>(
    await h.ctx.db.execute(sql`select
      (select count(*)::int from payments where customer_id = ${customer} and status = 'failed') as failed,
      (select min(past_due_since)::text from subscriptions where customer_id = ${customer}) as since`),
  );
  assert.ok(facts!.failed >= 1 && facts!.since !== null, JSON.stringify(facts));
  assert.deepEqual(p.behaviour.payment_failures, { total: facts!.failed, last_90_days: facts!.failed });
  const pastDueDays = Math.floor((unix('2026-01-25T12:00:00Z') - Date.parse(facts!.since!) / 1000) / 86_400);
  assert.ok(pastDueDays >= 4, `${pastDueDays}`);
  assert.equal(p.behaviour.days_past_due, pastDueDays);
  assert.deepEqual(p.value.revenue_to_date, []);
});

test('an unknown customer is a 404 naming the id', async () => {
  assert.equal(problem(await h.call('GET', '/v1/customers/cus_nope/profile'), 404, 'resource_missing').param, 'id');
});
