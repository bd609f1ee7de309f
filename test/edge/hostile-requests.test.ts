import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { ERROR_CODES } from '../../src/kernel/error-codes.ts';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { type RawResponse, rawRequest } from '../helpers/raw-http.ts';

// Issue #13: hostile and careless requests, half of them without a key, over a real socket. Whatever arrives, the
// server answers (never exits), never with a 5xx, and every 4xx is problem+json with a catalogued code.
let h: Harness;
let port: number;
const ids: Record<string, string> = {};

before(async () => {
  h = await startHarness();
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  port = (h.app.server.address() as AddressInfo).port;
  const post = async (url: string, body: unknown) => {
    const res = await h.call('POST', url, { body });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().id as string;
  };
  ids.customer = await post('/v1/customers', { name: 'Ana', email: 'ana@example.com' });
  ids.product = await post('/v1/products', { name: 'Gold' });
  ids.price = await post('/v1/prices', {
    product: ids.product,
    currency: 'usd',
    unit_amount: 1000,
    recurring: { interval: 'month' },
  });
  ids.coupon = await post('/v1/coupons', { percent_off: 10, duration: 'once' });
  ids.taxRate = await post('/v1/tax_rates', { display_name: 'VAT', percentage: 21, inclusive: false });
  await post('/v1/payment_methods', { customer: ids.customer, token: 'tok_visa' });
  ids.subscription = await post('/v1/subscriptions', { customer: ids.customer, items: [{ price: ids.price }] });
});
after(() => h.close());

type Case = {
  name: string;
  method?: string;
  path: string | (() => string);
  body?: string | (() => string);
  key?: boolean;
  headers?: Record<string, string>;
  /** The status expected, where the case pins one; otherwise any non-5xx. */
  status?: number;
  code?: string;
  param?: string;
};

const json = (value: unknown) => JSON.stringify(value);
const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

