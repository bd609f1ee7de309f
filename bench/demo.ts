/**
 * The demo's speed as a new user meets it: `tenure demo` on a fresh embedded PGlite folder, timed per simulated
 * month. A month should cost about the same as the one before (same signups, a few more subscribers to renew); a
 * month that grows with the data already written means some work rescans history.
 *   node bench/demo.ts [--customers 300] [--months 6] [--engine pglite|pglite-memory|pg]
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
// pglite-memory: the same engine without a data folder, to tell the file system's share from the database's.
const database = await openDatabase({
  databaseUrl: pg?.databaseUrl,
  dataDir: values.engine === 'pglite-memory' ? 'memory://' : dataDir,
});
await migrate(database);

// Each progress line is the end of one simulated month: record when it came, and this process's CPU time so far
// (PGlite runs inside this process, so on PGlite that is all the work, whatever else the host is doing).
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const marks: { wall: number; cpu: number }[] = [];
const started = { wall: performance.now(), cpu: cpuSeconds() };
const out = {
  isTTY: false,
  write: () => marks.push({ wall: performance.now(), cpu: cpuSeconds() }),
} as unknown as NodeJS.WriteStream;
try {
  const result = await buildDemo(
    { db: database.db, engine: database.engine, clock: systemClock },
    { customers: Number(values.customers), months: Number(values.months), seed: 7 },
    out,
  );
  const wall = marks.map((at, i) => (at.wall - (marks[i - 1] ?? started).wall) / 1000);
  const cpu = marks.map((at, i) => at.cpu - (marks[i - 1] ?? started).cpu);
  console.log(`demo ${values.customers} customers × ${values.months} months on ${database.engine}`);
  wall.forEach((s, i) => {
    const ratio = i > 0 ? `  (CPU ×${(cpu[i]! / cpu[0]!).toFixed(2)} of month 1)` : '';
    console.log(`  month ${i + 1}: ${s.toFixed(1)} s wall, ${cpu[i]!.toFixed(1)} s CPU${ratio}`);
  });
  const total = (performance.now() - started.wall) / 1000;
  console.log(`  total ${total.toFixed(1)} s wall, ${(cpuSeconds() - started.cpu).toFixed(1)} s CPU`);
  console.log(`  ${result.customers} subscribers, ${result.active} active`);
  console.log(`  last month ÷ first month (CPU): ${(cpu.at(-1)! / cpu[0]!).toFixed(2)}`);
} finally {
  await database.close();
  await pg?.drop();
  rmSync(dataDir, { recursive: true, force: true });
}
