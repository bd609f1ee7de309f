/**
 * A rule segment over N customers (issue #16: 1,000,000 in < 1 s on PostgreSQL): builds customers and 30 days of
 * engagement rollups in bulk with INSERT … SELECT (benchmark only), then times POST /v1/segments/preview for a
 * field rule and for an event-count rule. PostgreSQL by default (DATABASE_URL, a fresh database), `--pglite` too.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node bench/segments.ts --customers 1000000
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { type Running, startTenure } from '../src/server/start.ts';
import { benchConfig, freshBenchDatabase } from './database.ts';

const { values: args } = parseArgs({
  options: { customers: { type: 'string', default: '1000000' }, pglite: { type: 'boolean', default: false } },
});
const N = Number(args.customers);

async function main() {
  const base = args.pglite ? undefined : process.env.DATABASE_URL;
  const fresh = base ? await freshBenchDatabase(base) : undefined;
  let running: Running | undefined;
  try {
    running = await startTenure(benchConfig(fresh?.databaseUrl), { listen: false });
    const { app, ctx } = running;
    const accountId = running.bootstrap.account.id;
    const headers = {
      authorization: `Bearer ${running.bootstrap.issuedKey!.secret}`,
      'content-type': 'application/json',
    };
    let t = performance.now();
    await ctx.db.execute(sql`insert into customers (account_id, id, created, address)
      select ${accountId}, 'cus_' || lpad(i::text, 8, '0'), now() - ((i % 400) || ' days')::interval,
        jsonb_build_object('country', (array['BR','PT','US','NL'])[i % 4 + 1])
      from generate_series(1, ${N}) i`);
    // every customer active on (i % 10) of the last 30 days, a login on each of those days
    await ctx.db.execute(sql`insert into engagement_daily (account_id, customer_id, day, seconds_watched, sessions, events, counts)
      select ${accountId}, 'cus_' || lpad(i::text, 8, '0'), current_date - d, 600 * (i % 7), 1, 2,
        jsonb_build_object('viewing', 1, 'login', 1)
      from generate_series(1, ${N}) i cross join generate_series(0, 29) d where d < i % 10`);
    await ctx.db.execute(sql`analyze`);
    console.log(
      `engine: ${ctx.engine}; ${N.toLocaleString('en')} customers built in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    const rules: [string, unknown][] = [
      [
        'country = BR and minutes in 30 days < 60',
        {
          all: [
            { field: 'country', op: 'eq', value: 'BR' },
            { field: 'viewing_minutes_30d', op: 'lt', value: 60 },
          ],
        },
      ],
      ['login ≥ 3 times in 7 days', { event: 'login', window_days: 7, op: 'gte', count: 3 }],
    ];
    for (const [label, rule] of rules) {
      const times: number[] = [];
      let count = 0;
      for (let run = 0; run < 3; run++) {
        t = performance.now();
        const r = await app.inject({
          method: 'POST',
          url: '/v1/segments/preview',
          headers,
          payload: JSON.stringify({ rule }),
        });
        if (r.statusCode !== 200) throw new Error(r.body);
        count = r.json().count;
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const ms = times[1]!;
      console.log(
        `${label.padEnd(44)} ${count.toLocaleString('en').padStart(9)} members, median ${ms.toFixed(0)} ms (${(ms / 1000).toFixed(2)} of the 1 s goal)`,
      );
    }
  } finally {
    await running?.stop();
    await fresh?.drop();
  }
}

await main();