const cases: Case[] = [
  // Query strings that once ended the process, with and without a key.
  { name: 'closing bracket', path: '/healthz?a]=1', status: 400, code: 'parameter_invalid' },
  { name: 'empty key', path: '/healthz?=', status: 400 },
  { name: 'lone percent', path: '/healthz?%', status: 400 },
  { name: 'open bracket', path: '/healthz?expand[=1', status: 400 },
  { name: 'invalid UTF-8 query', path: '/v1/customers?email=%FF%FE', key: true, status: 400 },
  { name: 'invalid UTF-8 query, no key', path: '/v1/customers?email=%FF%FE', status: 400 },
  { name: 'prototype key in query', path: '/v1/customers?__proto__[a]=1', key: true, status: 400 },
  { name: 'deep query nesting', path: '/v1/customers?a[b][c][d][e][f][g]=1', key: true, status: 400 },
  { name: '10,000 query parameters', path: `/v1/customers?${'a=1&'.repeat(10_000)}`, key: true },
  { name: '2,000 query parameters', path: `/v1/customers?${'a=1&'.repeat(2_000)}`, key: true, status: 400 },
  { name: 'NUL in a query value', path: '/v1/customers?email=a%00b', key: true, status: 400 },
  {
    name: 'created[gte]=1e308',
    path: '/v1/customers?created[gte]=1e308',
    key: true,
    status: 400,
    param: 'created.gte',
  },
  // Paths.
  { name: 'NUL byte in the path', path: '/v1/customers/%00', key: true, status: 400 },
  { name: 'bad percent-encoding in the path', path: '/v1/customers/%E0%A4%A', key: true, status: 400 },
  { name: 'id of 200 characters', path: `/v1/customers/cus_${'a'.repeat(196)}`, key: true, status: 404 },
  { name: 'id of 255 characters', path: `/v1/customers/cus_${'a'.repeat(251)}`, key: true, status: 404 },
  { name: 'id of 256 characters', path: `/v1/customers/cus_${'a'.repeat(252)}`, key: true, status: 400, param: 'id' },
  { name: 'id of 200 characters, no key', path: `/v1/customers/cus_${'a'.repeat(196)}`, status: 401 },
  { name: 'id of 3,000 characters', path: `/v1/customers/${'a'.repeat(3000)}`, key: true, status: 414 },
  { name: 'unknown path', path: '/v1/nothing', key: true, status: 404, code: 'route_not_found' },
  // Methods.
  { name: 'TRACE', method: 'TRACE', path: '/v1/customers', key: true, status: 405, code: 'method_not_allowed' },
  { name: 'PUT', method: 'PUT', path: '/v1/customers', key: true, status: 405 },
  { name: 'PATCH a customer', method: 'PATCH', path: () => `/v1/customers/${ids.customer}`, key: true, status: 405 },
  { name: 'DELETE a list', method: 'DELETE', path: '/v1/customers', key: true, status: 405 },
  { name: 'DELETE a list, no key', method: 'DELETE', path: '/v1/customers', status: 401 },
  // Headers.
  { name: 'no key', path: '/v1/customers', status: 401, code: 'api_key_missing' },
  { name: 'empty bearer', path: '/v1/customers', headers: { authorization: 'Bearer ' }, status: 401 },
  { name: 'basic auth', path: '/v1/customers', headers: { authorization: 'Basic dXNlcjpwYXNz' }, status: 401 },
  { name: 'unknown key', path: '/v1/customers', headers: { authorization: 'Bearer sk_nope' }, status: 401 },
  { name: '20 KB header', path: '/v1/customers', headers: { 'x-filler': 'x'.repeat(20_000) }, status: 431 },
  // Bodies.
  { name: 'invalid JSON', method: 'POST', path: '/v1/customers', key: true, body: '{"name":', status: 400 },
  { name: 'invalid JSON, no key', method: 'POST', path: '/v1/customers', body: '{"name":', status: 401 },
  { name: 'deeply nested JSON', method: 'POST', path: '/v1/customers', key: true, body: deep(100_000), status: 400 },
  {
    name: '__proto__ in JSON',
    method: 'POST',
    path: '/v1/customers',
    key: true,
    body: '{"__proto__":{"a":1}}',
    status: 400,
  },
  {
    name: 'constructor.prototype in JSON',
    method: 'POST',
    path: '/v1/customers',
    key: true,
    body: '{"constructor":{"prototype":{"a":1}}}',
    status: 400,
  },
  {
    name: 'text/plain body',
    method: 'POST',
    path: '/v1/customers',
    key: true,
    body: 'name=x',
    headers: { 'content-type': 'text/plain' },
    status: 415,
  },
  {
    name: '2 MB body',
    method: 'POST',
    path: '/v1/customers',
    key: true,
    body: json({ name: 'x'.repeat(2_000_000) }),
    status: 413,
  },
  {
    name: 'huge name',
    method: 'POST',
    path: '/v1/customers',
    key: true,
    body: json({ name: 'x'.repeat(900_000) }),
    status: 400,
    param: 'name',
  },
  {
    name: 'lone surrogate in a metadata value',
    method: 'POST',
    path: '/v1/customers',
    key: true,
    body: '{"metadata":{"a":"\\ud800"}}',
    status: 400,
    param: 'metadata.a',
  },
  {
    name: 'lone surrogate in a metadata key',
    method: 'POST',
    path: '/v1/customers',
    key: true,
    body: '{"metadata":{"\\udc00":"a"}}',
    status: 400,
  },
  {
    name: 'NUL in a name',
    method: 'POST',
    path: '/v1/customers',
    key: true,
    body: '{"name":"a\\u0000b"}',
    status: 400,
    param: 'name',
  },
  {
    name: '51 metadata keys',
    method: 'POST',
    path: '/v1/customers',
    key: true,
    body: json({ metadata: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])) }),
    status: 400,
  },
  // Silent coercions: a boolean is not a string, a string is not a boolean, null is not 0.
  {
    name: 'name false',
    method: 'POST',
    path: '/v1/customers',
    key: true,
    body: json({ name: false }),
    status: 400,
    param: 'name',
  },
  {
    name: 'marketing_consent "true"',
    method: 'POST',
    path: '/v1/customers',
    key: true,
    body: json({ marketing_consent: 'true' }),
    status: 400,
    param: 'marketing_consent',
  },
  {
    name: 'frozen_time null',
    method: 'POST',
    path: '/v1/test_clocks',
    key: true,
    body: json({ frozen_time: null }),
    status: 400,
    param: 'frozen_time',
  },
  {
    name: 'tax percentage null',
    method: 'POST',
    path: '/v1/tax_rates',
    key: true,
    body: json({ display_name: 'X', percentage: null, inclusive: false }),
    status: 400,
    param: 'percentage',
  },
  // Out-of-range numbers.
  {
    name: 'frozen_time 3.4e31',
    method: 'POST',
    path: '/v1/test_clocks',
    key: true,
    body: '{"frozen_time":3.4e31}',
    status: 400,
    param: 'frozen_time',
  },
  {
    name: 'frozen_time 1e15',
    method: 'POST',
    path: '/v1/test_clocks',
    key: true,
    body: '{"frozen_time":1e15}',
    status: 400,
    param: 'frozen_time',
  },
  {
    name: 'redeem_by far away',
    method: 'POST',
    path: '/v1/coupons',
    key: true,
    body: json({ percent_off: 10, redeem_by: 3385616205077 }),
    status: 400,
    param: 'redeem_by',
  },
  {
    name: 'amount_off 1e20',
    method: 'POST',
    path: '/v1/coupons',
    key: true,
    body: '{"amount_off":1e20,"currency":"usd"}',
    status: 400,
    param: 'amount_off',
  },
  {
    name: 'balance 2^63-1',
    method: 'POST',
    path: () => `/v1/customers/${ids.customer}/balance_transactions`,
    key: true,
    body: '{"amount":9223372036854775807,"currency":"usd"}',
    status: 400,
    param: 'amount',
  },
  {
    name: 'price with empty product',
    method: 'POST',
    path: '/v1/prices',
    key: true,
    body: json({ currency: 'usd', product: '' }),
    status: 400,
  },
  {
    name: 'metrics end far away',
    path: '/v1/metrics/mrr?start=1735689600&end=2211170436374009',
    key: true,
    status: 400,
    param: 'end',
  },
  {
    name: 'metrics summary end far away',
    path: '/v1/metrics/summary?start=1735689600&end=2211170436374009',
    key: true,
    status: 400,
  },
  {
    name: 'metrics 1,000 years by day',
    path: '/v1/metrics/mrr?start=0&end=31536000000&interval=day',
    key: true,
    status: 400,
  },
  // Empty updates answer the object unchanged.
  { name: 'empty account update', method: 'POST', path: '/v1/account', key: true, body: '{}', status: 200 },
  {
    name: 'empty customer update',
    method: 'POST',
    path: () => `/v1/customers/${ids.customer}`,
    key: true,
    body: '{}',
    status: 200,
  },
  {
    name: 'empty price update',
    method: 'POST',
    path: () => `/v1/prices/${ids.price}`,
    key: true,
    body: '{}',
    status: 200,
  },
  {
    name: 'empty coupon update',
    method: 'POST',
    path: () => `/v1/coupons/${ids.coupon}`,
    key: true,
    body: '{}',
    status: 200,
  },
  {
    name: 'empty tax-rate update',
    method: 'POST',
    path: () => `/v1/tax_rates/${ids.taxRate}`,
    key: true,
    body: '{}',
    status: 200,
  },
  // Expansion.
  {
    name: 'expand latest_invoice',
    path: () => `/v1/subscriptions/${ids.subscription}?expand[]=latest_invoice`,
    key: true,
  },
  {
    name: 'expand an unknown path',
    path: () => `/v1/subscriptions/${ids.subscription}?expand[]=nope`,
    key: true,
    status: 400,
    code: 'expand_invalid',
  },
];

