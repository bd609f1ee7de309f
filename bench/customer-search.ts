/**
 * Customer search as the console does it (issue #18: < 200 ms over 1,000,000 customers on PostgreSQL): builds N
 * customers in bulk with INSERT … SELECT (benchmark only), then times the console's three look-ups through the API
 * — by id, by e-mail (exact), by part of a name — each repeated, and prints the median and the worst.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node bench/customer-search.ts [--customers 1000000]
 *   node bench/customer-search.ts --pglite --customers 100000
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { type Running, startTenure } from '../src/server/start.ts';
import { benchConfig, freshBenchDatabase } from './database.ts';

const GOAL_MS = 200;
const { values: args } = parseArgs({
  options: {
    customers: { type: 'string', default: '1000000' },
    repeat: { type: 'string', default: '15' },
    pglite: { type: 'boolean', default: false },
  },
  strict: true,
});
const N = Number(args.customers);
const REPEAT = Number(args.repeat);

const FIRST = ['Ana', 'Bruno', 'Carla', 'Daan', 'Eva', 'Farhad', 'Giulia', 'Hossein', 'Inês', 'Joost'];
const LAST = ['Souza', 'Lima', 'de Vries', 'Jansen', 'Pereira', 'Ahmadi', 'Bakker', 'Costa', 'Rahimi', 'Visser'];

async function main() {
  const base = args.pglite ? undefined : process.env.DATABASE_URL;
  const fresh = base ? await freshBenchDatabase(base) : undefined;
  let running: Running | undefined;
  try {
    running = await startTenure(benchConfig(fresh?.databaseUrl), { listen: false });
    const { app, ctx } = running;
    const accountId = running.bootstrap.account.id;
    const authorization = `Bearer ${running.bootstrap.issuedKey!.secret}`;
    const started = performance.now();
    // Names and e-mails vary with i, so a name fragment matches about 1 % of the customers (as "lima" would).
    await ctx.db.execute(sql`insert into customers (account_id, id, created, name, email)
      select ${accountId}, 'cus_' || lpad(i::text, 10, '0'), now() - ((i % 400) || ' days')::interval,
        (${sql.raw(`array[${FIRST.map((f) => `'${f}'`).join(',')}]`)})[i % 10 + 1] || ' ' ||
        (${sql.raw(`array[${LAST.map((l) => `'${l}'`).join(',')}]`)})[(i / 10) % 10 + 1] || ' ' || i,
        'user' || i || '@example.com'
      from generate_series(1, ${N}) i`);
    await ctx.db.execute(sql`analyze customers`);
    const built = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`engine: ${ctx.engine}; ${N.toLocaleString('en')} customers built in ${built} s`);
    const probe = Math.floor(N * 0.73);
    const lookups: [string, string][] = [
      ['by id', `/v1/customers/cus_${String(probe).padStart(10, '0')}`],
      ['by e-mail (exact)', `/v1/customers?email=user${probe}@example.com&limit=50`],
      ['by e-mail (other case)', `/v1/customers?email=USER${probe}@Example.com&limit=50`],
      ['by part of a name', `/v1/customers?name=${encodeURIComponent('lima 7')}&limit=50`],
      ['by a rare name part', `/v1/customers?name=${probe}&limit=50`],
    ];
    let worstMedian = 0;
    for (const [name, url] of lookups) {
      const times: number[] = [];
      let found = 0;
      for (let i = 0; i < REPEAT; i++) {
        const t = performance.now();
        const res = await app.inject({ method: 'GET', url, headers: { authorization } });
        times.push(performance.now() - t);
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
        const body = res.json() as { data?: unknown[] };
        found = body.data ? body.data.length : 1;
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)]!;
      worstMedian = Math.max(worstMedian, median);
      console.log(
        `${name.padEnd(24)} median ${median.toFixed(1)} ms, worst ${times.at(-1)!.toFixed(1)} ms (${found} found)`,
      );
    }
    console.log(`slowest median ÷ goal (${GOAL_MS} ms): ${(worstMedian / GOAL_MS).toFixed(2)}`);
  } finally {
    await running?.stop();
    await fresh?.drop();
  }
}

await main();
