import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import { messages } from '../../src/db/schema/index.ts';
import { ownerSetupToken } from '../../src/modules/operators/index.ts';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';

let h: Harness;
type Session = { cookie: string; csrf: string; operatorId: string };

before(async () => {
  h = await startHarness();
});
after(() => h.close());

/** The cookies a sign-in set, as a browser would send them back. */
function sessionOf(response: { headers: Record<string, unknown>; json(): any }): Session {
  const set = [response.headers['set-cookie']].flat() as string[];
  const cookie = set.map((c) => c.split(';', 1)[0]).join('; ');
  const body = response.json();
  return { cookie, csrf: body.csrf_token, operatorId: body.operator.id };
}

const as = (s: Session, body?: unknown, csrf = true) => ({
  key: '',
  headers: { cookie: s.cookie, ...(csrf && { 'x-csrf-token': s.csrf }) },
  ...(body !== undefined && { body }),
});

async function linkToken(to: string, template: string): Promise<string> {
  const rows = await h.ctx.db.select().from(messages).where(eq(messages.to, to));
  const mail = rows.filter((r) => r.template === template).at(-1)!;
  return /token=([\w-]+)/.exec(mail.content.text)![1]!;
}

let owner: Session;
let support: Session;

test('the first start’s set-up link creates the owner once; the session cookie is HttpOnly and SameSite=Lax', async () => {
  const token = (await ownerSetupToken(h.ctx, h.accountId))!;
  const body = { token, email: 'Owner@Example.com', password: 'owner password 1', name: 'Olga' };
  const r = await h.call('POST', '/v1/operator_setup', { key: '', body });
  assert.equal(r.statusCode, 200, r.body);
  assert.equal(r.json().operator.role, 'owner');
  assert.equal(r.json().operator.email, 'owner@example.com');
  const cookies = [r.headers['set-cookie']].flat() as string[];
  assert.match(cookies[0]!, /^tenure_session=opsess_[\w-]+; HttpOnly; Path=\/; SameSite=Lax; Max-Age=43200$/);
  problem(await h.call('POST', '/v1/operator_setup', { key: '', body }), 400, 'operator_token_invalid');
  assert.equal(await ownerSetupToken(h.ctx, h.accountId), null, 'no new link once an owner exists');
});

test('an owner signs in with e-mail and password; a wrong password is refused', async () => {
  const wrong = { email: 'owner@example.com', password: 'not the password' };
  problem(await h.call('POST', '/v1/operator_sessions', { key: '', body: wrong }), 401, 'operator_credentials_invalid');
  const r = await h.call('POST', '/v1/operator_sessions', {
    key: '',
    body: { email: 'owner@example.com', password: 'owner password 1' },
  });
  assert.equal(r.statusCode, 200, r.body);
  owner = sessionOf(r);
  const me = await h.call('GET', '/v1/operators/me', as(owner));
  assert.equal(me.json().email, 'owner@example.com');
});

test('the owner invites a support operator, who accepts by the e-mailed link; unsafe requests need the CSRF token', async () => {
  const invite = { email: 'sam@example.com', role: 'support', name: 'Sam' };
  problem(await h.call('POST', '/v1/operators', as(owner, invite, false)), 403, 'csrf_token_invalid');
  const r = await h.call('POST', '/v1/operators', as(owner, invite));
  assert.equal(r.statusCode, 200, r.body);
  assert.deepEqual([r.json().status, r.json().role], ['invited', 'support']);
  const token = await linkToken('sam@example.com', 'operator_invitation');
  const log = (await h.call('GET', '/v1/messages?limit=5')).json().data;
  assert.ok(
    log.every((m: { text: string }) => !m.text.includes(token)),
    'the message log does not show the link',
  );
  const accepted = await h.call('POST', '/v1/operator_invitations/accept', {
    key: '',
    body: { token, password: 'support password 1' },
  });
  assert.equal(accepted.statusCode, 200, accepted.body);
  support = sessionOf(accepted);
  assert.equal(accepted.json().operator.status, 'active');
});

let paymentId: string;

