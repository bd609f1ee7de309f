import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';

let h: Harness;
const ids: Record<string, string> = {};
before(async () => {
  h = await startHarness();
  const people = [
    ['ana', { name: 'Ana Souza', email: 'ana@example.com', metadata: { plan: 'gold' } }],
    ['bruno', { name: 'Bruno Souza', email: 'BRUNO@example.com', metadata: { plan: 'silver' } }],
    ['carla', { name: 'Carla Dias', email: 'carla@example.org', metadata: { plan: 'gold' } }],
    ['dora', { name: 'Dora', email: null }],
  ] as const;
  for (const [key, body] of people) ids[key] = (await h.call('POST', '/v1/customers', { body })).json().id;
});
after(() => h.close());

const search = async (resource: string, query: string, extra = '') => {
  const reply = await h.call('GET', `/v1/${resource}/search?query=${encodeURIComponent(query)}${extra}`);
  assert.equal(reply.statusCode, 200, reply.body);
  return reply.json();
};
const names = (result: { data: { id: string }[] }) =>
  result.data.map((c) => Object.keys(ids).find((k) => ids[k] === c.id)).sort();

describe('customers/search', () => {
  const cases: [string, string[]][] = [
    ["email:'bruno@example.com'", ['bruno']],
    ["name~'souza'", ['ana', 'bruno']],
    ["metadata['plan']:'gold'", ['ana', 'carla']],
    ["metadata['plan']:'gold' AND -name~'dias'", ['ana']],
    ["email~'example.org' OR metadata['plan']:'silver'", ['bruno', 'carla']],
    ["-metadata['plan']:'gold'", ['bruno', 'dora']],
    ['email:null', ['dora']],
    ['created>0', ['ana', 'bruno', 'carla', 'dora']],
    ['created<0', []],
  ];
  for (const [query, expected] of cases) {
    test(query, async () => assert.deepEqual(names(await search('customers', query)), expected));
  }

  test("Stripe's envelope, with next_page to page through", async () => {
    const first = await search('customers', 'created>0', '&limit=3');
    assert.equal(first.object, 'search_result');
    assert.equal(first.url, '/v1/customers/search');
    assert.equal(first.has_more, true);
    assert.equal(first.data.length, 3);
    const second = await search('customers', 'created>0', `&limit=3&page=${first.next_page}`);
    assert.equal(second.has_more, false);
    assert.equal(second.next_page, null);
    assert.deepEqual(names({ data: [...first.data, ...second.data] }), ['ana', 'bruno', 'carla', 'dora']);
  });

  test('an unreadable query, or a field that cannot be searched, is a 400 naming query', async () => {
    for (const query of ["tag:'x'", "email:'a' AND name:'b' OR name:'c'", 'email:']) {
      const body = problem(
        await h.call('GET', `/v1/customers/search?query=${encodeURIComponent(query)}`),
        400,
        'search_query_invalid',
      );
      assert.equal(body.param, 'query');
    }
    problem(await h.call('GET', '/v1/customers/search'), 400, 'parameter_missing');
  });
});

describe('subscriptions/search', () => {
  test('by status, customer and metadata, with the customer expanded', async () => {
    const product = (await h.call('POST', '/v1/products', { body: { name: 'P' } })).json();
    const price = (
      await h.call('POST', '/v1/prices', {
        body: { product: product.id, currency: 'usd', unit_amount: 0, recurring: { interval: 'month' } },
      })
    ).json();
    const subscribe = async (customer: string, tier: string) =>
      (
        await h.call('POST', '/v1/subscriptions', {
          body: { customer, items: [{ price: price.id }], metadata: { tier } },
        })
      ).json().id as string;
    const a = await subscribe(ids.ana!, 'vip');
    const b = await subscribe(ids.bruno!, 'basic');
    await h.call('DELETE', `/v1/subscriptions/${b}`);
    const active = await search('subscriptions', "status:'active'");
    assert.deepEqual(
      active.data.map((s: { id: string }) => s.id),
      [a],
    );
    const byCustomer = await search('subscriptions', `customer:'${ids.bruno}'`);
    assert.deepEqual(
      byCustomer.data.map((s: { id: string; status: string }) => [s.id, s.status]),
      [[b, 'canceled']],
    );
    const vip = await search('subscriptions', "metadata['tier']:'vip'", '&expand[]=data.customer');
    assert.equal(vip.data[0].customer.email, 'ana@example.com');
  });
});
