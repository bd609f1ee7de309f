import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { churnCommand } from '../../src/cli/churn.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// CI checks shared/ out beside the clone; a worktree elsewhere can point at it with MLC_CHURN_CSV.
const mlcChurn = process.env.MLC_CHURN_CSV ?? resolve(repo, '../shared/data/mlc_churn.csv');

function tenure(...args: string[]) {
  const run = spawnSync(process.execPath, [join(repo, 'src/cli/tenure.ts'), ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function metric(stdout: string, name: string): [number, number] {
  const line = stdout.split('\n').find((l) => l.startsWith(name));
  assert.ok(line, `no "${name}" line in:\n${stdout}`);
  const [ensemble, baseline] = line.slice(name.length).replaceAll(' %', '').trim().split(/\s+/).map(Number);
  return [ensemble!, baseline!];
}

test('mlc_churn, 75/25 split with seed 42: the ensemble reaches AUC ≥ 0.90 and beats the logistic baseline', () => {
  const run = tenure(
    'churn',
    'evaluate',
    '--csv',
    mlcChurn,
    '--label',
    'churn',
    '--seed',
    '42',
    '--test-fraction',
    '0.25',
  );
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^5000 rows, 19 features, label churn = yes for 14\.1 %/);
  assert.match(run.stdout, /3750 train \/ 1250 test/);
  const [ensembleAuc, baselineAuc] = metric(run.stdout, 'AUC');
  assert.ok(ensembleAuc >= 0.9, `ensemble AUC ${ensembleAuc}`);
  assert.ok(baselineAuc < ensembleAuc, `baseline AUC ${baselineAuc}`);
  const [ensemblePrecision, baselinePrecision] = metric(run.stdout, 'top-decile precision');
  assert.ok(ensemblePrecision > baselinePrecision);
  assert.equal(run.stdout.match(/^\d+\s+125\s+/gm)?.length, 10, 'ten calibration deciles of 125 test rows');
  assert.match(run.stdout, /ensemble {2}total_day_minutes/);
});

test('--help prints usage and an unknown flag is refused in one line, from the real command line', () => {
  const help = tenure('churn', 'evaluate', '--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: tenure churn evaluate --csv FILE --label COLUMN/);
  const unknown = tenure('churn', 'evaluate', '--csv', '/does/not/exist', '--bogus', '1');
  assert.equal(unknown.code, 2);
  assert.equal(unknown.stderr, 'tenure churn: unknown flag --bogus (see tenure churn --help)\n');
  assert.equal(unknown.stdout, '');
});

async function churn(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await churnCommand(
    args,
    (text) => {
      stdout += text;
    },
    (text) => {
      stderr += text;
    },
  );
  return { code, stdout, stderr };
}

test('usage problems are one-line errors with exit code 2, found before any data is read', async () => {
  const cases: Array<[string[], RegExp]> = [
    [['--csv', '/does/not/exist', '--bogus', '1'], /unknown flag --bogus/],
    [['--csv', '/does/not/exist'], /--label COLUMN is required/],
    [['--label', 'churn'], /--csv FILE is required/],
    [['--csv', 'x', '--label', 'y', '--seed', 'abc'], /--seed must be an integer/],
    [['--csv', 'x', '--label', 'y', '--test-fraction', '1.5'], /--test-fraction must be between 0 and 1/],
    [['--csv', 'x', '--label'], /--label needs a value/],
    [['--csv', 'x', '--csv', 'y', '--label', 'z'], /--csv given twice/],
    [['stray'], /unexpected argument "stray"/],
    [['--csv', '/does/not/exist', '--label', 'churn'], /cannot read \/does\/not\/exist: ENOENT/],
  ];
  for (const [args, message] of cases) {
    const run = await churn('evaluate', ...args);
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.stderr, message);
    assert.equal(run.stderr.trim().split('\n').length, 1, 'one line');
    assert.equal(run.stdout, '');
  }
  assert.equal((await churn('train')).code, 2);
  assert.match((await churn('--help')).stdout, /^Usage/);
});

test('a label column that is missing or holds one value is a one-line error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tenure-churn-'));
  const file = join(dir, 'one-class.csv');
  writeFileSync(file, 'minutes,left\n10,no\n20,no\n');
  const missing = await churn('evaluate', '--csv', file, '--label', 'churn');
  assert.equal(missing.code, 1);
  assert.equal(missing.stderr, 'tenure churn: no column "churn" in the CSV (columns: minutes, left)\n');
  const oneClass = await churn('evaluate', '--csv', file, '--label', 'left');
  assert.equal(oneClass.stderr, 'tenure churn: column "left" must hold both "yes" and other values\n');
});

test('--positive picks the churn value and the report covers both models on a small CSV', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tenure-churn-'));
  const file = join(dir, 'small.csv');
  const lines = ['calls,plan,status'];
  for (let i = 0; i < 80; i++)
    lines.push(`${i % 8},${i % 3 === 0 ? 'intl' : 'none'},${i % 8 >= 5 ? 'gone' : 'active'}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const run = await churn('evaluate', '--csv', file, '--label', 'status', '--positive', 'gone', '--seed', '1');
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^80 rows, 2 features, label status = gone for 37\.5 %/);
  assert.match(run.stdout, /Split: seed 1, 59 train \/ 21 test/);
  assert.deepEqual(metric(run.stdout, 'AUC'), [1, 1]);
  assert.match(run.stdout, /ensemble {2}calls 9\d\.\d %, plan/);
});

test('churn train: flags checked before the database is opened, options handed to the trainer', async () => {
  const calls: { account?: string; asOf?: Date }[] = [];
  const train = async (options: { account?: string; asOf?: Date }) => {
    calls.push(options);
    return ['trained\n'];
  };
  const run = async (...args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await churnCommand(
      args,
      (t) => {
        stdout += t;
      },
      (t) => {
        stderr += t;
      },
      train,
    );
    return { code, stdout, stderr };
  };
  assert.deepEqual(await run('train', '--account', 'acct_1', '--as-of', '2026-06-01T00:00:00Z'), {
    code: 0,
    stdout: 'trained\n',
    stderr: '',
  });
  assert.deepEqual(calls, [{ account: 'acct_1', asOf: new Date('2026-06-01T00:00:00Z') }]);
  assert.equal((await run('train')).code, 0);
  assert.deepEqual(calls[1], {});
  const bad = await run('train', '--as-of', 'yesterday');
  assert.equal(bad.code, 2);
  assert.equal(bad.stderr, 'tenure churn: --as-of must be an ISO 8601 time (see tenure churn --help)\n');
  assert.match((await run('train', '--csv', 'x')).stderr, /unknown flag --csv/);
  assert.equal(calls.length, 2, 'a usage error never reaches the trainer');
});
