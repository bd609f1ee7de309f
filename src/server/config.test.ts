import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readConfig } from './config.ts';

test('defaults', () => {
  const c = readConfig([], {});
  assert.deepEqual(
    [c.port, c.host, c.dataDir, c.databaseUrl, c.apiKey],
    [3000, '127.0.0.1', './data', undefined, undefined],
  );
});

test('environment variables, then flags (both --k v and --k=v) win', () => {
  const env = { PORT: '4000', TENURE_DATA_DIR: '/env', DATABASE_URL: 'postgres://x', TENURE_API_KEY: 'sk_env' };
  const c = readConfig(['--port', '5000', '--data-dir=/flag'], env);
  assert.equal(c.port, 5000);
  assert.equal(c.dataDir, '/flag');
  assert.equal(c.databaseUrl, 'postgres://x');
  assert.equal(c.apiKey, 'sk_env');
});

test('a bad port is refused, naming PORT', () => {
  assert.throws(() => readConfig([], { PORT: 'eighty' }), { param: 'PORT' });
  assert.throws(() => readConfig(['--port', '70000'], {}), { param: 'PORT' });
});

test('worker poll intervals: defaults, overrides, and a bad value refused by name', () => {
  const c = readConfig([], {});
  assert.deepEqual([c.workerPollMs, c.workerIdlePollMs], [1000, 10_000]);
  const d = readConfig(['--worker-idle-poll-ms', '30000'], { TENURE_WORKER_POLL_MS: '250' });
  assert.deepEqual([d.workerPollMs, d.workerIdlePollMs], [250, 30_000]);
  assert.throws(() => readConfig([], { TENURE_WORKER_POLL_MS: 'often' }), { param: 'TENURE_WORKER_POLL_MS' });
  assert.throws(() => readConfig([], { TENURE_WORKER_IDLE_POLL_MS: '0' }), { param: 'TENURE_WORKER_IDLE_POLL_MS' });
  const tooLong = { TENURE_WORKER_IDLE_POLL_MS: '3000000000' }; // past setTimeout's limit, it would fire at once
  assert.throws(() => readConfig([], tooLong), { param: 'TENURE_WORKER_IDLE_POLL_MS' });
});

test('abuse limits and the private-webhook allowance: defaults, overrides, bad values refused by name', () => {
  const c = readConfig([], {});
  assert.deepEqual(
    [c.authFailureLimit, c.pageRateLimit, c.rateWindowSeconds, c.allowPrivateWebhookUrls],
    [20, 60, 60, false],
  );
  const d = readConfig(['--auth-failure-limit', '5', '--allow-private-webhook-urls', 'true'], {
    TENURE_PAGE_RATE_LIMIT: '10',
    TENURE_RATE_WINDOW_SECONDS: '300',
  });
  assert.deepEqual(
    [d.authFailureLimit, d.pageRateLimit, d.rateWindowSeconds, d.allowPrivateWebhookUrls],
    [5, 10, 300, true],
  );
  assert.equal(readConfig([], { TENURE_ALLOW_PRIVATE_WEBHOOK_URLS: '1' }).allowPrivateWebhookUrls, true);
  assert.deepEqual(
    ['', 'false', 'true', '127.0.0.1,10.0.0.0/8'].map((v) => readConfig([], { TENURE_TRUST_PROXY: v }).trustProxy),
    [false, false, true, '127.0.0.1,10.0.0.0/8'],
  );
  assert.equal(c.trustProxy, false);
  assert.throws(() => readConfig([], { TENURE_AUTH_FAILURE_LIMIT: '0' }), { param: 'TENURE_AUTH_FAILURE_LIMIT' });
  assert.throws(() => readConfig([], { TENURE_ALLOW_PRIVATE_WEBHOOK_URLS: 'yes please' }), {
    param: 'TENURE_ALLOW_PRIVATE_WEBHOOK_URLS',
  });
});
