import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

// Each command runs in an empty folder: a command that answers a usage question must leave it empty (no ./data).
const CLI = join(import.meta.dirname, '../../src/cli/tenure.ts');
const cwd = mkdtempSync(join(tmpdir(), 'tenure-usage-'));
after(() => rmSync(cwd, { recursive: true, force: true }));

function tenure(...args: string[]) {
  const { DATABASE_URL: _ignored, TENURE_DATA_DIR: _dir, ...env } = process.env;
  const started = performance.now();
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, ms: performance.now() - started };
}

test('tenure demo --help prints its usage and exits at once, creating no ./data', () => {
  const run = tenure('demo', '--help');
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^Usage: tenure demo \[--customers 10000\] \[--months 24\] \[--seed 7\]/);
  // Before, it started the full 10,000 × 24 demo (minutes). Loose bound: node's own start on a loaded host.
  assert.ok(run.ms < 5_000, `${Math.round(run.ms)} ms`);
  assert.deepEqual(readdirSync(cwd), [], 'no data folder');
});

test('usage mistakes are one line on stderr, exit code 2, nothing on stdout, no data touched', () => {
  const cases: Array<[string[], string]> = [
    [['demo', '--bogus'], 'tenure demo: unknown flag --bogus (see tenure demo --help)\n'],
    [
      ['demo', '--customers', 'many'],
      'tenure demo: --customers must be an integer, got "many" (see tenure demo --help)\n',
    ],
    [['start', '--port'], 'tenure start: --port needs a value (see tenure start --help)\n'],
    [['worker', '--port', '0'], 'tenure worker: unknown flag --port (see tenure worker --help)\n'],
    [['reconcile', 'now'], 'tenure reconcile: unexpected argument "now" (see tenure reconcile --help)\n'],
    [['frobnicate'], 'tenure: unknown command "frobnicate" (see tenure --help)\n'],
  ];
  for (const [args, stderr] of cases) {
    const run = tenure(...args);
    assert.deepEqual({ code: run.code, stderr: run.stderr, stdout: run.stdout }, { code: 2, stderr, stdout: '' });
  }
  assert.equal(existsSync(join(cwd, 'data')), false);
});

test('tenure --help lists every command; tenure api --help and worker --help describe the roles', () => {
  const overview = tenure('--help');
  assert.equal(overview.code, 0);
  for (const command of ['start', 'api', 'worker', 'migrate', 'keys create', 'demo', 'churn train'])
    assert.match(overview.stdout, new RegExp(`tenure ${command}`));
  assert.match(tenure('api', '--help').stdout, /HTTP API only/);
  assert.match(tenure('worker', '-h').stdout, /due work only/);
  assert.deepEqual(readdirSync(cwd), []);
});
