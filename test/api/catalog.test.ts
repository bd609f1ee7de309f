import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

const ids = (list: { data: { id: string }[] }) => list.data.map((x) => x.id);

describe('products', () => {
  test('create and retrieve', async () => {
    const r = await h.call('POST', '/v1/products', {
      body: { name: 'Premium plan', description: 'All channels', metadata: { tier: 'top' } },
    });
    assert.equal(r.statusCode, 200);
    const p = r.json();
    assert.match(p.id, /^prod_/);
    assert.equal(p.object, 'product');
    assert.equal(p.name, 'Premium plan');
    assert.equal(p.description, 'All channels');
    assert.equal(p.active, true);
    assert.deepEqual(p.metadata, { tier: 'top' });
    assert.equal(p.updated, p.created);
    assert.deepEqual((await h.call('GET', `/v1/products/${p.id}`)).json(), p);
  });

  test('a custom id is kept; a bad one names id', async () => {
    const p = (await h.call('POST', '/v1/products', { body: { id: 'sports-addon', name: 'Sports' } })).json();
    assert.equal(p.id, 'sports-addon');
    const dup = problem(await h.call('POST', '/v1/products', { body: { id: 'sports-addon', name: 'Again' } }), 409);
    assert.equal(dup.code, 'resource_exists');
    assert.equal(dup.param, 'id');
    assert.equal((await h.call('GET', '/v1/products/sports-addon')).json().name, 'Sports');
    const other = await h.otherAccount();
    const theirs = await h.call('POST', '/v1/products', {
      body: { id: 'sports-addon', name: 'Theirs' },
      key: other.key,
    });
    assert.equal(theirs.statusCode, 200);
    assert.equal(
      problem(await h.call('POST', '/v1/products', { body: { id: 'has space', name: 'X' } }), 400).param,
      'id',
    );
    assert.equal(problem(await h.call('POST', '/v1/products', { body: { name: '' } }), 400).param, 'name');
  });

  test('update changes fields, merges metadata, and active=false archives', async () => {
    const p = (await h.call('POST', '/v1/products', { body: { name: 'Basic', metadata: { a: '1', b: '2' } } })).json();
    const r = await h.call('POST', `/v1/products/${p.id}`, {
      body: { name: 'Basic (legacy)', description: null, active: false, metadata: { a: '', c: '3' } },
    });
    assert.equal(r.statusCode, 200);
    const u = r.json();
    assert.equal(u.name, 'Basic (legacy)');
    assert.equal(u.description, null);
    assert.equal(u.active, false);
    assert.deepEqual(u.metadata, { b: '2', c: '3' });
    assert.equal(u.created, p.created);
    const events = (await h.call('GET', '/v1/events?type=product.updated&limit=100')).json();
    const mine = events.data.filter((e: any) => e.data.object.id === p.id);
    assert.equal(mine.length, 1);
    assert.equal(mine[0].data.previous_attributes.active, true);
    assert.equal(mine[0].data.previous_attributes.name, 'Basic');
    problem(await h.call('POST', '/v1/products/prod_missing', { body: { name: 'x' } }), 404, 'resource_missing');
  });

  test('list filters by active', async () => {
    const other = await h.otherAccount();
    const make = async (body: object) => (await h.call('POST', '/v1/products', { body, key: other.key })).json().id;
    const a = await make({ name: 'A' });
    const b = await make({ name: 'B', active: false });
    const c = await make({ name: 'C' });
    const all = (await h.call('GET', '/v1/products', { key: other.key })).json();
    assert.deepEqual(ids(all), [c, b, a]);
    assert.deepEqual(ids((await h.call('GET', '/v1/products?active=true', { key: other.key })).json()), [c, a]);
    assert.deepEqual(ids((await h.call('GET', '/v1/products?active=false', { key: other.key })).json()), [b]);
  });

  test('delete works without prices, not with one', async () => {
    const lonely = (await h.call('POST', '/v1/products', { body: { name: 'Lonely' } })).json();
    const r = await h.call('DELETE', `/v1/products/${lonely.id}`);
    assert.equal(r.statusCode, 200);
    assert.deepEqual(r.json(), { id: lonely.id, object: 'product', deleted: true });
    problem(await h.call('GET', `/v1/products/${lonely.id}`), 404, 'resource_missing');
    problem(await h.call('DELETE', `/v1/products/${lonely.id}`), 404, 'resource_missing');
    const deleted = (await h.call('GET', '/v1/events?type=product.deleted')).json();
    assert.equal(deleted.data[0].data.object.id, lonely.id);

    const priced = (await h.call('POST', '/v1/products', { body: { name: 'Priced' } })).json();
    const price = await h.call('POST', '/v1/prices', {
      body: { product: priced.id, currency: 'eur', unit_amount: 500 },
    });
    assert.equal(price.statusCode, 200);
    const body = problem(await h.call('DELETE', `/v1/products/${priced.id}`), 400, 'product_has_prices');
    assert.equal(body.param, 'id');
    assert.equal((await h.call('GET', `/v1/products/${priced.id}`)).json().active, true);
  });
});