async function send(c: Case): Promise<RawResponse> {
  const path = typeof c.path === 'function' ? c.path() : c.path;
  const body = typeof c.body === 'function' ? c.body() : (c.body ?? '');
  const headers: Record<string, string> = {
    host: '127.0.0.1',
    connection: 'close',
    ...(c.key && { authorization: `Bearer ${h.key}` }),
    ...(body && { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }),
    ...c.headers,
  };
  const head = `${c.method ?? 'GET'} ${path} HTTP/1.1\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n')}\r\n\r\n`;
  return rawRequest(port, head, body);
}

for (const c of cases) {
  test(`hostile request: ${c.name}`, async () => {
    const res = await send(c);
    const what = `${c.name}: ${res.status} ${res.body.slice(0, 300)}`;
    assert.ok(res.status < 500, what);
    if (c.status !== undefined) assert.equal(res.status, c.status, what);
    if (res.status >= 400) {
      assert.match(res.headers['content-type'] ?? '', /^application\/problem\+json/, what);
      const problem = JSON.parse(res.body) as { code: string; param?: string; status: number };
      assert.ok(problem.code in ERROR_CODES, `${what}: code not in the catalogue`);
      assert.equal(problem.status, res.status, what);
      if (c.code) assert.equal(problem.code, c.code, what);
      if (c.param) assert.equal(problem.param, c.param, what);
    }
    if (res.status === 405) assert.ok(res.headers.allow, `${what}: 405 without Allow`);
  });
}

test('expand[]=customer on a subscription is the whole customer, and invoices expand too', async () => {
  const sub = (
    await h.call('GET', `/v1/subscriptions/${ids.subscription}?expand[]=customer&expand[]=latest_invoice`)
  ).json();
  assert.equal(sub.customer.id, ids.customer);
  assert.equal(sub.customer.object, 'customer');
  assert.equal(sub.latest_invoice.object, 'invoice');
  const invoice = (
    await h.call('GET', `/v1/invoices/${sub.latest_invoice.id}?expand[]=customer&expand[]=subscription`)
  ).json();
  assert.equal(invoice.customer.email, 'ana@example.com');
  assert.equal(invoice.subscription.id, ids.subscription);
  const list = (await h.call('GET', '/v1/invoices?expand[]=data.customer')).json();
  assert.ok(list.data.every((i: { customer: { object: string } }) => i.customer.object === 'customer'));
  const listed = (await h.call('GET', '/v1/subscriptions?expand[]=data.customer')).json();
  assert.equal(listed.data[0].customer.object, 'customer');
});

test('an update with no fields answers the object unchanged and writes no event', async () => {
  const before = (await h.call('GET', `/v1/events?type=customer.updated`)).json().data.length;
  const res = await h.call('POST', `/v1/customers/${ids.customer}`, { body: {} });
  assert.equal(res.json().name, 'Ana');
  await h.call('POST', `/v1/customers/${ids.customer}`, { body: { name: 'Ana' } });
  assert.equal((await h.call('GET', `/v1/events?type=customer.updated`)).json().data.length, before);
});

test('hostile request: the server still answers after the corpus', async () => {
  const res = await send({ name: 'health', path: '/healthz' });
  assert.equal(res.status, 200);
});
