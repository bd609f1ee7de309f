/**
 * Start-up time: from spawning `tenure start` on a fresh PGlite data folder (and on a restart of it) until
 * /openapi.json answers 200. Issue #2's goal: within 4 s. Printed as figures, not asserted in a test.
 *   node bench/start.ts [--runs 3]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { wallMs } from '../src/kernel/clock.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const CLI = join(import.meta.dirname, '../src/cli/tenure.ts');

async function timeToOpenapi(dataDir: string): Promise<number> {
  const started = wallMs();
  const child = spawn(process.execPath, [CLI, 'start', '--port', '0'], {
    env: { ...process.env, DATABASE_URL: '', TENURE_DATA_DIR: dataDir, TENURE_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`tenure exited with ${code}: ${out}`)));
  });
  const response = await fetch(`${url}/openapi.json`);
  const elapsed = wallMs() - started;
  if (response.status !== 200) throw new Error(`/openapi.json answered ${response.status}`);
  child.kill('SIGTERM');
  await new Promise((resolve) => child.on('exit', resolve));
  return elapsed;
}

const fresh: number[] = [];
const restart: number[] = [];
for (let i = 0; i < Number(values.runs); i++) {
  const dir = mkdtempSync(join(tmpdir(), 'tenure-bench-start-'));
  try {
    fresh.push(await timeToOpenapi(dir));
    restart.push(await timeToOpenapi(dir));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `first start → /openapi.json: median ${median(fresh).toFixed(0)} ms (runs: ${fresh.map((x) => x.toFixed(0)).join(', ')})`,
);
console.log(
  `restart     → /openapi.json: median ${median(restart).toFixed(0)} ms (runs: ${restart.map((x) => x.toFixed(0)).join(', ')})`,
);
console.log(`goal: within 4000 ms — ${median(fresh) <= 4000 ? 'met' : 'NOT met'}`);
