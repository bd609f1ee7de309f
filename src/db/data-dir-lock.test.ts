import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { LOCK_FILE, lockDataDir } from './data-dir-lock.ts';

const folders: string[] = [];
after(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});
function folder(): string {
  const f = mkdtempSync(join(tmpdir(), 'tenure-lock-'));
  folders.push(f);
  return f;
}
const startTime = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
};

test('one hold per folder in this process, however the folder is spelled; release frees it', () => {
  const f = folder();
  const alias = `${f}-alias`;
  symlinkSync(f, alias);
  folders.push(alias);
  const release = lockDataDir(f);
  assert.throws(() => lockDataDir(alias), /already open in this process/);
  assert.match(readFileSync(join(f, LOCK_FILE), 'utf8'), new RegExp(`^${process.pid} \\d+`));
  release();
  assert.ok(!existsSync(join(f, LOCK_FILE)));
  lockDataDir(alias)();
});

test('a running holder keeps the folder; a dead one, a reused pid or a garbled file are told apart', async () => {
  const child = spawn('sleep', ['30']);
  await new Promise((resolve) => child.once('spawn', resolve));
  try {
    const f = folder();
    const lock = join(f, LOCK_FILE);
    writeFileSync(lock, `${child.pid} ${startTime(child.pid!)}\n`);
    assert.throws(() => lockDataDir(f), new RegExp(`in use by process ${child.pid}`));

    writeFileSync(lock, `${child.pid} 1\n`); // same pid, another start time: the pid was reused
    lockDataDir(f)();

    const gone = spawn('true');
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(lock, `${gone.pid} 1\n`);
    lockDataDir(f)();

    writeFileSync(lock, 'not a pid\n');
    assert.throws(() => lockDataDir(f), /cannot read/);
  } finally {
    child.kill();
  }
});

test('a release leaves a lock that is no longer its own', () => {
  const f = folder();
  const release = lockDataDir(f);
  writeFileSync(join(f, LOCK_FILE), '999999 1\n'); // taken over meanwhile (e.g. deleted by hand, then another start)
  release();
  assert.ok(existsSync(join(f, LOCK_FILE)));
});