describe('tax rates', () => {
  let vat: any;
  let sales: any;
  before(async () => {
    const r = await h.call('POST', '/v1/tax_rates', {
      body: {
        display_name: 'VAT',
        description: 'Dutch VAT',
        percentage: 21,
        inclusive: true,
        country: 'NL',
        tax_type: 'vat',
        metadata: { ref: 'nl-std' },
      },
    });
    assert.equal(r.statusCode, 200, r.body);
    vat = r.json();
    const s = await h.call('POST', '/v1/tax_rates', {
      body: {
        display_name: 'Sales tax',
        percentage: 10,
        inclusive: false,
        country: 'US',
        region: 'CA',
        tax_type: 'sales_tax',
      },
    });
    assert.equal(s.statusCode, 200, s.body);
    sales = s.json();
  });

  test('create an inclusive 21% VAT rate and an exclusive 10% rate', async () => {
    assert.match(vat.id, /^txr_/);
    assert.equal(vat.object, 'tax_rate');
    assert.equal(vat.display_name, 'VAT');
    assert.equal(vat.description, 'Dutch VAT');
    assert.equal(vat.percentage, 21);
    assert.equal(vat.inclusive, true);
    assert.equal(vat.country, 'NL');
    assert.equal(vat.region, null);
    assert.equal(vat.tax_type, 'vat');
    assert.equal(vat.active, true);
    assert.deepEqual(vat.metadata, { ref: 'nl-std' });
    assert.equal(sales.percentage, 10);
    assert.equal(sales.inclusive, false);
    assert.equal(sales.region, 'CA');
    assert.deepEqual((await h.call('GET', `/v1/tax_rates/${vat.id}`)).json(), vat);
  });

  test('a fractional percentage keeps its precision', async () => {
    const r = (
      await h.call('POST', '/v1/tax_rates', { body: { display_name: 'QST', percentage: 9.975, inclusive: false } })
    ).json();
    assert.equal(r.percentage, 9.975);
    assert.equal(r.country, null);
    await h.call('POST', `/v1/tax_rates/${r.id}`, { body: { active: false } });
  });

  test('bad input names the field', async () => {
    const missing = problem(await h.call('POST', '/v1/tax_rates', { body: { display_name: 'X', percentage: 5 } }), 400);
    assert.equal(missing.param, 'inclusive');
    const over = { display_name: 'X', percentage: 101, inclusive: false };
    assert.equal(problem(await h.call('POST', '/v1/tax_rates', { body: over }), 400).param, 'percentage');
    const lower = { display_name: 'X', percentage: 5, inclusive: false, country: 'nl' };
    assert.equal(problem(await h.call('POST', '/v1/tax_rates', { body: lower }), 400).param, 'country');
  });

  test('update changes display_name and active; percentage and inclusive are fixed', async () => {
    const u = (
      await h.call('POST', `/v1/tax_rates/${sales.id}`, { body: { display_name: 'CA sales tax', active: false } })
    ).json();
    assert.equal(u.display_name, 'CA sales tax');
    assert.equal(u.active, false);
    assert.equal(u.percentage, 10);
    const pct = problem(
      await h.call('POST', `/v1/tax_rates/${vat.id}`, { body: { percentage: 9 } }),
      400,
      'parameter_unknown',
    );
    assert.equal(pct.param, 'percentage');
    const incl = problem(
      await h.call('POST', `/v1/tax_rates/${vat.id}`, { body: { inclusive: false } }),
      400,
      'parameter_unknown',
    );
    assert.equal(incl.param, 'inclusive');
    assert.equal((await h.call('GET', `/v1/tax_rates/${vat.id}`)).json().percentage, 21);
    await h.call('POST', `/v1/tax_rates/${sales.id}`, { body: { active: true, display_name: 'Sales tax' } });
  });

  test('list filters by active, inclusive and country', async () => {
    const nl2 = (
      await h.call('POST', '/v1/tax_rates', {
        body: { display_name: 'VAT low', percentage: 9, inclusive: true, country: 'NL', active: false },
      })
    ).json();
    const all = (await h.call('GET', '/v1/tax_rates')).json();
    assert.equal(all.data.length, 4);
    assert.deepEqual(ids((await h.call('GET', '/v1/tax_rates?country=NL')).json()), [nl2.id, vat.id]);
    assert.deepEqual(ids((await h.call('GET', '/v1/tax_rates?country=NL&active=true')).json()), [vat.id]);
    assert.deepEqual(ids((await h.call('GET', '/v1/tax_rates?inclusive=false&active=true')).json()), [sales.id]);
    assert.deepEqual(ids((await h.call('GET', '/v1/tax_rates?inclusive=true')).json()), [nl2.id, vat.id]);
    assert.equal((await h.call('GET', '/v1/tax_rates?active=false')).json().data.length, 2);
  });
});
