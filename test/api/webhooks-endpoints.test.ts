import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { FakeClock } from '../../src/kernel/clock.ts';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';
import { type Receiver, startReceiver, verifyAt } from '../helpers/webhook-receiver.ts';

const clock = new FakeClock('2026-03-01T00:00:00Z');
const now = () => clock.now().epochMilliseconds;
const nowUnix = () => Math.floor(now() / 1000);
let h: Harness;
const receivers: Receiver[] = [];

before(async () => {
  h = await startHarness({ clock });
});
after(async () => {
  for (const receiver of receivers) await receiver.close();
  await h.close();
});

/** Each test runs in its own account, so endpoints of one test never see another test's events. */
async function tenant() {
  const { key } = await h.otherAccount();
  const call = async (method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown) => {
    const response = await h.call(method, url, { key, body });
    assert.ok(response.statusCode < 300, `${method} ${url}: ${response.body}`);
    return response.json();
  };
  return { key, call };
}

async function receiver() {
  const started = await startReceiver(() => 200, now);
  receivers.push(started);
  return started;
}

const typesOf = (rx: Receiver) => rx.received.map((r) => r.event.type);

test('an endpoint shows its secret once; retrieve, list, update, disable and delete', async () => {
  const { call } = await tenant();
  const created = await call('POST', '/v1/webhook_endpoints', {
    url: 'https://crm.example.com/hooks',
    enabled_events: ['customer.*', 'customer.*'],
    description: 'CRM',
    metadata: { team: 'sales' },
  });
  assert.match(created.id, /^we_/);
  assert.equal(Buffer.from(created.secret.slice('whsec_'.length), 'base64').length, 24);
  assert.deepEqual(created.enabled_events, ['customer.*']);
  assert.equal(created.status, 'enabled');
  const path = `/v1/webhook_endpoints/${created.id}`;
  const { secret, ...shown } = created;
  assert.deepEqual(await call('GET', path), shown);
  assert.equal('secret' in (await call('GET', path)), false);
  const listed = await call('GET', '/v1/webhook_endpoints');
  assert.deepEqual(listed.data, [shown]);
  assert.equal(listed.url, '/v1/webhook_endpoints');

  const updated = await call('POST', path, { enabled_events: ['invoice.*'], description: null, disabled: true });
  assert.deepEqual([updated.enabled_events, updated.description, updated.status], [['invoice.*'], null, 'disabled']);
  assert.equal(updated.url, 'https://crm.example.com/hooks');
  assert.deepEqual(await call('DELETE', path), { id: created.id, object: 'webhook_endpoint', deleted: true });
  problem(await h.call('GET', path, { key: (await tenant()).key }), 404, 'resource_missing');

  const events = (await call('GET', '/v1/events?type=webhook_endpoint.*')).data;
  assert.deepEqual(
    events.map((e: any) => e.type),
    ['webhook_endpoint.deleted', 'webhook_endpoint.updated', 'webhook_endpoint.created'],
  );
  assert.ok(!JSON.stringify(events).includes(secret), 'events never carry the secret');
});

test('bad input is answered with problem+json naming the field', async () => {
  const { key, call } = await tenant();
  const ok = { url: 'https://example.com/hooks', enabled_events: ['*'] };
  const cases: [string, string, unknown, number, string, string][] = [
    ['POST', '/v1/webhook_endpoints', { ...ok, url: 'ftp://example.com/x' }, 400, 'webhook_url_invalid', 'url'],
    ['POST', '/v1/webhook_endpoints', { ...ok, url: 'not a url' }, 400, 'webhook_url_invalid', 'url'],
    ['POST', '/v1/webhook_endpoints', { ...ok, url: 'https://u:p@example.com/' }, 400, 'webhook_url_invalid', 'url'],
    ['POST', '/v1/webhook_endpoints', { enabled_events: ['*'] }, 400, 'parameter_missing', 'url'],
    ['POST', '/v1/webhook_endpoints', { url: ok.url }, 400, 'parameter_missing', 'enabled_events'],
    ['POST', '/v1/webhook_endpoints', { ...ok, enabled_events: [] }, 400, 'parameter_invalid', 'enabled_events'],
    [
      'POST',
      '/v1/webhook_endpoints',
      { ...ok, enabled_events: ['customer.*', 'invoice*'] },
      400,
      'parameter_invalid',
      'enabled_events[1]',
    ],
    ['POST', '/v1/webhook_endpoints', { ...ok, secret: 'whsec_mine' }, 400, 'parameter_unknown', 'secret'],
    ['GET', '/v1/webhook_endpoints/we_missing', undefined, 404, 'resource_missing', 'id'],
  ];
  const endpoint = await call('POST', '/v1/webhook_endpoints', ok);
  const path = `/v1/webhook_endpoints/${endpoint.id}`;
  cases.push(
    ['POST', path, { url: 'mailto:ops@example.com' }, 400, 'webhook_url_invalid', 'url'],
    ['POST', `${path}/rotate_secret`, { expires_in_seconds: -1 }, 400, 'parameter_invalid', 'expires_in_seconds'],
    ['GET', `${path}/deliveries?status=lost`, undefined, 400, 'parameter_invalid', 'status'],
    ['GET', `${path}/deliveries/whd_missing`, undefined, 404, 'resource_missing', 'delivery_id'],
    ['POST', `${path}/deliveries/whd_missing/retry`, {}, 404, 'resource_missing', 'delivery_id'],
  );
  for (const [method, url, body, status, code, param] of cases) {
    const response = await h.call(method as 'GET', url, { key, body });
    assert.equal(problem(response, status, code).param, param, `${method} ${url} ${JSON.stringify(body)}`);
  }
});