test('support sees customers and refunds a payment, but the API refuses it the catalogue', async () => {
  const customer = (await h.call('POST', '/v1/customers', { body: { email: 'c@example.com' } })).json().id;
  await h.call('POST', '/v1/payment_methods', { body: { customer, token: 'tok_visa' } });
  const product = (await h.call('POST', '/v1/products', { body: { name: 'TV' } })).json().id;
  const price = (
    await h.call('POST', '/v1/prices', {
      body: { product, currency: 'eur', unit_amount: 1000, recurring: { interval: 'month' } },
    })
  ).json().id;
  await h.call('POST', '/v1/subscriptions', { body: { customer, items: [{ price }] } });
  await h.settle();
  paymentId = (await h.call('GET', `/v1/payments?customer=${customer}`)).json().data[0].id;

  const customers = await h.call('GET', '/v1/customers', as(support));
  assert.equal(customers.statusCode, 200);
  assert.ok(customers.json().data.some((c: { id: string }) => c.id === customer));
  assert.equal((await h.call('GET', `/v1/payments/${paymentId}`, as(support))).statusCode, 200);
  const refund = await h.call('POST', '/v1/refunds', as(support, { payment: paymentId, amount: 300 }));
  assert.equal(refund.statusCode, 200, refund.body);

  const denied = problem(await h.call('POST', '/v1/products', as(support, { name: 'Free TV' })), 403);
  assert.deepEqual([denied.code, denied.param], ['permission_denied', 'catalog.write']);
  problem(await h.call('POST', `/v1/prices/${price}`, as(support, { nickname: 'x' })), 403, 'permission_denied');
  problem(await h.call('GET', '/v1/operators', as(support)), 403, 'permission_denied');
  problem(await h.call('POST', `/v1/operators/${support.operatorId}`, as(support, { role: 'admin' })), 403);
});

test('the audit log shows both actions with their actors, filterable by actor', async () => {
  const r = await h.call('GET', '/v1/audit_log?limit=100', as(owner));
  assert.equal(r.statusCode, 200, r.body);
  const entries = r.json().data as any[];
  const invite = entries.find((e) => e.action === 'operators.create');
  assert.deepEqual(invite.actor, { type: 'operator', id: owner.operatorId, label: 'owner@example.com' });
  assert.equal(invite.after.email, 'sam@example.com');
  assert.equal(invite.object_type, 'operator');
  const refund = entries.find((e) => e.action === 'refunds.create');
  assert.deepEqual(refund.actor, { type: 'operator', id: support.operatorId, label: 'sam@example.com' });
  assert.equal(refund.object_type, 'refund');
  assert.equal(refund.after.payment, paymentId);
  assert.match(refund.request.id, /\w/);
  assert.equal(refund.client_address, '127.0.0.1');
  const byKey = entries.find((e) => e.action === 'products.create');
  assert.equal(byKey.actor.type, 'api_key');
  const mine = (await h.call('GET', `/v1/audit_log?actor=${support.operatorId}`, as(owner))).json().data;
  assert.deepEqual(
    mine.map((e: { action: string }) => e.action),
    ['refunds.create'],
  );
  assert.ok(!entries.some((e) => e.action === 'products.create' && e.actor.id === support.operatorId));
});

test('a restricted key may do only what its permissions grant', async () => {
  const created = await h.call(
    'POST',
    '/v1/api_keys',
    as(owner, { name: 'reports', permissions: { customers: 'read' } }),
  );
  assert.equal(created.statusCode, 200, created.body);
  const key = created.json().secret as string;
  assert.match(key, /^rk_/);
  assert.equal((await h.call('GET', '/v1/customers', { key })).statusCode, 200);
  const denied = problem(await h.call('POST', '/v1/customers', { key, body: { name: 'x' } }), 403);
  assert.equal(denied.param, 'customers.write');
  problem(await h.call('GET', '/v1/invoices', { key }), 403, 'permission_denied');
  problem(await h.call('GET', '/v1/api_keys', { key }), 403, 'permission_denied');
  const audit = (await h.call('GET', '/v1/audit_log?limit=100')).json().data as any[];
  const entry = audit.find((e) => e.action === 'api_keys.create');
  assert.equal(entry.after.secret, '(redacted)', 'the key is not in the log');
  const revoked = await h.call('DELETE', `/v1/api_keys/${created.json().id}`);
  assert.notEqual(revoked.json().revoked_at, null);
});

