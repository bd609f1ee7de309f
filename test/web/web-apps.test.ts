import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Fastify from 'fastify';
import { sendProblem } from '../../src/http/problem.ts';
import { registerWebApps } from '../../src/http/web-apps.ts';

// The serving rules, on a tiny build in a temporary folder: every path under an app answers its page with the
// security headers, assets are cached forever, and a server without a build says so as problem+json.
const dist = mkdtempSync(join(tmpdir(), 'tenure-web-'));
after(() => rmSync(dist, { recursive: true, force: true }));

async function appOn(folder: string) {
  const app = Fastify();
  app.setErrorHandler((error, req, reply) => sendProblem(error as Error, req, reply));
  await registerWebApps(app, folder);
  return app;
}

test('pages, deep links and assets', async () => {
  for (const name of ['console', 'portal']) {
    mkdirSync(join(dist, name), { recursive: true });
    writeFileSync(join(dist, name, 'index.html'), `<!doctype html><title>${name}</title>`);
  }
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  const app = await appOn(dist);
  for (const url of ['/console', '/console/customers/cus_1', '/portal', '/portal/invoices']) {
    const res = await app.inject({ url });
    assert.equal(res.statusCode, 200, url);
    assert.match(res.body, new RegExp(`<title>${url.split('/')[1]}</title>`));
    assert.match(String(res.headers['content-security-policy']), /default-src 'self'.*frame-ancestors 'none'/);
    assert.equal(res.headers['cache-control'], 'no-cache');
  }
  const asset = await app.inject({ url: '/assets/app-abc123.js' });
  assert.equal(asset.statusCode, 200);
  assert.match(String(asset.headers['cache-control']), /max-age=31536000.*immutable/);
  assert.equal((await app.inject({ url: '/assets/missing.js' })).statusCode, 404);
  await app.close();
});

test('without a build the pages answer 503 web_app_not_built', async () => {
  const app = await appOn(join(dist, 'nothing-here'));
  const res = await app.inject({ url: '/console' });
  assert.equal(res.statusCode, 503);
  assert.equal(res.json().code, 'web_app_not_built');
  await app.close();
});
