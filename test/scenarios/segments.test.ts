import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/db/index.ts';
import { FakeClock } from '../../src/kernel/clock.ts';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';

const clock = new FakeClock('2026-03-01T12:00:00Z');
let h: Harness;
const ids: Record<string, string> = {};
before(async () => {
  h = await startHarness({ clock });
});
after(() => h.close());

const unix = (iso: string) => Date.parse(iso) / 1000;
async function ok(method: 'GET' | 'POST', url: string, body?: unknown) {
  const r = await h.call(method, url, body === undefined ? {} : { body });
  assert.equal(r.statusCode, 200, `${method} ${url}: ${r.body}`);
  return r.json();
}
const watch = (id: string, customer: string, iso: string) => ({
  id,
  type: 'viewing',
  customer,
  content_id: 'c1',
  content_kind: 'live',
  genre: 'news',
  started_at: unix(iso),
  seconds_watched: 1800,
});
const inactive14 = { event: 'viewing', window_days: 14, op: 'eq', count: 0 };

/** Customers at least 14 days old with no viewing in the 14 days ending today, counted by SQL directly. */
async function directInactiveCount(today: string) {
  const [row] = rowsOf<{ n: number }>(
    await h.ctx.db.execute(sql`select count(*)::int as n from customers c
      where c.account_id = ${h.accountId} and not c.deleted and c.created <= ${today}::date + interval '12 hours' - interval '14 days'
        and not exists (select 1 from engagement_daily d where d.account_id = c.account_id and d.customer_id = c.id
          and d.day > ${today}::date - 14 and d.day <= ${today}::date and d.sessions > 0)`),
  );
  return row!.n;
}

test('a customer who stops watching enters "inactive 14 days" on day 15 and leaves when viewing resumes', async () => {
  await ok('POST', '/v1/attribute_definitions', { key: 'plan', type: 'string' });
  ids.ana = (await ok('POST', '/v1/customers', { name: 'Ana', address: { country: 'BR' } })).id;
  ids.bo = (
    await ok('POST', '/v1/customers', { name: 'Bo', address: { country: 'PT' }, attributes: { plan: 'gold' } })
  ).id;
  await ok('POST', '/v1/engagement_events', {
    events: [
      watch('a1', ids.ana!, '2026-03-01T20:00:00Z'),
      watch('a2', ids.ana!, '2026-03-02T20:00:00Z'),
      watch('a3', ids.ana!, '2026-03-03T20:00:00Z'),
      ...[1, 2, 3].map((i) => ({
        id: `l${i}`,
        type: 'login',
        customer: ids.ana,
        occurred_at: unix('2026-03-02T08:00:00Z') + i,
      })),
    ],
  });
  const segment = await ok('POST', '/v1/segments', { name: 'Inactive 14 days', rule: inactive14 });
  assert.equal(segment.object, 'segment');
  assert.equal(segment.count, 0);

  clock.set('2026-03-10T12:00:00Z');
  ids.cy = (await ok('POST', '/v1/customers', { name: 'Cy', address: { country: 'BR' } })).id;
  const members = async () =>
    (await ok('GET', `/v1/segments/${segment.id}/members?limit=100`)).data.map((m: any) => m.customer);
  const expectAt = async (iso: string, today: string, expected: string[]) => {
    clock.set(iso);
    await h.settle(); // the worker refreshes the segment (hourly, in the clock's time)
    assert.deepEqual(await members(), expected.sort(), iso);
    assert.equal((await ok('GET', `/v1/segments/${segment.id}`)).count, expected.length, iso);
    assert.equal(await directInactiveCount(today), expected.length, `direct count ${iso}`);
  };
  await expectAt('2026-03-14T12:00:00Z', '2026-03-14', []); // Bo is 13 days old: too young to be "inactive 14 days"
  await expectAt('2026-03-15T12:00:00Z', '2026-03-15', [ids.bo!]); // day 15 for Bo
  // the 14 days ending Mar 16 are Mar 3…16: Ana's last viewing (Mar 3) is still in them
  await expectAt('2026-03-16T12:00:00Z', '2026-03-16', [ids.bo!]);
  await expectAt('2026-03-17T12:00:00Z', '2026-03-17', [ids.ana!, ids.bo!]); // …and not in Mar 4…17
  await ok('POST', '/v1/engagement_events', { events: [watch('a4', ids.ana!, '2026-03-17T09:00:00Z')] });
  await expectAt('2026-03-17T12:00:00Z', '2026-03-17', [ids.bo!]); // viewing resumed
  await expectAt('2026-03-24T12:00:00Z', '2026-03-24', [ids.bo!, ids.cy!]); // Cy, created Mar 10, never watched

  // each entry and exit is an event, dated in the clock's time, for webhooks and notices
  const events = (await ok('GET', '/v1/events?type=segment.*&limit=100')).data.reverse();
  const name = (c: string) => Object.entries(ids).find(([, id]) => id === c)![0];
  assert.deepEqual(
    events.map((e: any) => [
      e.type,
      name(e.data.object.customer),
      new Date(e.created * 1000).toISOString().slice(0, 10),
    ]),
    [
      ['segment.entered', 'bo', '2026-03-15'],
      ['segment.entered', 'ana', '2026-03-17'],
      ['segment.exited', 'ana', '2026-03-17'],
      ['segment.entered', 'cy', '2026-03-24'],
    ],
  );
  assert.equal(events[0].data.object.segment, segment.id);
  const listed = (await ok('GET', `/v1/segments/${segment.id}/members`)).data;
  assert.deepEqual(listed.map((m: any) => m.entered).sort(), [
    unix('2026-03-15T12:00:00Z'),
    unix('2026-03-24T12:00:00Z'),
  ]);
});

