/**
 * Engagement ingestion (issue #16: ≥ 100,000 viewing events/s on PostgreSQL and ≥ 40 % of a raw COPY of the same
 * rows; ≥ 20,000/s on PGlite). Sends batches of 10,000 viewing events through the HTTP API (Fastify inject: JSON
 * parse, schema validation, idempotency record, insert with ON CONFLICT, daily rollups, one transaction per batch),
 * then loads the same rows into a copy of the table by COPY and by one multi-row INSERT, and prints the ratios.
 * PostgreSQL runs when DATABASE_URL is set (a fresh database), PGlite always.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node bench/ingest.ts --batches 20
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { type Running, startTenure } from '../src/server/start.ts';
import { benchConfig, freshBenchDatabase } from './database.ts';

const { values: args } = parseArgs({
  options: {
    batches: { type: 'string', default: '20' },
    'pglite-batches': { type: 'string', default: '5' },
    customers: { type: 'string', default: '10000' },
  },
});
const BATCH = 10_000;
const CUSTOMERS = Number(args.customers);
const GENRES = ['drama', 'sports', 'news', 'kids', 'comedy', 'documentary', 'movies', 'music'];
const DEVICES = ['tv', 'phone', 'web', 'stb'];
const START = Date.parse('2026-01-01T00:00:00Z') / 1000;

type Event = {
  id: string;
  type: 'viewing';
  customer: string;
  content_id: string;
  content_title: string;
  content_kind: 'vod';
  channel: string;
  genre: string;
  device_type: string;
  started_at: number;
  seconds_watched: number;
};

function batchOf(b: number): Event[] {
  return Array.from({ length: BATCH }, (_, i) => {
    const n = b * BATCH + i;
    return {
      id: `ev_${n}`,
      type: 'viewing',
      customer: `cus_bench_${(n * 7919) % CUSTOMERS}`,
      content_id: `vod_${n % 5000}`,
      content_title: `Title ${n % 5000}`,
      content_kind: 'vod',
      channel: `ch_${n % 40}`,
      genre: GENRES[n % GENRES.length]!,
      device_type: DEVICES[(n >> 3) % DEVICES.length]!,
      started_at: START + ((n * 37) % (30 * 86_400)),
      seconds_watched: 60 + ((n * 13) % 3600),
    };
  });
}

const csvField = (v: unknown) => (v === null ? '' : `"${String(v).replaceAll('"', '""')}"`);
function csvOf(accountId: string, events: Event[]): string {
  const received = new Date().toISOString();
  return events
    .map((e) =>
      [
        accountId,
        e.id,
        e.customer,
        e.type,
        e.type,
        new Date(e.started_at * 1000).toISOString(),
        new Date(e.started_at * 1000).toISOString().slice(0, 10),
        e.content_id,
        e.content_title,
        e.content_kind,
        e.channel,
        e.genre,
        e.device_type,
        e.seconds_watched,
        '{}',
        received,
      ]
        .map(csvField)
        .join(','),
    )
    .join('\n');
}

async function run(engine: 'pglite' | 'postgres', batches: number) {
  const fresh = engine === 'postgres' ? await freshBenchDatabase(process.env.DATABASE_URL!) : undefined;
  let running: Running | undefined;
  try {
    running = await startTenure(benchConfig(fresh?.databaseUrl), { listen: false });
    const { app, ctx } = running;
    const headers = {
      authorization: `Bearer ${running.bootstrap.issuedKey!.secret}`,
      'content-type': 'application/json',
    };
    const accountId = running.bootstrap.account.id;
    await ctx.db.execute(sql`insert into customers (account_id, id, created)
      select ${accountId}, 'cus_bench_' || i, now() from generate_series(0, ${CUSTOMERS - 1}) i`);
    const bodies = Array.from({ length: batches }, (_, b) => JSON.stringify({ events: batchOf(b) }));
    // warm-up batch (plans, JIT), not counted
    const warm = await app.inject({
      method: 'POST',
      url: '/v1/engagement_events',
      headers,
      payload: JSON.stringify({ events: batchOf(batches) }),
    });
    if (warm.statusCode !== 200) throw new Error(warm.body);
    let t = performance.now();
    for (const payload of bodies) {
      const r = await app.inject({ method: 'POST', url: '/v1/engagement_events', headers, payload });
      if (r.statusCode !== 200 || r.json().recorded !== BATCH) throw new Error(r.body);
    }
    const apiSeconds = (performance.now() - t) / 1000;
    const events = batches * BATCH;

    await ctx.db.execute(sql.raw('create table raw_copy (like engagement_events including all)'));
    await ctx.db.execute(sql.raw('create table raw_insert (like engagement_events including all)'));
    const csvs = Array.from({ length: batches }, (_, b) => csvOf(accountId, batchOf(b)));
    t = performance.now();
    if (engine === 'pglite') {
      const client = (ctx.db as unknown as { $client: PGlite }).$client;
      for (const csv of csvs)
        await client.query(`copy raw_copy from '/dev/blob' with (format csv)`, [], { blob: new Blob([csv]) });
    } else {
      const client = new pg.Client({ connectionString: fresh!.databaseUrl });
      await client.connect();
      for (const csv of csvs)
        await pipeline(Readable.from([csv]), client.query(copyFrom('copy raw_copy from stdin with (format csv)')));
      await client.end();
    }
    const copySeconds = (performance.now() - t) / 1000;
    t = performance.now();
    for (let b = 0; b < batches; b++) {
      const rows = batchOf(b).map((e) => ({
        ...e,
        account_id: accountId,
        customer_id: e.customer,
        name: e.type,
        occurred_at: new Date(e.started_at * 1000).toISOString(),
        day: new Date(e.started_at * 1000).toISOString().slice(0, 10),
        received: new Date().toISOString(),
        properties: {},
      }));
      await ctx.db.execute(
        sql`insert into raw_insert select * from jsonb_populate_recordset(null::raw_insert, ${JSON.stringify(rows)}::jsonb)`,
      );
    }
    const insertSeconds = (performance.now() - t) / 1000;

    const rate = (s: number) => Math.round(events / s);
    console.log(
      `${engine}: ${events.toLocaleString('en')} viewing events in batches of ${BATCH.toLocaleString('en')}, ${CUSTOMERS.toLocaleString('en')} customers`,
    );
    console.log(
      `  POST /v1/engagement_events (+ rollups)  ${rate(apiSeconds).toLocaleString('en').padStart(10)} events/s  (${apiSeconds.toFixed(2)} s)`,
    );
    console.log(
      `  raw COPY of the same rows              ${rate(copySeconds).toLocaleString('en').padStart(10)} events/s  (${copySeconds.toFixed(2)} s)`,
    );
    console.log(
      `  raw multi-row INSERT of the same rows  ${rate(insertSeconds).toLocaleString('en').padStart(10)} events/s  (${insertSeconds.toFixed(2)} s)`,
    );
    console.log(
      `  API / COPY ${(copySeconds / apiSeconds).toFixed(2)}, API / INSERT ${(insertSeconds / apiSeconds).toFixed(2)}`,
    );
    const goal = engine === 'postgres' ? 100_000 : 20_000;
    console.log(
      `  goal ≥ ${goal.toLocaleString('en')}/s${engine === 'postgres' ? ' and ≥ 0.40 of COPY' : ''}: ${rate(apiSeconds) >= goal ? 'met' : 'NOT met'}`,
    );
  } finally {
    await running?.stop();
    await fresh?.drop();
  }
}

await run('pglite', Number(args['pglite-batches']));
if (process.env.DATABASE_URL) await run('postgres', Number(args.batches));
else console.log('DATABASE_URL not set: PostgreSQL skipped');
