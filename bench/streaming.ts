/**
 * Streaming benchmark: what every player hits constantly — `player_api.php` login, a stream start (`/live/u/p/N.ts`,
 * a 302 to the origin) and the origin's per-segment `/streaming/authorize` — against a bare Fastify hello in the same
 * run, in alternating rounds (bench/hello.ts and bench/load.ts in processes of their own, as bench/api.ts does).
 * Then `get.php` and `get_live_streams` for a line that sees 10,000 channels, timed one request at a time.
 *
 *   node bench/streaming.ts [--duration 4] [--rounds 3] [--connections 10] [--channels 10000]
 *
 * PGlite in memory by default; PostgreSQL (a fresh database, dropped at the end) when DATABASE_URL is set.
 */
import { type ChildProcess, fork, type Serializable } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { type Running, startTenure } from '../src/server/start.ts';
import { benchConfig, freshBenchDatabase } from './database.ts';
import type { HelloMessage } from './hello.ts';
import type { LoadJob, LoadMessage, LoadSummary } from './load.ts';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    channels: { type: 'string', default: '10000' },
  },
  strict: true,
});
const duration = Number(args.duration);
const rounds = Number(args.rounds);
const connections = Number(args.connections);
const channelCount = Number(args.channels);

/** A bench/ script in a child process, answering one message at a time over IPC. */
class Child<Out> {
  private readonly child: ChildProcess;
  constructor(file: string) {
    this.child = fork(new URL(file, import.meta.url), [], {
      execArgv: [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  }
  next(): Promise<Out> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`child exited (${code})`));
      this.child.once('exit', onExit);
      this.child.once('message', (m: Out) => {
        this.child.off('exit', onExit);
        resolve(m);
      });
    });
  }
  ask(message: Serializable): Promise<Out> {
    const reply = this.next();
    this.child.send(message);
    return reply;
  }
  close(): void {
    if (this.child.connected) this.child.disconnect();
  }
}

async function load(gen: Child<LoadMessage>, job: LoadJob): Promise<LoadSummary> {
  const m = await gen.ask(job);
  if (m.kind === 'result') return m.summary;
  throw new Error(m.message);
}

async function inject(running: Running, key: string, url: string, payload?: object) {
  const res = await running.app.inject({
    method: payload ? 'POST' : 'GET',
    url,
    headers: { authorization: `Bearer ${key}` },
    ...(payload && { payload }),
  });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return res.json();
}

