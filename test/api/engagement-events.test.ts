import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../src/db/index.ts';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';

let h: Harness;
let ana: string;
let bo: string;
before(async () => {
  h = await startHarness();
  ana = (await h.call('POST', '/v1/customers', { body: { name: 'Ana' } })).json().id;
  bo = (await h.call('POST', '/v1/customers', { body: { name: 'Bo' } })).json().id;
});
after(() => h.close());

const at = (iso: string) => Date.parse(iso) / 1000;
const viewing = (id: string, customer: string, startedAt: string, seconds: number, genre: string, device: string) => ({
  id,
  type: 'viewing',
  customer,
  content_id: `vod_${id}`,
  content_title: `Title ${id}`,
  content_kind: 'vod',
  channel: 'ch_news',
  genre,
  device_type: device,
  started_at: at(startedAt),
  seconds_watched: seconds,
});

async function daily(customer: string) {
  return rowsOf<any>(
    await h.ctx.db.execute(
      sql`select day::text, seconds_watched::int, sessions, events, counts, genres, devices from engagement_daily where customer_id = ${customer} order by day`,
    ),
  );
}

describe('POST /v1/engagement_events', () => {
  const batch = () => [
    viewing('e1', ana, '2026-01-05T20:00:00Z', 1800, 'drama', 'tv'),
    viewing('e2', ana, '2026-01-05T22:00:00Z', 600, 'sports', 'phone'),
    viewing('e3', ana, '2026-01-06T09:00:00Z', 1200, 'drama', 'tv'),
    { id: 'e4', type: 'login', customer: ana, occurred_at: at('2026-01-05T19:59:00Z') },
    {
      id: 'e5',
      type: 'custom',
      name: 'watchlist_add',
      customer: ana,
      occurred_at: at('2026-01-05T21:00:00Z'),
      properties: { title: 'X' },
    },
    { id: 'e6', type: 'support_contact', customer: bo, occurred_at: at('2026-01-05T10:00:00Z') },
  ];

  test('records a typed batch and rolls it up per customer and day', async () => {
    const r = await h.call('POST', '/v1/engagement_events', { body: { events: batch() } });
    assert.equal(r.statusCode, 200, r.body);
    assert.deepEqual(r.json(), { object: 'engagement_event_batch', received: 6, recorded: 6, duplicates: 0 });
    assert.deepEqual(await daily(ana), [
      {
        day: '2026-01-05',
        seconds_watched: 2400,
        sessions: 2,
        events: 4,
        counts: { login: 1, viewing: 2, watchlist_add: 1 },
        genres: { drama: 1800, sports: 600 },
        devices: { tv: 1800, phone: 600 },
      },
      {
        day: '2026-01-06',
        seconds_watched: 1200,
        sessions: 1,
        events: 1,
        counts: { viewing: 1 },
        genres: { drama: 1200 },
        devices: { tv: 1200 },
      },
    ]);
  });

  test('a replayed batch counts once; a batch mixing old and new ids adds only the new ones', async () => {
    const replay = await h.call('POST', '/v1/engagement_events', { body: { events: batch() } });
    assert.deepEqual(replay.json(), { object: 'engagement_event_batch', received: 6, recorded: 0, duplicates: 6 });
    const mixed = await h.call('POST', '/v1/engagement_events', {
      body: {
        events: [
          viewing('e1', ana, '2026-01-05T20:00:00Z', 1800, 'drama', 'tv'),
          viewing('e7', ana, '2026-01-05T23:00:00Z', 300, 'kids', 'tv'),
          viewing('e7', ana, '2026-01-05T23:00:00Z', 300, 'kids', 'tv'),
        ],
      },
    });
    assert.deepEqual(mixed.json(), { object: 'engagement_event_batch', received: 3, recorded: 1, duplicates: 2 });
    const [first] = await daily(ana);
    assert.equal(first.seconds_watched, 2700);
    assert.equal(first.sessions, 3);
    assert.deepEqual(first.genres, { drama: 1800, sports: 600, kids: 300 });
    const raw = rowsOf<{ n: number }>(await h.ctx.db.execute(sql`select count(*)::int as n from engagement_events`));
    assert.equal(raw[0]!.n, 7);
  });

  test('the account time zone decides the day', async () => {
    await h.call('POST', '/v1/account', { body: { time_zone: 'America/Sao_Paulo' } });
    // 02:00 UTC on the 8th is 23:00 on the 7th in São Paulo
    await h.call('POST', '/v1/engagement_events', {
      body: { events: [{ id: 'tz1', type: 'app_open', customer: bo, occurred_at: at('2026-01-08T02:00:00Z') }] },
    });
    assert.deepEqual(
      (await daily(bo)).map((d) => [d.day, d.counts]),
      [
        ['2026-01-05', { support_contact: 1 }],
        ['2026-01-07', { app_open: 1 }],
      ],
    );
    await h.call('POST', '/v1/account', { body: { time_zone: 'UTC' } });
  });

  test('bad events are problem+json naming the field, and nothing of the batch is kept', async () => {
    const cases: Array<[string, unknown[], number, string, string]> = [
      [
        'viewing without seconds',
        [{ ...viewing('b1', ana, '2026-01-05T20:00:00Z', 1, 'x', 'tv'), seconds_watched: undefined }],
        400,
        'parameter_missing',
        'events[0].seconds_watched',
      ],
      [
        'unknown kind',
        [{ ...viewing('b1', ana, '2026-01-05T20:00:00Z', 1, 'x', 'tv'), content_kind: 'radio' }],
        400,
        'parameter_invalid',
        'events[0].content_kind',
      ],
      [
        'custom without a name',
        [{ id: 'b1', type: 'custom', customer: ana }],
        400,
        'parameter_missing',
        'events[0].name',
      ],
      [
        'an unknown field',
        [{ id: 'b1', type: 'login', customer: ana, colour: 'red' }],
        400,
        'parameter_unknown',
        'events[0].colour',
      ],
      ['an unknown type', [{ id: 'b1', type: 'purchase', customer: ana }], 400, 'parameter_invalid', 'events[0].type'],
      [
        'another account’s or unknown customer',
        [
          { id: 'ok', type: 'login', customer: ana },
          { id: 'b2', type: 'login', customer: 'cus_nope' },
        ],
        404,
        'resource_missing',
        'events[1].customer',
      ],
    ];
    for (const [name, events, status, code, param] of cases) {
      const r = await h.call('POST', '/v1/engagement_events', { body: { events } });
      assert.equal(problem(r, status, code).param, param, name);
    }
    const kept = rowsOf<{ n: number }>(
      await h.ctx.db.execute(sql`select count(*)::int as n from engagement_events where id = 'ok'`),
    );
    assert.equal(kept[0]!.n, 0);
    const tooMany = await h.call('POST', '/v1/engagement_events', {
      body: { events: Array.from({ length: 10001 }, (_, i) => ({ id: `m${i}`, type: 'login', customer: ana })) },
    });
    assert.equal(problem(tooMany, 400, 'parameter_invalid').param, 'events');
  });

  test('another account cannot record events for this account’s customers', async () => {
    const other = await h.otherAccount();
    const r = await h.call('POST', '/v1/engagement_events', {
      key: other.key,
      body: { events: [{ id: 'x1', type: 'login', customer: ana }] },
    });
    assert.equal(problem(r, 404, 'resource_missing').param, 'events[0].customer');
  });

  test('the OpenAPI document describes the batch and its events', async () => {
    const doc = (await h.call('GET', '/openapi.json')).json();
    const op = doc.paths['/v1/engagement_events'].post;
    assert.equal(op.operationId, 'createEngagementEvents');
    assert.ok(doc.components.schemas.EngagementEventBatch);
    const body = JSON.stringify(op.requestBody);
    for (const field of ['seconds_watched', 'content_kind', 'device_type', 'started_at', 'training_completed'])
      assert.ok(body.includes(field), field);
  });
});

