import { spawnSync } from 'node:child_process';
import { globSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// One command for the whole suite: pure cores and API scenarios; on PostgreSQL when DATABASE_URL is set,
// else on embedded PGlite. CI runs it both ways.
const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
process.stdout.write(`Running the Tenure test suite on ${engine}\n`);
// The longest files start first (measured: each takes 45 s to 2 minutes), so that two at a time the run does not end
// on one of them alone; the rest follow in name order.
const SLOW_FIRST = [
  'test/scenarios/stripe-import.test.ts',
  'test/scenarios/demo.test.ts',
  'test/web/console-import.test.ts',
  'test/server/start.test.ts',
  'test/edge/fuzz.test.ts',
  'test/scenarios/billing-lifecycle.test.ts',
  'test/api/webhooks-delivery.test.ts',
  'test/scenarios/process-roles.test.ts',
];
// TENURE_TEST_SKIP_WEB=1 leaves out the browser tests (test/web): CI runs them once, on PGlite, since they test the
// console and the portal, and the API under them runs on both engines in the rest of the suite.
const skipWeb = process.env.TENURE_TEST_SKIP_WEB === '1';
const found = [...globSync('src/**/*.test.ts'), ...globSync('test/**/*.test.ts')].sort();
const files = [
  ...SLOW_FIRST.filter((file) => found.includes(file)),
  ...found.filter((f) => !SLOW_FIRST.includes(f)),
].filter((file) => !(skipWeb && file.startsWith('test/web/')));
const args = [
  '--test',
  '--test-concurrency=2',
  // A test that hangs fails after 2 minutes; browser journeys and multi-process scenarios on a busy 2-core CI host
  // take up to one (those that take longer set their own limit).
  '--test-timeout=120000',
  // Each test file is a process that loads all of Tenure: compiled code kept between processes, and drizzle-orm's
  // own imports resolved without re-reading its package.json (1.5 s of CPU less per process; see the preload).
  '--import=./scripts/test-preload.ts',
  ...files,
  ...process.argv.slice(2),
];
// Every response a test receives is checked against the served /openapi.json (test/helpers/response-validator.ts);
// each test process leaves its counts here, added up and printed after the run.
const reports = mkdtempSync(join(tmpdir(), 'tenure-responses-'));
const result = spawnSync(process.execPath, args, {
  stdio: 'inherit',
  env: { ...process.env, TENURE_RESPONSE_REPORT_DIR: reports },
});
let checked = 0;
let mismatches = 0;
for (const file of readdirSync(reports)) {
  for (const line of readFileSync(join(reports, file), 'utf8').split('\n').filter(Boolean)) {
    const counts = JSON.parse(line) as { checked: number; mismatches: number };
    checked += counts.checked;
    mismatches += counts.mismatches;
  }
}
rmSync(reports, { recursive: true, force: true });
process.stdout.write(`responses validated against /openapi.json: ${checked}, mismatches: ${mismatches}\n`);
process.exit(mismatches > 0 ? 1 : (result.status ?? 1));