/** A provider with `channelCount` channels in 20 categories, one bouquet holding them all, and one paying line. */
async function seed(running: Running, key: string) {
  const lines = ['#EXTM3U'];
  for (let i = 0; i < channelCount; i++) {
    lines.push(
      `#EXTINF:-1 tvg-id="ch${i}.bench" tvg-logo="http://img.bench/${i}.png" group-title="Group ${i % 20}",Channel ${i}`,
      `http://origin.bench/hls/${i}/index.m3u8`,
    );
  }
  await inject(running, key, '/v1/streams/import_playlist', { playlist: lines.join('\n') });
  const categories = (await inject(running, key, '/v1/stream_categories?limit=100&kind=live')).data.map(
    (c: any) => c.id,
  );
  const bouquet = await inject(running, key, '/v1/bouquets', { name: 'All', categories });
  const product = await inject(running, key, '/v1/products', {
    name: 'All',
    entitlements: { bouquets: [bouquet.id], max_connections: 2 },
  });
  const price = await inject(running, key, '/v1/prices', {
    product: product.id,
    currency: 'usd',
    unit_amount: 1000,
    recurring: { interval: 'month' },
  });
  const customer = await inject(running, key, '/v1/customers', { name: 'Bench' });
  await inject(running, key, '/v1/payment_methods', { customer: customer.id, token: 'tok_visa' });
  const sub = await inject(running, key, '/v1/subscriptions', { customer: customer.id, items: [{ price: price.id }] });
  await inject(running, key, '/v1/lines', { subscription: sub.id, username: 'bench', password: 'benchpass' });
  const first = (await inject(running, key, '/v1/streams?kind=live&limit=1')).data[0].number;
  return { stream: first };
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

/** Wall time of one request, in ms, `times` times (after one untimed request). */
async function timeRequests(url: string, times: number) {
  await (await fetch(url)).text();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    const res = await fetch(url);
    await res.text();
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    ms.push(performance.now() - t0);
  }
  return ms;
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const fresh = databaseUrl ? await freshBenchDatabase(databaseUrl) : undefined;
  const gen = new Child<LoadMessage>('./load.ts');
  const hello = new Child<HelloMessage>('./hello.ts');
  let running: Running | undefined;
  try {
    const listening = await hello.next();
    if (listening.kind !== 'listening') throw new Error('hello did not start');
    running = await startTenure(benchConfig(fresh?.databaseUrl), { listen: true });
    const key = running.bootstrap.issuedKey!.secret;
    const t0 = performance.now();
    const { stream } = await seed(running, key);
    console.error(`seeded ${channelCount} channels in ${fmt((performance.now() - t0) / 1000, 1)} s`);

    const live = await fetch(`${running.url}/live/bench/benchpass/${stream}.ts`, { redirect: 'manual' });
    const token = new URL(live.headers.get('location')!).searchParams.get('token')!;
    const jobs: [string, LoadJob, (s: LoadSummary) => number][] = [
      ['plain Fastify hello', { url: listening.url, connections, duration }, (s) => s.perSecond],
      [
        'player_api.php login',
        { url: `${running.url}/player_api.php?username=bench&password=benchpass`, connections, duration },
        (s) => s.perSecond,
      ],
      [
        'stream start /live/u/p/N.ts (302)',
        { url: `${running.url}/live/bench/benchpass/${stream}.ts`, connections, duration },
        (s) => (s.statusCodes['302'] ?? 0) / s.seconds,
      ],
      [
        '/streaming/authorize (per segment)',
        { url: `${running.url}/streaming/authorize?token=${token}`, connections, duration },
        (s) => s.perSecond,
      ],
    ];
    const results = new Map<string, { rps: number; p99: number; p50: number }[]>();
    for (const [, job] of jobs) await load(gen, { ...job, duration: 1 });
    for (let round = 0; round < rounds; round++) {
      for (const [label, job, rate] of round % 2 ? [...jobs].reverse() : jobs) {
        const s = await load(gen, job);
        const list = results.get(label) ?? [];
        list.push({ rps: rate(s), p50: s.latency.p50, p99: s.latency.p99 });
        results.set(label, list);
        console.error(`  ${label}: ${fmt(rate(s))} req/s`);
      }
    }

    const pl = await timeRequests(
      `${running.url}/get.php?username=bench&password=benchpass&type=m3u_plus&output=ts`,
      10,
    );
    const ls = await timeRequests(
      `${running.url}/player_api.php?username=bench&password=benchpass&action=get_live_streams`,
      10,
    );

    console.log('');
    console.log(
      `Tenure streaming benchmark — node ${process.version}, ${availableParallelism()} CPUs, engine ${running.ctx.engine}`,
    );
    console.log(
      `autocannon in a child process, ${connections} connections, ${duration} s per run, ${rounds} alternating rounds`,
    );
    console.log('');
    const hellos = results.get('plain Fastify hello')!;
    console.log('scenario                               req/s (median)   p50 ms  p99 ms   ÷ hello (median of rounds)');
    for (const [label] of jobs) {
      const r = results.get(label)!;
      const ratio = median(r.map((x, i) => x.rps / hellos[i]!.rps));
      console.log(
        `${label.padEnd(38)} ${fmt(median(r.map((x) => x.rps))).padStart(14)} ${fmt(median(r.map((x) => x.p50))).padStart(8)} ${fmt(median(r.map((x) => x.p99))).padStart(7)}   ${fmt(ratio, 3)}`,
      );
    }
    console.log('');
    console.log(
      `get.php (m3u_plus, ${channelCount} channels): median ${fmt(median(pl), 1)} ms, max ${fmt(Math.max(...pl), 1)} ms (goal < 200)`,
    );
    console.log(
      `get_live_streams (${channelCount} channels): median ${fmt(median(ls), 1)} ms, max ${fmt(Math.max(...ls), 1)} ms (goal < 100)`,
    );
  } finally {
    hello.close();
    gen.close();
    await running?.stop();
    await fresh?.drop();
  }
}

await main();
setTimeout(() => process.exit(0), 2000).unref();
