import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { readConfig } from '../../src/server/config.ts';
import { startTenure } from '../../src/server/start.ts';
import type { DueWorkSource } from '../../src/worker/index.ts';
import { freshDatabaseUrl } from '../helpers/database.ts';

/** A source that only counts the worker's passes. */
function passCounter() {
  const passes: number[] = [];
  const source: DueWorkSource = {
    name: 'pass_counter',
    nextDueOnClock: async () => null,
    runOnClock: async () => undefined,
    runDue: async () => {
      passes.push(performance.now());
      return 0;
    },
    backlog: async () => ({ count: 0, oldest: null }),
  };
  const since = (t: number) => passes.filter((at) => at >= t).length;
  return { source, since, last: () => passes.at(-1) ?? 0 };
}

async function start(databaseUrl: string | undefined, counter: ReturnType<typeof passCounter>) {
  const config = {
    ...readConfig([], {}),
    port: 0,
    dataDir: 'memory://',
    databaseUrl,
    logLevel: 'silent',
    workerPollMs: 50,
    workerIdlePollMs: 3000,
  };
  return startTenure(config, { listen: false, sources: [counter.source] });
}

// Only embedded PGlite hears every write (one process owns the data folder), so only there may an idle worker
// slow down; on PostgreSQL it keeps to its poll interval.
test('an idle worker on PGlite polls less and less, and a write brings it back within the poll interval', async () => {
  const counter = passCounter();
  const running = await start(undefined, counter);
  try {
    await sleep(600); // waits of 50, 100, 200, 400 ms: the backoff is under way
    const from = performance.now();
    await sleep(1000);
    // At a fixed 50 ms there would be ~20 passes in this second; backing off, at most 2 (the 800 and 1600 ms waits).
    assert.ok(counter.since(from) <= 2, `idle passes in 1 s: ${counter.since(from)}`);

    const key = running.bootstrap.issuedKey!.secret;
    const wrote = performance.now();
    const created = await running.app.inject({
      method: 'POST',
      url: '/v1/customers',
      headers: { authorization: `Bearer ${key}` },
      payload: { name: 'Wakes the worker' },
    });
    assert.equal(created.statusCode, 200);
    for (let i = 0; i < 50 && counter.since(wrote) === 0; i++) await sleep(20);
    // Without the nudge the next pass would come after the current idle wait, 1.6–3 s away.
    assert.ok(counter.since(wrote) > 0, 'no pass within 1 s of a write');
    assert.ok(counter.last() - wrote < 1000, `first pass ${Math.round(counter.last() - wrote)} ms after the write`);
  } finally {
    await running.stop();
  }
});

test('on PostgreSQL the idle worker keeps its poll interval', { skip: !process.env.DATABASE_URL }, async () => {
  const counter = passCounter();
  const fresh = await freshDatabaseUrl();
  const running = await start(fresh.databaseUrl, counter);
  try {
    await sleep(600);
    const from = performance.now();
    await sleep(1000);
    assert.ok(counter.since(from) >= 8, `idle passes in 1 s at a 50 ms poll: ${counter.since(from)}`);
  } finally {
    await running.stop();
    await fresh.drop();
  }
});
