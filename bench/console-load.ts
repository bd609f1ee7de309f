/**
 * The console as an operator meets it (issue #18: first load < 1.5 s largest contentful paint on localhost, each
 * page's data < 300 ms): Tenure on in-memory PGlite (or DATABASE_URL) with N customers, Debian's Chromium through
 * playwright-core; prints LCP of a cold first load (empty cache) and of a warm one, and each page's slowest API call.
 *
 *   node bench/console-load.ts [--customers 2000] [--runs 3]
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { startTenure } from '../src/server/start.ts';
import { launchChromium } from '../test/helpers/browser.ts';
import { benchConfig, freshBenchDatabase } from './database.ts';

const LCP_GOAL_MS = 1500;
const DATA_GOAL_MS = 300;
const { values: args } = parseArgs({
  options: { customers: { type: 'string', default: '2000' }, runs: { type: 'string', default: '3' } },
  strict: true,
});

/** Largest contentful paint of the page as loaded, from the browser's own PerformanceObserver. */
function lcp(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1]!.startTime);
        }).observe({ type: 'largest-contentful-paint' as never, buffered: true });
      }),
  );
}

/** The slowest /v1 call a page made, by the browser's resource timing. */
function slowestApiCall(page: Page): Promise<{ url: string; ms: number }> {
  return page.evaluate(() => {
    const calls = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/v1/'))
      .map((e) => ({ url: new URL(e.name).pathname, ms: e.duration }));
    return calls.sort((a, b) => b.ms - a.ms)[0] ?? { url: '(none)', ms: 0 };
  });
}

const base = process.env.DATABASE_URL;
const fresh = base ? await freshBenchDatabase(base) : undefined;
const running = await startTenure(benchConfig(fresh?.databaseUrl));
const browser = await launchChromium();
try {
  const key = running.bootstrap.issuedKey!.secret;
  await running.ctx.db.execute(sql`insert into customers (account_id, id, created, name, email)
    select ${running.bootstrap.account.id}, 'cus_' || lpad(i::text, 10, '0'), now(), 'Customer ' || i,
      'c' || i || '@example.com' from generate_series(1, ${Number(args.customers)}) i`);
  const pages = { home: '/console', customers: '/console/customers', customer: '/console/customers/cus_0000000042' };
  const lcps: number[] = [];
  for (let run = 0; run < Number(args.runs); run++) {
    const context = await browser.newContext(); // empty cache: a cold first load every run
    await context.addInitScript((k) => sessionStorage.setItem('tenure.key', k), key);
    const page = await context.newPage();
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`${running.url}${path}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const slowest = await slowestApiCall(page);
      if (name === 'home') lcps.push(await lcp(page));
      console.log(`run ${run + 1} ${name.padEnd(9)} slowest API call ${slowest.ms.toFixed(0)} ms (${slowest.url})`);
    }
    await context.close();
  }
  lcps.sort((a, b) => a - b);
  const median = lcps[Math.floor(lcps.length / 2)]!;
  console.log(`engine: ${running.ctx.engine}; cold first load LCP median ${median.toFixed(0)} ms of ${lcps.length}`);
  console.log(`LCP ÷ goal (${LCP_GOAL_MS} ms): ${(median / LCP_GOAL_MS).toFixed(2)}; data goal ${DATA_GOAL_MS} ms`);
} finally {
  await browser.close();
  await running.stop();
  await fresh?.drop();
}
