/**
 * HTTP benchmark: Tenure's `GET /v1/customers/:id` against a bare Fastify "hello" route, and customers created per
 * second through `POST /v1/customers`, over real HTTP on 127.0.0.1. Tenure runs here, the hello route in a process
 * of its own (bench/hello.ts), and autocannon in a third (bench/load.ts), so no two share an event loop.
 *
 * The hello route and the GET are measured in alternating rounds and compared round by round: this host's speed
 * drifts by up to 2x within minutes, and two runs minutes apart compared that drift more than the servers.
 *
 *   node bench/api.ts [--duration 4] [--rounds 5] [--connections 10] [--warmup 3] [--seed 1000]
 *                     [--only hello,health,get,post]
 *
 * PGlite in memory by default; PostgreSQL (a fresh database, dropped at the end) when DATABASE_URL is set.
 */
import { type ChildProcess, fork, type Serializable } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../src/db/index.ts';
import { type Running, startTenure } from '../src/server/start.ts';
import { benchConfig, freshBenchDatabase } from './database.ts';
import type { HelloMessage } from './hello.ts';
import type { LoadJob, LoadMessage, LoadSummary } from './load.ts';

const GOAL = 0.6;
const SCENARIOS = ['hello', 'health', 'get', 'post'] as const;
type Scenario = (typeof SCENARIOS)[number];

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1000' },
    only: { type: 'string', default: SCENARIOS.join(',') },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});
if (args.help) {
  console.log(
    'node bench/api.ts [--duration 4] [--rounds 5] [--connections 10] [--warmup 3] [--seed 1000] ' +
      '[--only hello,health,get,post]',
  );
  process.exit(0);
}
const positive = (name: string, raw: string, min = 1) => {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number ≥ ${min}, got '${raw}'`);
  return value;
};
const duration = positive('duration', args.duration);
const rounds = Math.floor(positive('rounds', args.rounds));
const connections = Math.floor(positive('connections', args.connections));
const warmup = positive('warmup', args.warmup, 0);
const seedCount = Math.floor(positive('seed', args.seed));
const only = new Set(args.only.split(',').map((s) => s.trim()));
for (const s of only) if (!SCENARIOS.includes(s as Scenario)) throw new Error(`--only: unknown scenario '${s}'`);
const wanted = (s: Scenario) => only.has(s);

// ---------------------------------------------------------------------------------------------- child processes

/** A bench/ script in a child process, answering one message at a time over IPC. */
class BenchChild<Out> {
  private readonly child: ChildProcess;
  private readonly name: string;

  constructor(file: string, name: string) {
    this.name = name;
    // No execArgv: a `--cpu-prof` on this process profiles Tenure, not the children.
    this.child = fork(new URL(file, import.meta.url), [], {
      execArgv: [],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
  }

  /** The child's next message; rejected if the child exits first. */
  next(): Promise<Out> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`${this.name} exited (${code}) mid-run`));
      this.child.once('exit', onExit);
      this.child.once('message', (message: Out) => {
        this.child.off('exit', onExit);
        resolve(message);
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

class LoadGenerator {
  private readonly child = new BenchChild<LoadMessage>('./load.ts', 'load generator');

  async run(job: LoadJob): Promise<LoadSummary> {
    const message = await this.child.ask(job);
    if (message.kind === 'result') return message.summary;
    throw new Error(`load generator: ${message.message}`);
  }

  close(): void {
    this.child.close();
  }
}

type Row = { label: string; summary: LoadSummary; serverCpuMs: number };
const rows: Row[] = [];

/** CPU time (user + system, ms) of the process serving the scenario. */
type CpuClock = () => number | Promise<number>;
const ownCpu: CpuClock = () => {
  const cpu = process.cpuUsage();
  return (cpu.user + cpu.system) / 1000;
};

/** A warm-up pass (discarded); returns its 2xx count. */
async function warmUp(load: LoadGenerator, label: string, job: Omit<LoadJob, 'duration' | 'connections'>) {
  if (warmup <= 0) return 0;
  process.stderr.write(`  ${label}: warm-up ${warmup}s… `);
  const w = await load.run({ ...job, connections, duration: warmup });
  process.stderr.write(`${Math.round(w.perSecond)} req/s\n`);
  return w.ok;
}

/** One measured run. */
async function measure(
  load: LoadGenerator,
  label: string,
  job: Omit<LoadJob, 'duration' | 'connections'>,
  serverCpu: CpuClock,
) {
  process.stderr.write(`  ${label}: measuring ${duration}s… `);
  const cpuBefore = await serverCpu();
  const summary = await load.run({ ...job, connections, duration });
  const cpuMs = (await serverCpu()) - cpuBefore;
  process.stderr.write(`${Math.round(summary.perSecond)} req/s\n`);
  if (summary.non2xx > 0 || summary.errors > 0) {
    process.stderr.write(
      `    ! non-2xx ${summary.non2xx}, errors ${summary.errors}: ${JSON.stringify(summary.statusCodes)}\n`,
    );
  }
  rows.push({ label, summary, serverCpuMs: cpuMs });
  return summary;
}

// ---------------------------------------------------------------------------------------------- servers

/** bench/hello.ts in a child process: Fastify's hello route with nothing else in its process. */
class HelloServer {
  private readonly child: BenchChild<HelloMessage>;
  readonly url: string;

  private constructor(child: BenchChild<HelloMessage>, url: string) {
    this.child = child;
    this.url = url;
  }

  static async start(): Promise<HelloServer> {
    const child = new BenchChild<HelloMessage>('./hello.ts', 'hello server');
    const message = await child.next();
    if (message.kind !== 'listening') throw new Error(`hello server: unexpected ${JSON.stringify(message)}`);
    return new HelloServer(child, message.url);
  }

  /** The child's CPU time so far (user + system, ms). */
  readonly cpuMs: CpuClock = async () => {
    const message = await this.child.ask('cpu');
    if (message.kind !== 'cpu') throw new Error(`hello server: unexpected ${JSON.stringify(message)}`);
    return message.ms;
  };

  close(): void {
    this.child.close();
  }
}

async function expectOk(response: Response, what: string): Promise<unknown> {
  const body = await response.text();
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${body.slice(0, 300)}`);
  return JSON.parse(body);
}