test('preview counts a rule before saving: all/any/not over fields, attributes and event counts', async () => {
  clock.set('2026-03-05T12:00:00Z');
  const count = async (rule: unknown) => (await ok('POST', '/v1/segments/preview', { rule })).count;
  const loggedIn3 = { event: 'login', window_days: 7, op: 'gte', count: 3 };
  assert.equal(await count({ all: [{ field: 'country', op: 'eq', value: 'BR' }, loggedIn3] }), 1);
  assert.equal(await count({ field: 'country', op: 'eq', value: 'BR' }), 2);
  assert.equal(await count({ not: { field: 'country', op: 'eq', value: 'BR' } }), 1);
  assert.equal(await count({ any: [{ field: 'attributes.plan', op: 'eq', value: 'gold' }, loggedIn3] }), 2);
  assert.equal(await count({ field: 'viewing_minutes_7d', op: 'gte', value: 90 }), 1); // Ana: 3 × 30 min
  assert.equal(await count({ field: 'viewing_minutes_7d', op: 'gte', value: 91 }), 0);
  clock.set('2026-03-10T12:00:00Z'); // logins on Mar 2 are 8 days back now
  assert.equal(await count(loggedIn3), 0);
});

test('members are paged in customer-id order; a bad rule is a 400 naming the path', async () => {
  clock.set('2026-03-24T12:00:00Z');
  const segment = await ok('POST', '/v1/segments', {
    name: 'Everyone',
    rule: { field: 'customer_age_days', op: 'gte', value: 0 },
  });
  const sorted = [ids.ana!, ids.bo!, ids.cy!].sort();
  const first = await ok('GET', `/v1/segments/${segment.id}/members?limit=2`);
  assert.deepEqual(
    first.data.map((m: any) => m.customer),
    sorted.slice(0, 2),
  );
  assert.equal(first.has_more, true);
  const second = await ok('GET', `/v1/segments/${segment.id}/members?limit=2&starting_after=${sorted[1]}`);
  assert.deepEqual(
    second.data.map((m: any) => m.customer),
    sorted.slice(2),
  );
  assert.equal(second.has_more, false);
  const bad = await h.call('POST', '/v1/segments', {
    body: { name: 'x', rule: { all: [{ field: 'shoe_size', op: 'eq', value: 42 }] } },
  });
  assert.equal(problem(bad, 400, 'parameter_invalid').param, 'rule.all[0].field');
  assert.equal(problem(await h.call('GET', '/v1/segments/seg_nope'), 404, 'resource_missing').param, 'id');
  const other = await h.otherAccount();
  assert.equal((await h.call('GET', `/v1/segments/${segment.id}`, { key: other.key })).statusCode, 404);
});
