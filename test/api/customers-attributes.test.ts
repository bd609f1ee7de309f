import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
  for (const [key, type] of [
    ['plan', 'string'],
    ['devices', 'number'],
    ['beta', 'boolean'],
    ['renewal', 'date'],
  ]) {
    const r = await h.call('POST', '/v1/attribute_definitions', { body: { key, type } });
    assert.equal(r.statusCode, 200, r.body);
  }
});
after(() => h.close());

const create = async (body: object) => {
  const r = await h.call('POST', '/v1/customers', { body });
  assert.equal(r.statusCode, 200, r.body);
  return r.json();
};

describe('attribute definitions', () => {
  test('are created with key, type and label, and listed', async () => {
    const r = await h.call('POST', '/v1/attribute_definitions', {
      body: { key: 'seats', type: 'number', label: 'Seats' },
    });
    const def = r.json();
    assert.equal(def.object, 'attribute_definition');
    assert.equal(def.key, 'seats');
    assert.equal(def.type, 'number');
    assert.equal(def.label, 'Seats');
    assert.equal(typeof def.created, 'number');
    const list = (await h.call('GET', '/v1/attribute_definitions')).json();
    assert.deepEqual(list.data.map((d: any) => `${d.key}:${d.type}`).sort(), [
      'beta:boolean',
      'devices:number',
      'plan:string',
      'renewal:date',
      'seats:number',
    ]);
  });

  test('are listed by key, a page at a time, with keys as cursors', async () => {
    const keys = async (query: string) => {
      const list = (await h.call('GET', `/v1/attribute_definitions?${query}`)).json();
      return [list.data.map((d: any) => d.key), list.has_more];
    };
    assert.deepEqual(await keys('limit=2'), [['beta', 'devices'], true]);
    assert.deepEqual(await keys('limit=2&starting_after=devices'), [['plan', 'renewal'], true]);
    assert.deepEqual(await keys('limit=2&starting_after=renewal'), [['seats'], false]);
    assert.deepEqual(await keys('limit=2&ending_before=plan'), [['beta', 'devices'], false]);
    problem(await h.call('GET', '/v1/attribute_definitions?limit=0'), 400);
    problem(await h.call('GET', '/v1/attribute_definitions?page=2'), 400);
  });

  test('a key is defined once', async () => {
    const body = problem(
      await h.call('POST', '/v1/attribute_definitions', { body: { key: 'plan', type: 'number' } }),
      409,
      'attribute_exists',
    );
    assert.equal(body.param, 'key');
  });

  test('keys are lowercase identifiers and types are a fixed set', async () => {
    assert.equal(
      problem(await h.call('POST', '/v1/attribute_definitions', { body: { key: 'Plan', type: 'string' } }), 400).param,
      'key',
    );
    assert.equal(
      problem(await h.call('POST', '/v1/attribute_definitions', { body: { key: 'x', type: 'json' } }), 400).param,
      'type',
    );
  });

  test('definitions belong to one account', async () => {
    const other = await h.otherAccount();
    assert.equal((await h.call('GET', '/v1/attribute_definitions', { key: other.key })).json().data.length, 0);
    const r = await h.call('POST', '/v1/customers', { body: { attributes: { plan: 'gold' } }, key: other.key });
    assert.equal(problem(r, 400, 'attribute_undefined').param, 'attributes.plan');
  });
});

