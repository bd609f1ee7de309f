import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

/** Every event of `type` whose object is `id`, oldest first. */
async function eventsFor(type: string, id: string) {
  const list = (await h.call('GET', `/v1/events?type=${type}&limit=100`)).json();
  return list.data.filter((e: any) => e.data.object.id === id).reverse();
}

const full = {
  name: 'Joana Silva',
  email: 'joana@example.com.br',
  phone: '+55 11 91234-5678',
  description: 'Founding subscriber',
  locale: 'pt-br',
  preferred_currency: 'BRL',
  address: {
    line1: 'Av. Paulista 1000',
    line2: 'Apto 12',
    city: 'São Paulo',
    region: 'SP',
    postal_code: '01310-100',
    country: 'BR',
  },
  tax_ids: [{ type: 'br_cpf', value: '123.456.789-09' }],
  tags: ['vip', 'beta', 'vip'],
  marketing_consent: true,
  metadata: { crm_id: '42', source: 'web' },
};

describe('customer lifecycle', () => {
  test('create with every field; locale and currency come back canonical', async () => {
    const r = await h.call('POST', '/v1/customers', { body: full });
    assert.equal(r.statusCode, 200);
    const c = r.json();
    assert.match(c.id, /^cus_/);
    assert.equal(c.object, 'customer');
    assert.equal(c.name, 'Joana Silva');
    assert.equal(c.email, 'joana@example.com.br');
    assert.equal(c.phone, '+55 11 91234-5678');
    assert.equal(c.description, 'Founding subscriber');
    assert.equal(c.locale, 'pt-BR');
    assert.equal(c.preferred_currency, 'brl');
    assert.deepEqual(c.address, full.address);
    assert.deepEqual(c.tax_ids, [{ type: 'br_cpf', value: '123.456.789-09' }]);
    assert.deepEqual(c.tags, ['vip', 'beta']);
    assert.deepEqual(c.attributes, {});
    assert.equal(c.marketing_consent, true);
    assert.equal(c.marketing_consent_updated, c.created);
    assert.equal(c.balance, 0);
    assert.equal(c.test_clock, null);
    assert.deepEqual(c.metadata, { crm_id: '42', source: 'web' });
    assert.ok(Math.abs(c.created - Date.now() / 1000) < 60);

    const got = (await h.call('GET', `/v1/customers/${c.id}`)).json();
    assert.deepEqual(got, c);
    const created = await eventsFor('customer.created', c.id);
    assert.equal(created.length, 1);
    assert.deepEqual(created[0].data.object, c);
  });

  test('a customer without consent has no consent timestamp', async () => {
    const c = (await h.call('POST', '/v1/customers', { body: { name: 'Quiet' } })).json();
    assert.equal(c.marketing_consent, false);
    assert.equal(c.marketing_consent_updated, null);
    assert.equal(c.email, null);
    assert.equal(c.locale, null);
    assert.deepEqual(c.tags, []);
    assert.deepEqual(c.metadata, {});
  });

  test('an invalid locale tag is a 400 naming locale', async () => {
    const body = problem(
      await h.call('POST', '/v1/customers', { body: { locale: 'en-US-US' } }),
      400,
      'parameter_invalid',
    );
    assert.equal(body.param, 'locale');
  });

  test('update merges metadata and changes only what is sent', async () => {
    const c = (await h.call('POST', '/v1/customers', { body: full })).json();
    const r = await h.call('POST', `/v1/customers/${c.id}`, {
      body: {
        name: 'Joana S. Costa',
        metadata: { crm_id: '', source: null, plan: 'gold' },
        tags: ['churn-risk'],
        locale: 'EN-gb',
        marketing_consent: false,
      },
    });
    assert.equal(r.statusCode, 200);
    const u = r.json();
    assert.equal(u.name, 'Joana S. Costa');
    assert.equal(u.email, 'joana@example.com.br');
    assert.equal(u.locale, 'en-GB');
    assert.deepEqual(u.metadata, { plan: 'gold' });
    assert.deepEqual(u.tags, ['churn-risk']);
    assert.deepEqual(u.address, full.address);
    assert.equal(u.marketing_consent, false);
    assert.equal(typeof u.marketing_consent_updated, 'number');

    const updated = await eventsFor('customer.updated', c.id);
    assert.equal(updated.length, 1);
    assert.equal(updated[0].data.object.name, 'Joana S. Costa');
    assert.deepEqual(updated[0].data.previous_attributes.metadata, { crm_id: '42', source: 'web' });
    assert.equal(updated[0].data.previous_attributes.name, 'Joana Silva');
    assert.equal(updated[0].data.previous_attributes.locale, 'pt-BR');

    const cleared = (await h.call('POST', `/v1/customers/${c.id}`, { body: { email: null, address: null } })).json();
    assert.equal(cleared.email, null);
    assert.equal(cleared.address, null);
    assert.equal(cleared.name, 'Joana S. Costa');
  });

  test('an update that changes nothing writes no event', async () => {
    const c = (await h.call('POST', '/v1/customers', { body: { name: 'Same' } })).json();
    const r = await h.call('POST', `/v1/customers/${c.id}`, { body: { name: 'Same' } });
    assert.equal(r.statusCode, 200);
    assert.equal((await eventsFor('customer.updated', c.id)).length, 0);
  });

  test('delete answers {deleted:true}, then the customer is gone', async () => {
    const c = (
      await h.call('POST', '/v1/customers', { body: { name: 'Leaving', email: 'leaving@example.com' } })
    ).json();
    const r = await h.call('DELETE', `/v1/customers/${c.id}`);
    assert.equal(r.statusCode, 200);
    assert.deepEqual(r.json(), { id: c.id, object: 'customer', deleted: true });
    assert.equal(problem(await h.call('GET', `/v1/customers/${c.id}`), 404, 'resource_missing').param, 'id');
    problem(await h.call('POST', `/v1/customers/${c.id}`, { body: { name: 'Back' } }), 404, 'resource_missing');
    problem(await h.call('DELETE', `/v1/customers/${c.id}`), 404, 'resource_missing');
    assert.equal((await h.call('GET', '/v1/customers?email=leaving@example.com')).json().data.length, 0);
    const deleted = await eventsFor('customer.deleted', c.id);
    assert.equal(deleted.length, 1);
    assert.equal(deleted[0].data.object.name, 'Leaving');
  });

  test('another account cannot see the customer', async () => {
    const c = (await h.call('POST', '/v1/customers', { body: { name: 'Private' } })).json();
    const other = await h.otherAccount();
    problem(await h.call('GET', `/v1/customers/${c.id}`, { key: other.key }), 404, 'resource_missing');
    assert.equal((await h.call('GET', '/v1/customers', { key: other.key })).json().data.length, 0);
  });
});