test('an admin cannot make an owner, and the last owner cannot be demoted', async () => {
  const r = await h.call('POST', `/v1/operators/${owner.operatorId}`, as(owner, { role: 'admin' }));
  problem(r, 409, 'last_owner');
  await h.call('POST', `/v1/operators/${support.operatorId}`, as(owner, { role: 'admin' }));
  problem(
    await h.call('POST', '/v1/operators', as(support, { email: 'o2@example.com', role: 'owner' })),
    403,
    'role_not_assignable',
  );
  await h.call('POST', `/v1/operators/${support.operatorId}`, as(owner, { role: 'support' }));
});

test('an update is logged with the object before and after it', async () => {
  const r = await h.call('GET', `/v1/audit_log?object=${support.operatorId}`, as(owner));
  const updates = (r.json().data as any[]).filter((e) => e.action === 'operators.update').reverse();
  assert.deepEqual(
    updates.map((e) => [e.before.role, e.after.role]),
    [
      ['support', 'admin'],
      ['admin', 'support'],
    ],
  );
  assert.equal(updates[0].actor.id, owner.operatorId);
});

test('a magic link signs in once; signing out ends the session at once', async () => {
  const sent = await h.call('POST', '/v1/operator_sign_in_links', { key: '', body: { email: 'sam@example.com' } });
  assert.equal(sent.statusCode, 200, sent.body);
  const token = await linkToken('sam@example.com', 'operator_sign_in_link');
  const r = await h.call('POST', '/v1/operator_sessions/link', { key: '', body: { token } });
  assert.equal(r.statusCode, 200, r.body);
  problem(
    await h.call('POST', '/v1/operator_sessions/link', { key: '', body: { token } }),
    400,
    'operator_token_invalid',
  );
  const linked = sessionOf(r);
  const out = await h.call('DELETE', '/v1/operator_sessions/current', as(linked));
  assert.equal(out.statusCode, 200, out.body);
  problem(await h.call('GET', '/v1/customers', as(linked)), 401, 'session_invalid');
  assert.equal((await h.call('GET', '/v1/customers', as(support))).statusCode, 200, 'other sessions go on');
});

test('with TOTP enabled, signing in needs the authenticator code', async () => {
  const { TOTP } = await import('otpauth');
  const fresh = (await h.call('POST', '/v1/operators/me/totp', as(support))).json();
  const code = (secret: string) => new TOTP({ secret }).generate();
  problem(
    await h.call(
      'POST',
      '/v1/operators/me/totp/enable',
      as(support, { secret: fresh.secret, code: '000000' === code(fresh.secret) ? '111111' : '000000' }),
    ),
    400,
    'totp_invalid',
  );
  const enabled = await h.call(
    'POST',
    '/v1/operators/me/totp/enable',
    as(support, { secret: fresh.secret, code: code(fresh.secret) }),
  );
  assert.equal(enabled.json().totp_enabled, true, enabled.body);
  const body = { email: 'sam@example.com', password: 'support password 1' };
  problem(await h.call('POST', '/v1/operator_sessions', { key: '', body }), 401, 'totp_required');
  const r = await h.call('POST', '/v1/operator_sessions', {
    key: '',
    body: { ...body, totp_code: code(fresh.secret) },
  });
  assert.equal(r.statusCode, 200, r.body);
});

test('every /v1 route of the API has a resource in the permission table', async () => {
  const { resourceOfPath } = await import('../../src/modules/operators/index.ts');
  const spec = (await h.call('GET', '/openapi.json', { key: '' })).json();
  const unowned = Object.keys(spec.paths).filter(
    (path) =>
      path.startsWith('/v1/') &&
      !path.startsWith('/v1/operator_') &&
      !path.startsWith('/v1/operators/me') &&
      resourceOfPath(path) === undefined,
  );
  assert.deepEqual(unowned, []);
});

test('/docs shows the permission table the API enforces', async () => {
  const docs = (await h.call('GET', '/docs', { key: '' })).body;
  assert.match(docs, /<h2 id="permissions">/);
  assert.match(
    docs,
    /<tr><td><code>catalog<\/code><\/td>.*?<td>read, write<\/td><td>read, write<\/td><td>read, write<\/td><td>read<\/td>/,
  );
});
