/**
 * Metrics over pre-aggregated movements (issue #6): builds N subscribers' MRR movement history over 36 months in
 * bulk — straight into mrr_movements, mrr_movement_lines and mrr_daily_rollups with INSERT … SELECT, bypassing the
 * API (benchmark only) — then times the 36-month MRR series and the summary, through the module function and over
 * HTTP (Fastify inject, auth included). PostgreSQL by default (DATABASE_URL, a fresh database), `--pglite` for PGlite.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:metrics -- --subscribers 1000000
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../src/context.ts';
import { rowsOf } from '../src/db/index.ts';
import { metricsSummary, mrrSeriesReport } from '../src/modules/analytics/index.ts';
import { type Running, startTenure } from '../src/server/start.ts';
import { benchConfig, freshBenchDatabase } from './database.ts';

const { values: args } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '5' },
    pglite: { type: 'boolean', default: false },
  },
});
const N = Number(args.subscribers);
const RUNS = Number(args.runs);
const START = Date.parse('2023-01-01T00:00:00Z') / 1000;
const END = Date.parse('2026-01-01T00:00:00Z') / 1000;
const DAYS = (END - START) / 86_400;

/**
 * Subscriber i starts on a spread-out day on one of three USD plans (every tenth pays in EUR), a quarter expand
 * after 60 days, a fifth churn after 200, a fifteenth of all come back 100 days later. Each movement has a
 * customer line and a price line, like the recorder writes.
 */
async function build(ctx: AppContext, accountId: string) {
  await ctx.db.execute(sql`insert into mrr_movement_lines
    (account_id, event_id, level, key, customer_id, date, type, amount, currency, country)
    with s as (
      select i, (i * 7919) % ${DAYS} as d0, (i % 3 + 1) * 1000 as base,
        case when i % 10 = 0 then 'eur' else 'usd' end as currency,
        (array['BR','PT','US','DE','FR','MX','AR','ES'])[i % 8 + 1] as country
      from generate_series(1::bigint, ${N}::bigint) i),
    m as (
      select s.*, v.k, v.day, v.type, v.amount from s cross join lateral (values
        (0, d0, 'new', base),
        (1, case when i % 4 = 0 then d0 + 60 end, 'expansion', 1000),
        (2, case when i % 5 = 0 then d0 + 200 end, 'churn', -(base + case when i % 4 = 0 then 1000 else 0 end)),
        (3, case when i % 15 = 0 then d0 + 300 end, 'reactivation', base)
      ) v(k, day, type, amount) where v.day is not null and v.day < ${DAYS})
    select ${accountId}, 'bev_' || i || '_' || k, lv.level, lv.key, 'cus_' || i,
      to_timestamp(${START} + day * 86400 + (i * 37) % 86400), type, amount, currency, country
    from m cross join lateral (values ('customer', ''), ('price', 'price_' || (i % 3 + 1) || '_' || currency)) lv(level, key)`);
  await ctx.db.execute(sql`insert into mrr_movements
    (account_id, event_id, customer_id, date, type, amount, currency, mrr_after)
    select account_id, event_id, customer_id, date, type, amount, currency,
      sum(amount) over (partition by customer_id order by date, event_id)
    from mrr_movement_lines where account_id = ${accountId} and level = 'customer'`);
  await ctx.db.execute(sql`insert into mrr_daily_rollups
    (account_id, level, key, day, currency, country, type, amount, movements)
    select account_id, level, key, (date at time zone 'UTC')::date, currency, country, type, sum(amount), count(*)
    from mrr_movement_lines where account_id = ${accountId} group by 1, 2, 3, 4, 5, 6, 7`);
  await ctx.db.execute(sql`insert into exchange_rates (account_id, currency, quote_currency, date, rate)
    select ${accountId}, 'eur', 'usd', d::date, 1.05 + (extract(month from d)::int % 5) * 0.01
    from generate_series('2022-12-01'::date, '2026-01-01'::date, interval '1 month') d`);
  await ctx.db.execute(sql`update accounts
    set settings = jsonb_set(settings, '{analytics}', coalesce(settings->'analytics', '{}') || '{"reporting_currency":"usd"}')
    where id = ${accountId}`);
  await ctx.db.execute(sql`analyze`);
}

