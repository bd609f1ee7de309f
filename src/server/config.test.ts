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
