import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';

let h: Harness;
before(async () => {
  h = await startHarness({ abuseLimits: { authFailuresPerWindow: 3, pageRequestsPerWindow: 4, windowSeconds: 60 } });
});
after(() => h.close());

/** A request from one client address (inject's remoteAddress), through the whole app. */
const from = (remoteAddress: string, url: string, authorization?: string, method: 'GET' | 'POST' = 'GET') =>
  h.app.inject({ method, url, remoteAddress, ...(authorization && { headers: { authorization } }) });

test('after N wrong keys an address gets 429 with Retry-After, even for a key it has not tried', async () => {
  const address = '203.0.113.10';
  for (let i = 0; i < 3; i++)
    problem(await from(address, '/v1/customers', `Bearer sk_wrong${i}`), 401, 'api_key_invalid');
  const refused = await from(address, '/v1/customers', 'Bearer sk_wrong_again');
  const body = problem(refused, 429, 'too_many_authentication_failures');
  const wait = Number(refused.headers['retry-after']);
  assert.ok(wait >= 1 && wait <= 60, `Retry-After ${refused.headers['retry-after']}`);
  assert.equal(body.status, 429);
  // Not even a real key is looked up from a blocked address (it could be the 10^9th guess).
  problem(await from(address, '/v1/customers', 'Bearer sk_live_another_guess'), 429);
  // Other addresses are not affected.
  problem(await from('203.0.113.11', '/v1/customers', 'Bearer sk_wrong'), 401, 'api_key_invalid');
  assert.equal((await from('203.0.113.11', '/v1/customers', `Bearer ${h.key}`)).statusCode, 200);
});

test('successful authentications are not counted, and a client that already holds its key keeps working', async () => {
  const address = '203.0.113.20';
  for (let i = 0; i < 10; i++) assert.equal((await from(address, '/v1/customers', `Bearer ${h.key}`)).statusCode, 200);
  for (let i = 0; i < 3; i++) problem(await from(address, '/v1/customers', 'Bearer sk_nope'), 401, 'api_key_invalid');
  problem(await from(address, '/v1/customers', 'Bearer sk_nope'), 429, 'too_many_authentication_failures');
  assert.equal((await from(address, '/v1/customers', `Bearer ${h.key}`)).statusCode, 200);
});

test('IPv6 clients are limited by their /64', async () => {
  for (let i = 1; i <= 3; i++) problem(await from(`2001:db8:7:7::${i}`, '/v1/customers', 'Bearer sk_x'), 401);
  problem(await from('2001:db8:7:7::99', '/v1/customers', 'Bearer sk_x'), 429, 'too_many_authentication_failures');
  problem(await from('2001:db8:7:8::1', '/v1/customers', 'Bearer sk_x'), 401, 'api_key_invalid');
});

test('key-less pages (payment links, card update, unsubscribe) share a per-address request limit', async () => {
  const address = '198.51.100.30';
  problem(await from(address, '/pay/inv_link_nope'), 404);
  assert.equal((await from(address, '/pay/inv_link_nope/payment_method')).statusCode, 404); // an HTML page
  assert.equal((await from(address, '/unsubscribe/tok_nope')).statusCode, 200); // the button page
  problem(await from(address, '/unsubscribe/tok_nope', undefined, 'POST'), 400, 'unsubscribe_token_invalid');
  for (const url of ['/pay/inv_link_nope', '/unsubscribe/tok_nope', '/pay/inv_link_nope/payment_method']) {
    const refused = await from(address, url);
    problem(refused, 429, 'too_many_requests');
    assert.ok(Number(refused.headers['retry-after']) >= 1, url);
  }
  problem(await from('198.51.100.31', '/pay/inv_link_nope'), 404);
  // The API and the health check are not page-limited.
  assert.equal((await from(address, '/v1/customers', `Bearer ${h.key}`)).statusCode, 200);
  assert.equal((await from(address, '/healthz')).statusCode, 200);
});

test('behind a trusted proxy the limits count the forwarded client address, not the proxy', async () => {
  const proxied = await startHarness({ abuseLimits: { authFailuresPerWindow: 2 }, trustProxy: '127.0.0.1' });
  try {
    const via = (client: string, remoteAddress = '127.0.0.1') =>
      proxied.app.inject({
        method: 'GET',
        url: '/v1/customers',
        remoteAddress,
        headers: { authorization: 'Bearer sk_guess', 'x-forwarded-for': client },
      });
    for (let i = 0; i < 2; i++) problem(await via('198.51.100.50'), 401, 'api_key_invalid');
    problem(await via('198.51.100.50'), 429, 'too_many_authentication_failures');
    problem(await via('198.51.100.51'), 401, 'api_key_invalid'); // another client behind the same proxy
    // An untrusted sender cannot pick its address with the header.
    for (let i = 0; i < 2; i++) problem(await via('198.51.100.60', '203.0.113.99'), 401);
    problem(await via('198.51.100.61', '203.0.113.99'), 429, 'too_many_authentication_failures');
  } finally {
    await proxied.close();
  }
});
