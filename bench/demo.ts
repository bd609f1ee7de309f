/**
 * The demo's speed as a new user meets it: `tenure demo` on a fresh embedded PGlite folder, timed per simulated
 * month. A month should cost about the same as the one before (same signups, a few more subscribers to renew); a
 * month that grows with the data already written means some work rescans history.
 *   node bench/demo.ts [--customers 300] [--months 6] [--engine pglite|pg]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { migrate, openDatabase } from '../src/db/index.ts';
import { buildDemo } from '../src/demo/index.ts';
import { systemClock } from '../src/kernel/clock.ts';
import { freshBenchDatabase } from './database.ts';

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '300' },
    months: { type: 'string', default: '6' },
    engine: { type: 'string', default: 'pglite' },
  },
});

const dataDir = mkdtempSync(join(tmpdir(), 'tenure-bench-demo-'));
const pg =
  values.engine === 'pg'
    ? await freshBenchDatabase(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test')
    : null;
const database = await openDatabase({ databaseUrl: pg?.databaseUrl, dataDir });
await migrate(database);

// Each progress line is the end of one simulated month: record when it came.
const marks: number[] = [];
const started = performance.now();
const out = { isTTY: false, write: () => marks.push(performance.now()) } as unknown as NodeJS.WriteStream;
try {
  const result = await buildDemo(
    { db: database.db, engine: database.engine, clock: systemClock },
    { customers: Number(values.customers), months: Number(values.months), seed: 7 },
    out,
  );
  const perMonth = marks.map((at, i) => (at - (i === 0 ? started : marks[i - 1]!)) / 1000);
  console.log(`demo ${values.customers} customers × ${values.months} months on ${database.engine}`);
  perMonth.forEach((s, i) => {
    console.log(
      `  month ${i + 1}: ${s.toFixed(1)} s${i > 0 ? `  (×${(s / perMonth[0]!).toFixed(2)} of month 1)` : ''}`,
    );
  });
  const total = (performance.now() - started) / 1000;
  console.log(`  total ${total.toFixed(1)} s, ${result.customers} subscribers, ${result.active} active`);
  console.log(`  last month ÷ first month: ${(perMonth.at(-1)! / perMonth[0]!).toFixed(2)}`);
} finally {
  await database.close();
  await pg?.drop();
  rmSync(dataDir, { recursive: true, force: true });
}