describe('customer attributes', () => {
  test('typed values are stored and returned', async () => {
    const c = await create({
      name: 'Typed',
      attributes: { plan: 'silver', devices: 2, beta: true, renewal: '2026-03-31' },
    });
    assert.deepEqual(c.attributes, { plan: 'silver', devices: 2, beta: true, renewal: '2026-03-31' });
  });

  test('an undefined attribute is a 400 naming attributes.<key>, and nothing is created', async () => {
    const before = (await h.call('GET', '/v1/customers?name=Ghost')).json().data.length;
    const r = await h.call('POST', '/v1/customers', { body: { name: 'Ghost', attributes: { colour: 'red' } } });
    assert.equal(problem(r, 400, 'attribute_undefined').param, 'attributes.colour');
    assert.equal((await h.call('GET', '/v1/customers?name=Ghost')).json().data.length, before);
  });

  test('a wrong type is attribute_type_mismatch', async () => {
    const cases: Array<[string, unknown]> = [
      ['plan', 5],
      ['devices', '3'],
      ['beta', 'yes'],
      ['renewal', 1767139200],
    ];
    for (const [key, value] of cases) {
      const r = await h.call('POST', '/v1/customers', { body: { attributes: { [key]: value } } });
      assert.equal(problem(r, 400, 'attribute_type_mismatch').param, `attributes.${key}`);
    }
  });

  test('a date must be a calendar date YYYY-MM-DD', async () => {
    for (const value of ['2026-3-31', '2026-03-31T00:00:00Z', '31/03/2026', '2026-13-01']) {
      const r = await h.call('POST', '/v1/customers', { body: { attributes: { renewal: value } } });
      assert.equal(problem(r, 400, 'attribute_type_mismatch').param, 'attributes.renewal', value);
    }
    const c = await create({ attributes: { renewal: '2024-02-29' } });
    assert.equal(c.attributes.renewal, '2024-02-29');
  });

  test('update merges attributes; null removes a key', async () => {
    const c = await create({ name: 'Merging', attributes: { plan: 'silver', devices: 1 } });
    const u = (
      await h.call('POST', `/v1/customers/${c.id}`, { body: { attributes: { devices: 4, beta: false } } })
    ).json();
    assert.deepEqual(u.attributes, { plan: 'silver', devices: 4, beta: false });
    const removed = (await h.call('POST', `/v1/customers/${c.id}`, { body: { attributes: { plan: null } } })).json();
    assert.deepEqual(removed.attributes, { devices: 4, beta: false });
    const bad = await h.call('POST', `/v1/customers/${c.id}`, { body: { attributes: { devices: 'four' } } });
    assert.equal(problem(bad, 400, 'attribute_type_mismatch').param, 'attributes.devices');
    assert.deepEqual((await h.call('GET', `/v1/customers/${c.id}`)).json().attributes, { devices: 4, beta: false });
    const events = (await h.call('GET', '/v1/events?type=customer.updated&limit=100')).json();
    const mine = events.data.filter((e: any) => e.data.object.id === c.id);
    assert.equal(mine.length, 2);
    assert.deepEqual(mine[0].data.previous_attributes, { attributes: { devices: 4, beta: false, plan: 'silver' } });
  });
});

describe('search by attribute', () => {
  let gold3: string;
  let gold5: string;
  let silver3: string;
  before(async () => {
    gold3 = (await create({ name: 'Gold three', attributes: { plan: 'gold', devices: 3, beta: true } })).id;
    gold5 = (await create({ name: 'Gold five', attributes: { plan: 'gold', devices: 5 } })).id;
    silver3 = (await create({ name: 'Silver three', attributes: { plan: 'silver', devices: 3, beta: false } })).id;
    await create({ name: 'String three', attributes: { plan: '3' } });
  });

  test('a string attribute matches exactly', async () => {
    const list = (await h.call('GET', '/v1/customers?attributes[plan]=gold')).json();
    assert.deepEqual(
      list.data.map((c: any) => c.id),
      [gold5, gold3],
    );
  });

  test('a number attribute matches the number, not the string', async () => {
    const list = (await h.call('GET', '/v1/customers?attributes[devices]=3')).json();
    assert.deepEqual(
      list.data.map((c: any) => c.id),
      [silver3, gold3],
    );
  });

  test('several attributes combine; booleans are typed', async () => {
    const both = (await h.call('GET', '/v1/customers?attributes[plan]=gold&attributes[devices]=3')).json();
    assert.deepEqual(
      both.data.map((c: any) => c.id),
      [gold3],
    );
    const off = (await h.call('GET', '/v1/customers?attributes[beta]=false&attributes[devices]=3')).json();
    assert.deepEqual(
      off.data.map((c: any) => c.id),
      [silver3],
    );
  });

  test('searching an undefined or mistyped attribute is a 400', async () => {
    assert.equal(
      problem(await h.call('GET', '/v1/customers?attributes[colour]=red'), 400, 'attribute_undefined').param,
      'attributes.colour',
    );
    assert.equal(
      problem(await h.call('GET', '/v1/customers?attributes[devices]=many'), 400, 'attribute_type_mismatch').param,
      'attributes.devices',
    );
  });
});
