/**
 * The load generator, run as a child of bench/api.ts (`fork`) so autocannon never shares the server's event loop.
 * It takes jobs over IPC, one at a time, and answers each with a summary of autocannon's result.
 */
import autocannon from 'autocannon';

export type LoadJob = {
  url: string;
  connections: number;
  /** Seconds. */
  duration: number;
  headers?: Record<string, string>;
  /** GET these paths, in a random order fixed per run, over and over. */
  paths?: string[];
  /** POST a fresh customer body (a distinct name and e-mail every request) to this path. */
  createCustomersAt?: string;
};

export type LoadSummary = {
  seconds: number;
  ok: number;
  perSecond: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  latency: { mean: number; p50: number; p90: number; p99: number; max: number };
  /** CPU this load generator spent on the run (user + system), in ms: it shares the machine with the server. */
  cpuMs: number;
};

export type LoadMessage = { kind: 'result'; summary: LoadSummary } | { kind: 'error'; message: string };

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

async function run(job: LoadJob): Promise<LoadSummary> {
  const requests: autocannon.Request[] = [];
  if (job.paths) {
    // Built once and cycled through, as the single request of a plain URL is: a `setupRequest` per request would
    // rebuild every request and double the client's CPU per request (measured 31 against 15 µs), and the client
    // shares this machine's two cores with the server being measured.
    requests.push(...shuffled(job.paths).map((path) => ({ path })));
  } else if (job.createCustomersAt) {
    const path = job.createCustomersAt;
    const run = `${process.pid.toString(36)}${Date.now().toString(36)}`;
    let n = 0;
    requests.push({
      setupRequest: (request) => {
        n++;
        const body = JSON.stringify({
          name: `Bench ${run} ${n}`,
          email: `bench-${run}-${n}@example.com`,
          tags: ['bench'],
        });
        return { ...request, method: 'POST', path, body };
      },
    });
  }
  const cpuBefore = process.cpuUsage();
  const result = await autocannon({
    url: job.url,
    connections: job.connections,
    duration: job.duration,
    headers: { ...job.headers, ...(job.createCustomersAt && { 'content-type': 'application/json' }) },
    ...(requests.length > 0 && { requests }),
  });
  const cpu = process.cpuUsage(cpuBefore);
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = Number(count);
  return {
    seconds: result.duration,
    ok: result['2xx'],
    perSecond: result['2xx'] / result.duration,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    latency: {
      mean: result.latency.mean,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

if (!process.send) {
  console.error('bench/load.ts is started by bench/api.ts (it takes jobs over IPC)');
  process.exit(2);
}
process.on('message', (job: LoadJob) => {
  run(job).then(
    (summary) => process.send!({ kind: 'result', summary } satisfies LoadMessage),
    (error: unknown) =>
      process.send!({ kind: 'error', message: String((error as Error)?.stack ?? error) } satisfies LoadMessage),
  );
});
// The parent going away (normally or not) ends the child.
process.on('disconnect', () => process.exit(0));