async function seedCustomers(running: Running, key: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  const one = async () => {
    while (next < count) {
      const n = next++;
      const response = await running.app.inject({
        method: 'POST',
        url: '/v1/customers',
        headers: { authorization: `Bearer ${key}` },
        payload: { name: `Seed ${n}`, email: `seed-${n}@example.com`, metadata: { n: String(n) } },
      });
      if (response.statusCode !== 200) throw new Error(`seeding: HTTP ${response.statusCode} ${response.body}`);
      ids.push((response.json() as { id: string }).id);
    }
  };
  await Promise.all(Array.from({ length: 8 }, one));
  return ids;
}

async function customerCount(running: Running): Promise<number> {
  const result = await running.ctx.db.execute(sql`select count(*)::int as n from customers`);
  return Number(rowsOf<{ n: number }>(result)[0]!.n);
}

async function engineDescription(running: Running, databaseUrl: string | undefined): Promise<string> {
  if (running.ctx.engine === 'pglite') return 'PGlite (in-memory, memory://), in the server process';
  const version = rowsOf<{ server_version: string }>(await running.ctx.db.execute(sql`show server_version`))[0]!;
  const url = new URL(databaseUrl!);
  url.password = '';
  return `PostgreSQL ${version.server_version} (fresh database ${url.toString()}, dropped at the end)`;
}