test('enabled_events filter by exact type, family and *; an endpoint gets only events after its creation', async () => {
  const { call } = await tenant();
  await call('POST', '/v1/customers', { name: 'before any endpoint' });
  const [family, exact, mixed, all] = [await receiver(), await receiver(), await receiver(), await receiver()];
  const create = (rx: Receiver, enabled_events: string[]) =>
    call('POST', '/v1/webhook_endpoints', { url: rx.url, enabled_events });
  await create(family, ['customer.*']);
  await create(exact, ['product.created']);
  await create(mixed, ['customer.updated', 'product.*']);
  await create(all, ['*']);
  const customer = await call('POST', '/v1/customers', { name: 'after' });
  await call('POST', `/v1/customers/${customer.id}`, { name: 'renamed' });
  const product = await call('POST', '/v1/products', { name: 'Gold' });
  await call('POST', `/v1/products/${product.id}`, { name: 'Platinum' });
  await h.settle();

  assert.deepEqual(typesOf(family), ['customer.created', 'customer.updated']);
  assert.equal(family.received[0]!.event.data.object.name, 'after');
  assert.deepEqual(typesOf(exact), ['product.created']);
  assert.deepEqual(typesOf(mixed), ['customer.updated', 'product.created', 'product.updated']);
  assert.deepEqual(typesOf(all), ['customer.created', 'customer.updated', 'product.created', 'product.updated']);
});

test('a disabled endpoint gets nothing; enabled again, it resumes with newer events only', async () => {
  const { call } = await tenant();
  const rx = await receiver();
  const endpoint = await call('POST', '/v1/webhook_endpoints', { url: rx.url, enabled_events: ['customer.created'] });
  await call('POST', `/v1/webhook_endpoints/${endpoint.id}`, { disabled: true });
  await call('POST', '/v1/customers', { name: 'while disabled' });
  await h.settle();
  assert.equal(rx.received.length, 0);
  await call('POST', `/v1/webhook_endpoints/${endpoint.id}`, { disabled: false });
  await call('POST', '/v1/customers', { name: 'after' });
  await h.settle();
  assert.deepEqual(
    rx.received.map((r) => r.event.data.object.name),
    ['after'],
  );
});

test('secret rotation: both signatures verify during the overlap, the old one is rejected after it', async () => {
  const { call } = await tenant();
  const rx = await receiver();
  const endpoint = await call('POST', '/v1/webhook_endpoints', { url: rx.url, enabled_events: ['customer.created'] });
  const path = `/v1/webhook_endpoints/${endpoint.id}`;
  const deliver = async () => {
    await call('POST', '/v1/customers', { name: 'someone' });
    await h.settle();
    return rx.received.at(-1)!;
  };
  const before = await deliver();
  assert.equal(before.headers['webhook-signature']!.split(' ').length, 1);

  const rotated = await call('POST', `${path}/rotate_secret`, { expires_in_seconds: 3600 });
  assert.notEqual(rotated.secret, endpoint.secret);
  assert.equal(rotated.previous_secret_expires_at, nowUnix() + 3600);
  assert.equal('secret' in (await call('GET', path)), false);
  const during = await deliver();
  assert.equal(during.headers['webhook-signature']!.split(' ').length, 2);
  for (const secret of [endpoint.secret, rotated.secret]) assert.ok(verifyAt(secret, during, during.at));

  clock.advance({ minutes: 61 });
  const afterOverlap = await deliver();
  assert.equal(afterOverlap.headers['webhook-signature']!.split(' ').length, 1);
  assert.ok(verifyAt(rotated.secret, afterOverlap, afterOverlap.at));
  assert.throws(() => verifyAt(endpoint.secret, afterOverlap, afterOverlap.at), /No matching signature/);

  const byDefault = await call('POST', `${path}/rotate_secret`);
  assert.equal(byDefault.previous_secret_expires_at, nowUnix() + 86_400);
  const atOnce = await call('POST', `${path}/rotate_secret`, { expires_in_seconds: 0 });
  assert.equal(atOnce.previous_secret_expires_at, null);
  const latest = await deliver();
  assert.ok(verifyAt(atOnce.secret, latest, latest.at));
  assert.throws(() => verifyAt(byDefault.secret, latest, latest.at), /No matching signature/);
});