describe('POST /v1/engagement_events/import', () => {
  const send = (type: string, payload: string) =>
    h.call('POST', '/v1/engagement_events/import', { headers: { 'content-type': type }, body: payload });

  test('NDJSON and CSV history imports are rolled up like batches, and a re-run counts once', async () => {
    const cy = (await h.call('POST', '/v1/customers', { body: { name: 'Cy' } })).json().id as string;
    const ndjson = [
      viewing('imp1', cy, '2026-02-01T20:00:00Z', 600, 'drama', 'tv'),
      { id: 'imp2', type: 'login', customer: cy, occurred_at: at('2026-02-01T08:00:00Z') },
    ]
      .map((e) => JSON.stringify(e))
      .join('\n');
    const first = await send('application/x-ndjson', `${ndjson}\n`);
    assert.equal(first.statusCode, 200, first.body);
    assert.deepEqual(first.json(), { object: 'engagement_event_batch', received: 2, recorded: 2, duplicates: 0 });
    const csv =
      'id,type,customer,content_id,content_kind,genre,device_type,started_at,seconds_watched\r\n' +
      `imp1,viewing,${cy},vod_imp1,vod,drama,tv,${at('2026-02-01T20:00:00Z')},600\r\n` +
      `imp3,viewing,${cy},vod_imp3,vod,"news, world",phone,${at('2026-02-02T20:00:00Z')},1200\r\n`;
    const second = await send('text/csv', csv);
    assert.deepEqual(second.json(), { object: 'engagement_event_batch', received: 2, recorded: 1, duplicates: 1 });
    assert.deepEqual((await send('text/csv', csv)).json().recorded, 0, 'the same file again counts once');
    const days = (await daily(cy)).map((d: any) => [d.day, d.seconds_watched, d.events]);
    assert.deepEqual(days, [
      ['2026-02-01', 600, 2],
      ['2026-02-02', 1200, 1],
    ]);
  });

  test('a bad line or row is a 400 naming it; another content type is a 415', async () => {
    assert.equal(
      problem(await send('application/x-ndjson', '{"id":"x"}\n{nope'), 400, 'parameter_invalid').param,
      'line[2]',
    );
    const missing = await send('text/csv', 'id,type,customer\nz1,viewing,cus_x\n');
    assert.equal(missing.statusCode, 400);
    assert.equal((await send('text/plain', 'hello')).statusCode, 415);
  });
});