// ---------------------------------------------------------------------------------------------- report

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function printTable(): void {
  const header = [
    'scenario',
    'req/s',
    '2xx',
    'non-2xx',
    'errors',
    'p50 ms',
    'p99 ms',
    'max ms',
    'server µs',
    'client µs',
  ];
  const perRequest = (ms: number, s: LoadSummary) => fmt((ms * 1000) / Math.max(1, s.ok + s.non2xx), 1);
  const body = rows.map(({ label, summary: s, serverCpuMs }) => [
    label,
    fmt(s.perSecond),
    fmt(s.ok),
    fmt(s.non2xx),
    fmt(s.errors),
    fmt(s.latency.p50),
    fmt(s.latency.p99),
    fmt(s.latency.max),
    perRequest(serverCpuMs, s),
    perRequest(s.cpuMs, s),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of body) console.log(line(r));
}

// ---------------------------------------------------------------------------------------------- main

async function main(): Promise<void> {
  const load = new LoadGenerator();
  const useTenure = wanted('health') || wanted('get') || wanted('post');
  const databaseUrl = process.env.DATABASE_URL || undefined;
  // PGlite in memory needs nothing; PostgreSQL gets a database of its own, dropped at the end.
  const fresh = useTenure && databaseUrl ? await freshBenchDatabase(databaseUrl) : undefined;
  let running: Running | undefined;
  let hello: HelloServer | undefined;
  let cleaned: Promise<void> | undefined;
  const cleanup = () => {
    cleaned ??= (async () => {
      hello?.close();
      await running?.stop().catch((e: unknown) => console.error('stopping Tenure:', e));
      await fresh?.drop().catch((e: unknown) => console.error('dropping the benchmark database:', e));
      load.close();
    })();
    return cleaned;
  };
  const bail = (code: number) => {
    setTimeout(() => process.exit(code), 10_000).unref();
    void cleanup().finally(() => process.exit(code));
  };
  process.once('SIGINT', () => {
    console.error('\ninterrupted; cleaning up');
    bail(130);
  });
  // E.g. PostgreSQL terminating a pooled connection (the pool has no 'error' listener): still drop the database.
  process.once('uncaughtException', (error) => {
    console.error('bench: uncaught exception; cleaning up\n', error);
    bail(1);
  });

  const setup: string[] = [];
  let engine = '(not used)';
  let created: { grew: number; expected: number } | undefined;
  try {
    if (wanted('hello')) {
      hello = await HelloServer.start();
      await expectOk(await fetch(hello.url), 'hello');
      console.error(`hello: plain Fastify at ${hello.url}, in a process of its own`);
    }

    let getJob: Omit<LoadJob, 'duration' | 'connections'> | undefined;
    if (useTenure) {
      running = await startTenure(benchConfig(fresh?.databaseUrl), { listen: true });
      engine = await engineDescription(running, fresh?.databaseUrl);
      const key = running.bootstrap.issuedKey?.secret;
      if (!key) throw new Error('Tenure did not issue an API key on a fresh database');
      const headers = { authorization: `Bearer ${key}` };
      console.error(`Tenure at ${running.url} on ${running.ctx.engine}`);

      if (wanted('health')) {
        await expectOk(await fetch(`${running.url}/healthz`), 'healthz');
        const job = { url: `${running.url}/healthz` };
        await warmUp(load, 'GET /healthz', job);
        await measure(load, 'GET /healthz (Tenure, no auth/DB)', job, ownCpu);
      }

      if (wanted('get') || wanted('post')) {
        const t0 = performance.now();
        const ids = await seedCustomers(running, key, seedCount);
        setup.push(`seeded ${ids.length} customers in ${fmt((performance.now() - t0) / 1000, 1)}s`);
        const sample = (await expectOk(await fetch(`${running.url}/v1/customers/${ids[0]}`, { headers }), 'GET')) as {
          object: string;
        };
        if (sample.object !== 'customer') throw new Error(`GET customer returned ${JSON.stringify(sample)}`);
        if (wanted('get')) getJob = { url: running.url, headers, paths: ids.map((id) => `/v1/customers/${id}`) };
      }
    }

    // hello and GET in alternating rounds, each pair back to back (see the header comment), and which goes first
    // alternating too, so a drift within a round does not always favour the same side.
    const helloJob = hello && { url: hello.url };
    if (helloJob) await warmUp(load, 'GET / (hello)', helloJob);
    if (getJob) await warmUp(load, 'GET /v1/customers/:id', getJob);
    for (let round = 1; round <= rounds && (helloJob || getJob); round++) {
      const of = rounds > 1 ? ` #${round}` : '';
      const pair = [
        () => helloJob && hello && measure(load, `GET / (plain Fastify hello)${of}`, helloJob, hello.cpuMs),
        () => getJob && measure(load, `GET /v1/customers/:id (Tenure)${of}`, getJob, ownCpu),
      ];
      if (round % 2 === 0) pair.reverse();
      for (const run of pair) await run();
    }

    if (running && wanted('post')) {
      const job = {
        url: running.url,
        headers: { authorization: `Bearer ${running.bootstrap.issuedKey!.secret}` },
        createCustomersAt: '/v1/customers',
      };
      const before = await customerCount(running);
      const warmOk = await warmUp(load, 'POST /v1/customers', job);
      const summary = await measure(load, 'POST /v1/customers (Tenure)', job, ownCpu);
      const after = await customerCount(running);
      created = { grew: after - before, expected: warmOk + summary.ok };
    }
  } finally {
    await cleanup();
  }

  console.log('');
  console.log(`Tenure API benchmark — node ${process.version}, ${availableParallelism()} CPUs`);
  console.log(`engine: ${engine}`);
  console.log(
    `load: autocannon in a child process, ${connections} connections, ${duration}s per measured run after a ` +
      `${warmup}s warm-up; hello and GET in ${rounds} alternating round(s); servers log level silent`,
  );
  console.log('server µs / client µs: CPU per request (user + system) of the server process and of autocannon');
  for (const s of setup) console.log(s);
  console.log('');
  printTable();
  console.log('');

  const gets = rows.filter((r) => r.label.startsWith('GET /v1/customers'));
  const bases = rows.filter((r) => r.label.startsWith('GET / '));
  if (gets.length > 0 && gets.length === bases.length) {
    const ratios = gets.map((get, i) => get.summary.perSecond / bases[i]!.summary.perSecond);
    const ratio = median(ratios);
    if (ratios.length > 1)
      console.log(`ratio GET /v1/customers/:id ÷ hello, round by round: ${ratios.map((r) => fmt(r, 3)).join(', ')}`);
    console.log(
      `ratio GET /v1/customers/:id ÷ plain Fastify hello = ${fmt(ratio, 3)}` +
        `${ratios.length > 1 ? ` (median of ${ratios.length} rounds)` : ''}` +
        `  (goal ≥ ${GOAL}: ${ratio >= GOAL ? 'met' : 'NOT met'})`,
    );
  }
  const post = rows.find((r) => r.label.startsWith('POST /v1/customers'));
  if (post) {
    const line = `customers created/s = ${fmt(post.summary.perSecond, 1)}`;
    // Rows counted in the database (warm-up and measured pass) — a check that every 2xx really was a new customer.
    // Rows counted in the database over warm-up + run: every 2xx was a new customer; a few more may be requests
    // still in flight when autocannon stopped (at most one per connection per pass).
    let check = '';
    if (created) {
      const extra = created.grew - created.expected;
      const fine = extra >= 0 && extra <= 2 * connections;
      check = `  (customers table grew by ${fmt(created.grew)} rows over warm-up + run for ${fmt(created.expected)} 2xx`;
      check += fine ? `, +${extra} in flight at stop: ok)` : ': MISMATCH)';
    }
    console.log(line + check);
  }
}

// Force the exit if some handle (a pool, a timer) outlives the cleanup; never because the goal was missed.
const exitSoon = (code: number) => {
  process.exitCode = code;
  setTimeout(() => {
    console.error('bench: handles still open after cleanup; exiting');
    process.exit(code);
  }, 5_000).unref();
};
main().then(
  () => exitSoon(0),
  (error: unknown) => {
    console.error(error);
    exitSoon(1);
  },
);
