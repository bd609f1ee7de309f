import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../src/db/index.ts';
import { FakeClock } from '../../src/kernel/clock.ts';
import { countLiveSessions, startPlayback } from '../../src/modules/streams/index.ts';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { billingKit } from '../scenarios/billing-kit.ts';

const clock = new FakeClock('2025-06-01T12:00:00Z');
let h: Harness;
let k: ReturnType<typeof billingKit>;
let line: any;
const streams: number[] = [];

before(async () => {
  h = await startHarness({ clock });
  k = billingKit(h);
  const news = await k.ok('POST', '/v1/stream_categories', { kind: 'live', name: 'News' });
  for (const n of [1, 2, 3, 4])
    streams.push(
      (
        await k.ok('POST', '/v1/streams', {
          kind: 'live',
          name: `C${n}`,
          category: news.id,
          origin_url: `http://o.example/${n}`,
        })
      ).number,
    );
  const bouquet = await k.ok('POST', '/v1/bouquets', { name: 'All', categories: [news.id] });
  const product = await k.ok('POST', '/v1/products', {
    name: 'Duo',
    entitlements: { bouquets: [bouquet.id], max_connections: 2 },
  });
  const price = await k.ok('POST', '/v1/prices', {
    product: product.id,
    currency: 'usd',
    unit_amount: 900,
    recurring: { interval: 'month' },
  });
  const customer = (await k.ok('POST', '/v1/customers', { name: 'Ana' })).id;
  await k.ok('POST', '/v1/payment_methods', { customer, token: 'tok_visa' });
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: price.id }] });
  line = await k.ok('POST', '/v1/lines', { subscription: sub.id, username: 'duo', password: 'pw-duo' });
});
after(() => h.close());

/** Starts stream n from a player; returns the status and the token of the redirect. */
async function play(n: number, agent: string) {
  const res = await h.app.inject({
    method: 'GET',
    url: `/live/duo/pw-duo/${streams[n]}.ts`,
    headers: { 'user-agent': agent },
  });
  const location = res.headers.location ? new URL(String(res.headers.location)) : null;
  return { status: res.statusCode, token: location?.searchParams.get('token') ?? '' };
}
const heartbeat = async (token: string) =>
  (
    await h.app.inject({
      method: 'GET',
      url: '/streaming/authorize',
      headers: { 'x-original-uri': `/seg.ts?token=${token}` },
    })
  ).statusCode;
const activeCons = async () =>
  (await h.app.inject({ method: 'GET', url: '/player_api.php?username=duo&password=pw-duo' })).json().user_info
    .active_cons;

test('max_connections 2, refuse: the third player is refused until a session times out; heartbeats keep one alive', async () => {
  const tv = await play(0, 'TiviMate');
  const phone = await play(1, 'Smarters');
  assert.deepEqual([tv.status, phone.status], [302, 302]);
  assert.equal(await activeCons(), '2');
  assert.equal((await play(2, 'VLC')).status, 403);
  const zap = await play(2, 'TiviMate');
  assert.equal(zap.status, 302, 'a player changing channel replaces its own session');
  assert.equal(await heartbeat(tv.token), 403, 'its old session is closed');
  assert.equal(await activeCons(), '2');

  clock.advance({ seconds: 60 });
  assert.equal(await heartbeat(zap.token), 204, 'the TiviMate keeps playing');
  clock.advance({ seconds: 60 });
  assert.equal(await heartbeat(phone.token), 403, 'the phone stopped sending segments 120 s ago (TTL 90 s)');
  assert.equal(await activeCons(), '1');
  assert.equal((await play(3, 'VLC')).status, 302, 'its slot is free');
  const sessions = await k.ok('GET', `/v1/lines/${line.id}/sessions?live=true`);
  assert.deepEqual(sessions.data.map((s: any) => s.user_agent).sort(), ['TiviMate', 'VLC']);
  const all = await k.ok('GET', `/v1/lines/${line.id}/sessions`);
  assert.equal(all.data.find((s: any) => s.user_agent === 'TiviMate' && s.live).viewing_seconds, 60);
  clock.advance({ seconds: 600 });
});

test('max_connections 2, close_oldest: the third player is admitted and the oldest session closed', async () => {
  await k.ok('POST', '/v1/account', {
    settings: { streaming: { over_limit: 'close_oldest', session_ttl_seconds: 300 } },
  });
  const first = await play(0, 'A');
  clock.advance({ seconds: 1 });
  const second = await play(1, 'B');
  clock.advance({ seconds: 1 });
  const third = await play(2, 'C');
  assert.deepEqual([first.status, second.status, third.status], [302, 302, 302]);
  assert.deepEqual(
    [await heartbeat(first.token), await heartbeat(second.token), await heartbeat(third.token)],
    [403, 204, 204],
  );
  await k.ok('POST', '/v1/account', { settings: { streaming: { over_limit: 'refuse', session_ttl_seconds: 90 } } });
  clock.advance({ seconds: 600 });
});

test('50 concurrent starts through 4 database connections never admit more than 2', async () => {
  // Four independent connections to one database stand for four Tenure processes (on PGlite there is only one).
  let url: string | undefined;
  if (process.env.DATABASE_URL) {
    const { rows } = (await h.ctx.db.execute(sql`select current_database() as name`)) as unknown as {
      rows: { name: string }[];
    };
    const base = new URL(process.env.DATABASE_URL);
    base.pathname = `/${rows[0]!.name}`;
    url = base.toString();
  }
  const others = url
    ? await Promise.all([1, 2, 3].map(() => openDatabase({ databaseUrl: url, dataDir: 'memory://' })))
    : [];
  const dbs = [h.ctx.db, ...others.map((d) => d.db)];
  const now = clock.now();
  const results = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      startPlayback(dbs[i % dbs.length]!, {
        accountId: h.accountId,
        lineId: line.id,
        stream: streams[i % 4]!,
        ip: `10.0.${i}.1`,
        userAgent: `player-${i}`,
        maxConnections: 2,
        now,
      }),
    ),
  );
  assert.equal(results.filter(Boolean).length, 2);
  assert.equal(await countLiveSessions(h.ctx.db, h.accountId, line.id, now), 2);
  for (const d of others) await d.close();
});
