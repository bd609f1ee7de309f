import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

// `npm start` is `node src/cli/tenure.ts start`; spawning node directly skips npm's own start-up time.
const CLI = join(import.meta.dirname, '../../src/cli/tenure.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'tenure-start-'));
// A failed assertion must not leave a server running: the test process would wait for it forever.
const children = new Set<ChildProcess>();
after(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

type Started = { child: ChildProcess; url: string; output: () => string; startedAt: number };

/** Starts Tenure on embedded PGlite (no DATABASE_URL) with an OS-chosen port, as a user would. */
function startTenure(env: Record<string, string> = {}): Promise<Started> {
  const { DATABASE_URL: _ignored, ...base } = process.env;
  const startedAt = performance.now();
  const child = spawn(process.execPath, [CLI, 'start', '--port', '0'], {
    env: { ...base, TENURE_DATA_DIR: dataDir, TENURE_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  return new Promise((resolve, reject) => {
    // A start that never prints its URL is killed, or it would keep the data folder's lock for the next test.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no URL printed in 60 s:\n${output}`));
    }, 60_000);
    child.stdout!.on('data', () => {
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]!, output: () => output, startedAt });
      }
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

function stop(started: Started): Promise<number | null> {
  return new Promise((resolve) => {
    started.child.removeAllListeners('exit');
    started.child.on('exit', (code) => resolve(code));
    started.child.kill('SIGTERM');
  });
}

const KEY = 'sk_test_configured_key_0123456789';

test('first start serves /openapi.json, prints the URL and the configured key once; restart keeps data', {
  timeout: 180_000,
}, async (t) => {
  const first = await startTenure({ TENURE_API_KEY: KEY });
  const openapi = await fetch(`${first.url}/openapi.json`);
  // A figure, not a pass/fail timing (targets are measured in bench/): the start time under this run's load.
  t.diagnostic(`served /openapi.json ${Math.round(performance.now() - first.startedAt)} ms after start`);
  assert.equal(openapi.status, 200);
  assert.match(first.output(), new RegExp(`API key \\(shown once, store it now\\): ${KEY}`));
  const setup = /owner \(link works once\): (http:\/\/\S+\/console\/setup\?token=otok_[\w-]+)/.exec(first.output());
  assert.ok(setup, `the first start prints the owner's set-up link:\n${first.output()}`);
  const auth = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
  const created = (await (
    await fetch(`${first.url}/v1/customers`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ name: 'Persisted' }),
    })
  ).json()) as { id: string };
  assert.equal(await stop(first), 0, 'SIGTERM shuts down cleanly');

  const second = await startTenure({ TENURE_API_KEY: KEY });
  try {
    assert.doesNotMatch(second.output(), /API key/, 'the key is printed only on the first start');
    const again = await fetch(`${second.url}/v1/customers/${created.id}`, { headers: auth });
    assert.equal(again.status, 200);
    assert.equal(((await again.json()) as { name: string }).name, 'Persisted');
  } finally {
    await stop(second);
  }
});

test('SIGTERM lets in-flight requests finish: every answered create is stored', { timeout: 180_000 }, async () => {
  const started = await startTenure({ TENURE_API_KEY: KEY });
  const auth = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' };
  const creates = Array.from({ length: 40 }, (_, i) =>
    fetch(`${started.url}/v1/customers`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ name: `inflight-${i}` }),
    })
      .then(async (r) => ({ status: r.status, body: (await r.json()) as { id: string } }))
      .catch(() => ({ status: 0, body: { id: '' } })),
  );
  await new Promise((r) => setTimeout(r, 15));
  const exited = stop(started);
  const results = await Promise.all(creates);
  assert.equal(await exited, 0);
  const ok = results.filter((r) => r.status === 200);
  for (const r of results) assert.ok([0, 200, 503].includes(r.status), `unexpected status ${r.status}`);

  const restarted = await startTenure({ TENURE_API_KEY: KEY });
  try {
    for (const r of ok) {
      const stored = await fetch(`${restarted.url}/v1/customers/${r.body.id}`, { headers: auth });
      assert.equal(stored.status, 200, `customer ${r.body.id} answered before shutdown must exist`);
    }
  } finally {
    await stop(restarted);
  }
});

test('one process per data folder: a second start is refused, a killed one does not lock the folder out', {
  timeout: 180_000,
}, async () => {
  const first = await startTenure({ TENURE_API_KEY: KEY });
  try {
    await assert.rejects(startTenure({ TENURE_API_KEY: KEY }), (error: Error) => {
      assert.match(error.message, new RegExp(`in use by process ${first.child.pid}`));
      return true;
    });
    assert.equal((await fetch(`${first.url}/healthz`)).status, 200, 'the first keeps serving');
  } finally {
    first.child.removeAllListeners('exit');
    const killed = new Promise((resolve) => first.child.on('exit', resolve));
    first.child.kill('SIGKILL'); // no clean shutdown: its lock file stays behind
    await killed;
  }
  assert.ok(existsSync(join(dataDir, 'tenure.pid')), 'a killed process leaves its lock file');
  const next = await startTenure({ TENURE_API_KEY: KEY });
  assert.equal((await fetch(`${next.url}/healthz`)).status, 200);
  assert.equal(await stop(next), 0);
  assert.ok(!existsSync(join(dataDir, 'tenure.pid')), 'a clean stop removes its lock file');
});