async function median(label: string, run: () => Promise<unknown>) {
  await run(); // warm-up: plans and caches
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)]!;
  console.log(
    `${label.padEnd(58)} median ${ms.toFixed(1).padStart(8)} ms  (${times.map((t) => t.toFixed(0)).join(', ')})`,
  );
  return ms;
}

async function main() {
  const base = process.env.DATABASE_URL;
  const fresh = !args.pglite && base ? await freshBenchDatabase(base) : undefined;
  if (!args.pglite && !base) console.error('DATABASE_URL not set: running on PGlite');
  let running: Running | undefined;
  try {
    running = await startTenure(benchConfig(fresh?.databaseUrl), { listen: false });
    const key = running.bootstrap.issuedKey?.secret;
    if (!key) throw new Error('no API key issued on a fresh database');
    const headers = { authorization: `Bearer ${key}` };
    const app = running.app;
    const account = (await app.inject({ method: 'GET', url: '/v1/account', headers })).json() as { id: string };
    const ctx = running.ctx;
    console.log(`engine: ${ctx.engine}; ${N.toLocaleString('en')} subscribers, 36 months`);
    const t = performance.now();
    await build(ctx, account.id);
    const built = (performance.now() - t) / 1000;
    const [c] = rowsOf<{ movements: number; lines: number; rollups: number }>(
      await ctx.db.execute(sql`select (select count(*)::int from mrr_movements) as movements,
      (select count(*)::int from mrr_movement_lines) as lines, (select count(*)::int from mrr_daily_rollups) as rollups`),
    );
    console.log(
      `build: ${built.toFixed(1)} s — ${c?.movements} movements, ${c?.lines} lines, ${c?.rollups} rollup rows`,
    );
    const range = { start: START, end: END, interval: 'month' as const };
    const lastMonth = { start: Date.parse('2025-12-01T00:00:00Z') / 1000, end: END };
    const http = (url: string) => async () => {
      const r = await app.inject({ method: 'GET', url, headers });
      if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body}`);
      return r.json();
    };
    const q = `start=${START}&end=${END}&interval=month`;
    const results: [string, number][] = [];
    const time = async (label: string, run: () => Promise<unknown>) => results.push([label, await median(label, run)]);
    await time('mrrSeriesReport, 36 months (module)', () => mrrSeriesReport(ctx, account.id, range));
    await time('GET /v1/metrics/mrr, 36 monthly buckets (HTTP)', http(`/v1/metrics/mrr?${q}`));
    await time('metricsSummary, last month (module)', () => metricsSummary(ctx, account.id, lastMonth));
    await time(
      'GET /v1/metrics/summary, last month (HTTP)',
      http(`/v1/metrics/summary?start=${lastMonth.start}&end=${END}`),
    );
    await time('GET /v1/metrics/summary, 36 months (HTTP)', http(`/v1/metrics/summary?start=${START}&end=${END}`));
    await time('GET /v1/metrics/mrr?breakdown=country (HTTP)', http(`/v1/metrics/mrr?${q}&breakdown=country`));
    await time('GET /v1/metrics/mrr?breakdown=plan (HTTP)', http(`/v1/metrics/mrr?${q}&breakdown=plan`));
    await time('GET /v1/metrics/mrr?plan=price_2_usd (HTTP)', http(`/v1/metrics/mrr?${q}&plan=price_2_usd`));
    await time(
      'GET /v1/metrics/mrr, Sao Paulo months (cut days, HTTP)',
      http(`/v1/metrics/mrr?start=${START + 10_800}&end=${END + 10_800}&interval=month`),
    );
    const sample = (await http(`/v1/metrics/mrr?${q}`)()) as { data: { mrr: number; customers_end: number }[] };
    console.log(
      `final MRR ${sample.data.at(-1)?.mrr} (usd minor units), ${sample.data.at(-1)?.customers_end} paying customers`,
    );
    const series = results.find(([l]) => l.startsWith('GET /v1/metrics/mrr, 36'))![1];
    console.log(
      `target: 36-month MRR series < 1 s over HTTP: ${series < 1000 ? 'MET' : 'NOT MET'} (${series.toFixed(1)} ms)`,
    );
  } finally {
    await running?.stop();
    await fresh?.drop();
  }
}

await main();
