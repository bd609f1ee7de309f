import { spawnSync } from 'node:child_process';

// One command for the whole suite: pure cores and API scenarios; on PostgreSQL when DATABASE_URL is set,
// else on embedded PGlite. CI runs it both ways.
const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
process.stdout.write(`Running the Tenure test suite on ${engine}\n`);
const args = [
  '--test',
  '--test-concurrency=2',
  '--test-timeout=60000',
  'src/**/*.test.ts',
  'test/**/*.test.ts',
  ...process.argv.slice(2),
];
const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