describe('customer search', () => {
  let ids: Record<string, string>;
  before(async () => {
    const other = await h.otherAccount();
    await h.call('POST', '/v1/customers', {
      body: { name: 'Search Ana', email: 'Ana.Search@Example.com' },
      key: other.key,
    });
    const make = async (body: object) => (await h.call('POST', '/v1/customers', { body })).json().id as string;
    ids = {
      ana: await make({ name: 'Search Ana Lima', email: 'Ana.Search@Example.com', tags: ['s-vip'] }),
      anabel: await make({ name: 'Search Anabel', email: 'anabel.search@example.com', tags: ['s-trial'] }),
      bruno: await make({ name: 'Search Bruno 100%', email: 'bruno.search@example.com', tags: ['s-vip', 's-trial'] }),
    };
  });

  test('email matches exactly, in any case', async () => {
    const list = (await h.call('GET', '/v1/customers?email=ana.search@EXAMPLE.com')).json();
    assert.deepEqual(
      list.data.map((c: any) => c.id),
      [ids.ana],
    );
    assert.equal((await h.call('GET', '/v1/customers?email=search@example.com')).json().data.length, 0);
  });

  test('name matches a substring in any case; % is literal', async () => {
    const list = (await h.call('GET', '/v1/customers?name=search%20ana')).json();
    assert.deepEqual(
      list.data.map((c: any) => c.id),
      [ids.anabel, ids.ana],
    );
    const percent = (await h.call('GET', '/v1/customers?name=100%25')).json();
    assert.deepEqual(
      percent.data.map((c: any) => c.id),
      [ids.bruno],
    );
    assert.equal((await h.call('GET', '/v1/customers?name=Search%25Lima')).json().data.length, 0);
  });

  test('tag matches membership', async () => {
    const vip = (await h.call('GET', '/v1/customers?tag=s-vip')).json();
    assert.deepEqual(
      vip.data.map((c: any) => c.id),
      [ids.bruno, ids.ana],
    );
    const trial = (await h.call('GET', '/v1/customers?tag=s-trial')).json();
    assert.deepEqual(
      trial.data.map((c: any) => c.id),
      [ids.bruno, ids.anabel],
    );
  });

  test('created[gte] bounds the list', async () => {
    const ana = (await h.call('GET', `/v1/customers/${ids.ana}`)).json();
    const later = (await h.call('GET', `/v1/customers?created[gte]=${ana.created + 3600}`)).json();
    assert.equal(later.data.length, 0);
    const since = (await h.call('GET', `/v1/customers?created[gte]=${ana.created}&name=search`)).json();
    assert.deepEqual(
      since.data.map((c: any) => c.id),
      [ids.bruno, ids.anabel, ids.ana],
    );
  });
});

describe('test clocks', () => {
  test('an unknown test clock is a 404 naming test_clock', async () => {
    const body = problem(
      await h.call('POST', '/v1/customers', { body: { name: 'Clocked', test_clock: 'clock_missing' } }),
      404,
      'resource_missing',
    );
    assert.equal(body.param, 'test_clock');
  });

  test("a customer on a clock is created at the clock's frozen time; expand[]=test_clock gives the clock", async () => {
    const clock = (await h.call('POST', '/v1/test_clocks', { body: { frozen_time: 1735689600 } })).json();
    assert.equal(clock.frozen_time, 1735689600);
    const body = { name: 'Clocked', test_clock: clock.id, marketing_consent: true };
    const r = await h.call('POST', '/v1/customers?expand[]=test_clock', { body });
    assert.equal(r.statusCode, 200);
    const c = r.json();
    assert.equal(c.created, 1735689600);
    assert.equal(c.marketing_consent_updated, 1735689600);
    assert.deepEqual(c.test_clock, clock);
    assert.equal((await h.call('GET', `/v1/customers/${c.id}`)).json().test_clock, clock.id);
    const expanded = (await h.call('GET', `/v1/customers/${c.id}?expand[]=test_clock`)).json();
    assert.deepEqual(expanded.test_clock, clock);
    assert.equal(expanded.test_clock.object, 'test_helpers.test_clock');
    const list = (await h.call('GET', `/v1/customers?test_clock=${clock.id}&expand[]=data.test_clock`)).json();
    assert.deepEqual(
      list.data.map((x: any) => [x.id, x.test_clock]),
      [[c.id, clock]],
    );
    const created = await eventsFor('customer.created', c.id);
    assert.equal(created.length, 1);
    assert.equal(created[0].created, 1735689600);
    assert.equal(created[0].test_clock, clock.id);
  });
});
