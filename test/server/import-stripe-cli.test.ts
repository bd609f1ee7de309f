import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { type StripeAccountFake, startStripeAccountFake } from '../helpers/stripe-account-fake.ts';
import { stripeAccountFixture } from '../helpers/stripe-account-fixture.ts';

const CLI = join(import.meta.dirname, '../../src/cli/tenure.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'tenure-import-'));
let fake: StripeAccountFake;
before(async () => {
  fake = await startStripeAccountFake(stripeAccountFixture(3, Temporal.Now.instant()).account);
});
after(async () => {
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** `tenure import stripe …` on embedded PGlite, as a user runs it; resolves with its exit code and output. */
function runImport(...extra: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const args = ['import', 'stripe', '--api-key', 'sk_test_cli', '--stripe-host', fake.host];
  args.push('--stripe-port', String(fake.port), '--stripe-protocol', 'http', ...extra);
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...env, TENURE_DATA_DIR: dataDir, TENURE_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

const row = (stdout: string, kind: string) =>
  new RegExp(`^\\s+${kind}\\s+(\\d+) new\\s+(\\d+) already imported\\s+(\\d+) skipped$`, 'm')
    .exec(stdout)
    ?.slice(1)
    .map(Number);

test('tenure import stripe: a dry run, the import with progress and a report, and a re-run that imports nothing', async () => {
  const dry = await runImport('--dry-run');
  assert.equal(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, /^Dry run: nothing was written/);
  assert.deepEqual(row(dry.stdout, 'customer'), [3, 0, 0]);

  const first = await runImport();
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^Imported:/);
  assert.deepEqual(row(first.stdout, 'customer'), [3, 0, 0]);
  assert.deepEqual(row(first.stdout, 'payment_method'), [3, 0, 0]);
  assert.deepEqual(row(first.stdout, 'subscription'), [3, 0, 1]);
  assert.match(first.stderr, /\[#+\] customer 3\/3/);

  const again = await runImport();
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(row(again.stdout, 'customer'), [0, 3, 0]);
  assert.deepEqual(row(again.stdout, 'subscription'), [0, 3, 1]);
});
