import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

describe('authentication', () => {
  test('no key → 401 problem+json', async () => {
    const body = problem(await h.call('GET', '/v1/customers', { key: '' }), 401, 'api_key_missing');
    assert.equal(body.param, 'Authorization');
  });
  test('wrong key → 401', async () => {
    problem(await h.call('GET', '/v1/customers', { key: 'sk_nope_nope_nope_nope_nope' }), 401, 'api_key_invalid');
  });
  test('the scheme in any case, and more than one space, are accepted (and answered alike, time after time)', async () => {
    for (const authorization of [`bearer ${h.key}`, `BEARER  ${h.key}`, `Bearer ${h.key}`, `bearer ${h.key}`]) {
      const reply = await h.call('GET', '/v1/customers', { headers: { authorization } });
      assert.equal(reply.statusCode, 200, authorization.replace(h.key, 'sk_…'));
    }
    problem(
      await h.call('GET', '/v1/customers', { headers: { authorization: `Basic ${h.key}` } }),
      401,
      'api_key_missing',
    );
  });
});

describe('errors', () => {
  test('an unknown field names itself in param', async () => {
    const body = problem(
      await h.call('POST', '/v1/customers', { body: { name: 'A', nmae: 'typo' } }),
      400,
      'parameter_unknown',
    );
    assert.equal(body.param, 'nmae');
  });
  test('an unknown nested field gives its path', async () => {
    const body = problem(
      await h.call('POST', '/v1/customers', { body: { address: { city: 'Porto', town: 'x' } } }),
      400,
      'parameter_unknown',
    );
    assert.equal(body.param, 'address.town');
  });
  test('an unknown query parameter is rejected too', async () => {
    const body = problem(await h.call('GET', '/v1/customers?limt=3'), 400, 'parameter_unknown');
    assert.equal(body.param, 'limt');
  });
  test('a wrong type names the field', async () => {
    const body = problem(
      await h.call('POST', '/v1/customers', { body: { email: 'not-an-email' } }),
      400,
      'parameter_invalid',
    );
    assert.equal(body.param, 'email');
  });
  test('a missing required field names it', async () => {
    const body = problem(await h.call('POST', '/v1/products', { body: {} }), 400, 'parameter_missing');
    assert.equal(body.param, 'name');
  });
  test('not found is a 404 with resource_missing', async () => {
    problem(await h.call('GET', '/v1/customers/cus_missing'), 404, 'resource_missing');
  });
  test('unknown route is a problem too', async () => {
    problem(await h.call('GET', '/v1/nothing-here'), 404);
  });
  test('malformed JSON is a 400 problem', async () => {
    const r = await h.app.inject({
      method: 'POST',
      url: '/v1/customers',
      headers: { authorization: `Bearer ${h.key}`, 'content-type': 'application/json' },
      payload: '{"name":',
    });
    problem(r, 400, 'invalid_body');
  });
  test('the request id is echoed in the header and in the problem', async () => {
    const r = await h.call('GET', '/v1/customers/cus_x', { headers: { 'request-id': 'abc-123' } });
    assert.equal(r.headers['request-id'], 'abc-123');
    assert.equal(problem(r, 404).request_id, 'abc-123');
    const generated = await h.call('GET', '/v1/customers');
    assert.match(String(generated.headers['request-id']), /^req_/);
  });
});

describe('idempotency', () => {
  test('the same POST twice with one key creates one object and returns the same body', async () => {
    const headers = { 'idempotency-key': 'create-alice-1' };
    const first = await h.call('POST', '/v1/customers', {
      body: { name: 'Alice', email: 'alice@example.com' },
      headers,
    });
    const second = await h.call('POST', '/v1/customers', {
      body: { name: 'Alice', email: 'alice@example.com' },
      headers,
    });
    assert.equal(first.statusCode, 200);
    assert.equal(second.statusCode, 200);
    assert.equal(second.body, first.body);
    assert.equal(second.headers['idempotent-replayed'], 'true');
    const list = (await h.call('GET', '/v1/customers?email=alice@example.com')).json();
    assert.equal(list.data.length, 1);
    const events = (await h.call('GET', `/v1/events?type=customer.created`)).json();
    assert.equal(events.data.filter((e: any) => e.data.object.id === first.json().id).length, 1);
  });
  test('a different body under the same key → 409 problem', async () => {
    const headers = { 'idempotency-key': 'create-bob-1' };
    await h.call('POST', '/v1/customers', { body: { name: 'Bob' }, headers });
    const r = await h.call('POST', '/v1/customers', { body: { name: 'Robert' }, headers });
    assert.equal(problem(r, 409, 'idempotency_key_reused').param, 'Idempotency-Key');
  });
  test('concurrent duplicates still create one object', async () => {
    const headers = { 'idempotency-key': 'concurrent-1' };
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        h.call('POST', '/v1/customers', { body: { name: 'Carol', email: 'carol@example.com' }, headers }),
      ),
    );
    const ok = responses.filter((r) => r.statusCode === 200);
    assert.ok(ok.length >= 1);
    for (const r of ok) assert.equal(r.json().id, ok[0]!.json().id);
    for (const r of responses.filter((r) => r.statusCode !== 200)) problem(r, 409, 'idempotency_key_in_use');
    const list = (await h.call('GET', '/v1/customers?email=carol@example.com')).json();
    assert.equal(list.data.length, 1);
  });
  test('a failed request is not stored: the key can be retried with a fixed body', async () => {
    const headers = { 'idempotency-key': 'retry-after-404' };
    problem(await h.call('POST', '/v1/customers/cus_missing', { body: { name: 'x' }, headers }), 404);
    problem(await h.call('POST', '/v1/customers/cus_missing', { body: { name: 'x' }, headers }), 404);
  });
  test('keys are per account', async () => {
    const other = await h.otherAccount();
    const headers = { 'idempotency-key': 'shared-key' };
    const a = await h.call('POST', '/v1/customers', { body: { name: 'A' }, headers });
    const b = await h.call('POST', '/v1/customers', { body: { name: 'B' }, headers, key: other.key });
    assert.equal(b.statusCode, 200);
    assert.notEqual(a.json().id, b.json().id);
  });
});

