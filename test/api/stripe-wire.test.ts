import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(() => h.close());

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const form = (method: 'POST' | 'DELETE', url: string, body: string, headers: Record<string, string> = {}) =>
  h.call(method, url, { body, headers: { ...FORM, ...headers } });

describe("Stripe's form-encoded bodies", () => {
  test('nested objects, indexed arrays of objects and numbers as strings make the same price as JSON', async () => {
    const product = (await form('POST', '/v1/products', 'name=Gold&metadata[tier]=gold')).json();
    assert.deepEqual(product.metadata, { tier: 'gold' });
    const body =
      `product=${product.id}&currency=usd&recurring[interval]=month&recurring[interval_count]=3` +
      '&billing_scheme=tiered&tiers_mode=graduated&tiers[0][up_to]=10&tiers[0][unit_amount]=500' +
      '&tiers[1][up_to]=inf&tiers[1][unit_amount_decimal]=399.5';
    const byForm = (await form('POST', '/v1/prices', body)).json();
    const byJson = (
      await h.call('POST', '/v1/prices', {
        body: {
          product: product.id,
          currency: 'usd',
          recurring: { interval: 'month', interval_count: 3 },
          billing_scheme: 'tiered',
          tiers_mode: 'graduated',
          tiers: [
            { up_to: 10, unit_amount: 500 },
            { up_to: 'inf', unit_amount_decimal: '399.5' },
          ],
        },
      })
    ).json();
    for (const field of ['recurring', 'billing_scheme', 'tiers_mode', 'tiers', 'currency', 'product']) {
      assert.deepEqual(byForm[field], byJson[field], field);
    }
    assert.equal(byForm.recurring.interval_count, 3);
  });

  test('booleans, arrays without indices, and an empty string that unsets', async () => {
    const created = await form(
      'POST',
      '/v1/customers',
      'name=Ana&description=VIP&marketing_consent=true&tags[]=tv&tags[]=sport&metadata[plan]=gold&metadata[src]=ads',
    );
    const customer = created.json();
    assert.equal(customer.marketing_consent, true);
    assert.deepEqual(customer.tags, ['tv', 'sport']);
    const updated = (await form('POST', `/v1/customers/${customer.id}`, 'description=&metadata[plan]=')).json();
    assert.equal(updated.description, null);
    assert.deepEqual(updated.metadata, { src: 'ads' });
    assert.equal(updated.name, 'Ana');
  });

  test('expand[] sent in a POST body expands the answer, as Stripe SDKs send it', async () => {
    const clock = (await form('POST', '/v1/test_clocks', 'frozen_time=1735689600')).json();
    const customer = (await form('POST', '/v1/customers', `name=B&test_clock=${clock.id}&expand[0]=test_clock`)).json();
    assert.equal(customer.test_clock.id, clock.id);
    assert.equal(customer.test_clock.frozen_time, 1735689600);
  });

  test('the same errors as JSON: unknown, missing and mistyped parameters', async () => {
    const pairs: [string, string, Record<string, unknown>, string, string][] = [
      ['/v1/customers', 'name=A&nmae=typo', { name: 'A', nmae: 'typo' }, 'parameter_unknown', 'nmae'],
      ['/v1/customers', 'email=not-an-email', { email: 'not-an-email' }, 'parameter_invalid', 'email'],
      [
        '/v1/customers',
        'marketing_consent=maybe',
        { marketing_consent: 'maybe' },
        'parameter_invalid',
        'marketing_consent',
      ],
      ['/v1/products', 'description=x', { description: 'x' }, 'parameter_missing', 'name'],
      ['/v1/test_clocks', 'frozen_time=soon', { frozen_time: 'soon' }, 'parameter_invalid', 'frozen_time'],
    ];
    for (const [url, body, json, code, param] of pairs) {
      const byForm = problem(await form('POST', url, body), 400, code);
      const byJson = problem(await h.call('POST', url, { body: json }), 400, code);
      assert.equal(byForm.param, param, body);
      assert.equal(byJson.param, param, body);
    }
  });

  test('a malformed bracket key is a 400 naming it', async () => {
    const body = problem(await form('POST', '/v1/customers', 'metadata[plan=gold'), 400, 'parameter_invalid');
    assert.equal(body.param, 'metadata[plan');
  });

  test('a charset parameter on the content type changes nothing', async () => {
    const reply = await form('POST', '/v1/customers', 'name=Jos%C3%A9&metadata[city]=S%C3%A3o+Paulo', {
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
    });
    assert.deepEqual([reply.json().name, reply.json().metadata.city], ['José', 'São Paulo']);
  });

  test('DELETE with an empty form body works', async () => {
    const customer = (await form('POST', '/v1/customers', 'name=Gone')).json();
    const reply = await form('DELETE', `/v1/customers/${customer.id}`, '');
    assert.equal(reply.statusCode, 200);
    assert.deepEqual(reply.json(), { id: customer.id, object: 'customer', deleted: true });
  });

  test('the same Idempotency-Key replays a form request and refuses another body', async () => {
    const headers = { 'idempotency-key': 'form-key-1' };
    const first = (await form('POST', '/v1/customers', 'name=Once', headers)).json();
    const again = await form('POST', '/v1/customers', 'name=Once', headers);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.equal(again.json().id, first.id);
    const other = problem(await form('POST', '/v1/customers', 'name=Twice', headers), 409, 'idempotency_key_reused');
    assert.equal((other as { error?: { type: string } }).error?.type, 'idempotency_error');
  });
});

describe("Stripe's error object inside problem+json", () => {
  const cases: [string, () => Promise<unknown>, number, string, string, string | undefined][] = [
    ['404', () => h.call('GET', '/v1/customers/cus_missing'), 404, 'resource_missing', 'invalid_request_error', 'id'],
    [
      '400',
      () => h.call('POST', '/v1/customers', { body: { nmae: 1 } }),
      400,
      'parameter_unknown',
      'invalid_request_error',
      'nmae',
    ],
    [
      '401',
      () => h.call('GET', '/v1/customers', { key: '' }),
      401,
      'api_key_missing',
      'authentication_error',
      'Authorization',
    ],
    ['route', () => h.call('GET', '/v1/nothing_here'), 404, 'route_not_found', 'invalid_request_error', undefined],
  ];
  for (const [name, call, status, code, type, param] of cases) {
    test(`${name}: RFC 9457 members and error {type, code, param, message}`, async () => {
      const body = problem((await call()) as never, status, code) as Record<string, any>;
      assert.equal(body.status, status);
      assert.equal(typeof body.detail, 'string');
      assert.equal(body.param, param);
      assert.deepEqual(body.error, { type, code, message: body.detail, ...(param && { param }) });
    });
  }
});

describe('Stripe-Version', () => {
  test('is accepted and echoed', async () => {
    const reply = await h.call('GET', '/v1/customers', { headers: { 'stripe-version': '2025-09-30.clover' } });
    assert.equal(reply.statusCode, 200);
    assert.equal(reply.headers['stripe-version'], '2025-09-30.clover');
    assert.equal((await h.call('GET', '/v1/customers')).headers['stripe-version'], undefined);
  });
});