describe('lists', () => {
  test('limit, starting_after and ending_before walk the list newest first', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await h.call('POST', '/v1/products', { body: { name: `P${i}` } })).json().id);
    const page1 = (await h.call('GET', '/v1/products?limit=3')).json();
    assert.equal(page1.object, 'list');
    assert.equal(page1.url, '/v1/products');
    assert.deepEqual(
      page1.data.map((p: any) => p.id),
      ids.slice(-3).reverse(),
    );
    assert.equal(page1.has_more, true);
    const page2 = (await h.call('GET', `/v1/products?limit=3&starting_after=${page1.data[2].id}`)).json();
    assert.deepEqual(
      page2.data.map((p: any) => p.id),
      ids.slice(-6, -3).reverse(),
    );
    const back = (await h.call('GET', `/v1/products?limit=3&ending_before=${page2.data[0].id}`)).json();
    assert.deepEqual(
      back.data.map((p: any) => p.id),
      page1.data.map((p: any) => p.id),
    );
  });
  test('limit outside 1–100 is rejected', async () => {
    assert.equal(problem(await h.call('GET', '/v1/products?limit=101'), 400).param, 'limit');
    assert.equal(problem(await h.call('GET', '/v1/products?limit=0'), 400).param, 'limit');
  });
});

describe('expand[]', () => {
  test('swaps an id for its object, on one object and on lists', async () => {
    const product = (await h.call('POST', '/v1/products', { body: { name: 'Premium' } })).json();
    const price = (
      await h.call('POST', '/v1/prices', {
        body: { product: product.id, currency: 'usd', unit_amount: 999, recurring: { interval: 'month' } },
      })
    ).json();
    assert.equal(price.product, product.id);
    const expanded = (await h.call('GET', `/v1/prices/${price.id}?expand[]=product`)).json();
    assert.equal(expanded.product.name, 'Premium');
    const list = (await h.call('GET', `/v1/prices?product=${product.id}&expand[]=data.product`)).json();
    assert.equal(list.data[0].product.id, product.id);
    assert.equal(
      problem(await h.call('GET', `/v1/prices/${price.id}?expand[]=currency`), 400, 'expand_invalid').param,
      'expand',
    );
  });
});

describe('events', () => {
  test('state changes write events; filter by type and created range', async () => {
    const c = (await h.call('POST', '/v1/customers', { body: { name: 'Eve' } })).json();
    await h.call('POST', `/v1/customers/${c.id}`, { body: { name: 'Eve Adams' } });
    const updated = (await h.call('GET', '/v1/events?type=customer.updated&limit=1')).json().data[0];
    assert.equal(updated.data.object.name, 'Eve Adams');
    assert.deepEqual(updated.data.previous_attributes, { name: 'Eve' });
    assert.match(updated.id, /^evt_/);
    const family = (await h.call('GET', '/v1/events?type=customer.*&limit=100')).json();
    assert.ok(family.data.every((e: any) => e.type.startsWith('customer.')));
    const future = (await h.call('GET', `/v1/events?created[gt]=${c.created + 3600}`)).json();
    assert.equal(future.data.length, 0);
    const one = (await h.call('GET', `/v1/events/${updated.id}`)).json();
    assert.equal(one.type, 'customer.updated');
  });
});

test('a NUL byte in an id or a field is a 400 naming the problem, not a 500', async () => {
  problem(await h.call('GET', '/v1/customers/%00'), 400, 'parameter_invalid');
  problem(await h.call('GET', '/v1/products/a%00b'), 400, 'parameter_invalid');
  problem(await h.call('POST', '/v1/customers', { body: { name: 'Ana\u0000Souza' } }), 400, 'parameter_invalid');
});
