import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { events } from '../../src/db/schema/index.ts';
import { FakeClock, toDate } from '../../src/kernel/clock.ts';
import { idTime, newId } from '../../src/kernel/ids.ts';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { eventually, type Receiver, type Responder, startReceiver, verifyAt } from '../helpers/webhook-receiver.ts';

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
  const { key, accountId } = await h.otherAccount();
  const call = async (method: 'GET' | 'POST', url: string, body?: unknown) => {
    const response = await h.call(method, url, { key, body });
    assert.ok(response.statusCode < 300, `${method} ${url}: ${response.body}`);
    return response.json();
  };
  return Object.assign(call, { accountId });
}

async function receiver(respond: Responder = () => 200) {
  const started = await startReceiver(respond, now);
  receivers.push(started);
  return started;
}

function assertAllVerify(rx: Receiver, secret: string) {
  for (const request of rx.received) assert.equal(verifyAt(secret, request, request.at).id, request.event.id);
}

test('every delivery verifies with the standardwebhooks library and carries the event as the API shows it', async () => {
  const call = await tenant();
  const rx = await receiver();
  const endpoint = await call('POST', '/v1/webhook_endpoints', { url: rx.url, enabled_events: ['*'] });
  assert.match(endpoint.secret, /^whsec_[A-Za-z0-9+/]{32}$/);
  await call('POST', '/v1/customers', { name: 'Ana Souza' });
  await call('POST', '/v1/products', { name: 'Gold' });
  await h.settle();

  assert.deepEqual(
    rx.received.map((r) => r.event.type),
    ['customer.created', 'product.created'],
  );
  for (const request of rx.received) {
    const verified = verifyAt(endpoint.secret, request, now());
    assert.deepEqual(verified, await call('GET', `/v1/events/${request.headers['webhook-id']}`));
    assert.equal(request.headers['webhook-timestamp'], String(nowUnix()));
    assert.equal(request.headers['content-type'], 'application/json');
  }
  const [first] = rx.received;
  const tampered = { ...first!, body: first!.body.replace('Ana Souza', 'Eve Souza') };
  assert.throws(() => verifyAt(endpoint.secret, tampered, now()), /No matching signature/);
  assert.throws(() => verifyAt(endpoint.secret, first!, now() + 6 * 60_000), /timestamp too old/);
  const stranger = `whsec_${randomBytes(24).toString('base64')}`;
  assert.throws(() => verifyAt(stranger, first!, now()), /No matching signature/);

  const log = await call('GET', `/v1/webhook_endpoints/${endpoint.id}/deliveries`);
  assert.deepEqual(
    log.data.map((d: any) => [d.event_type, d.status, d.attempt_count, d.last_status_code, d.next_retry_at]),
    [
      ['product.created', 'succeeded', 1, 200, null],
      ['customer.created', 'succeeded', 1, 200, null],
    ],
  );
});

test('a receiver answering 500 twice gets the event on the third try, after the backoff; the log shows all three', async () => {
  const call = await tenant();
  const rx = await receiver((_request, count) => (count <= 2 ? 500 : 200));
  const endpoint = await call('POST', '/v1/webhook_endpoints', { url: rx.url, enabled_events: ['customer.created'] });
  const deliveries = `/v1/webhook_endpoints/${endpoint.id}/deliveries`;
  await call('POST', '/v1/customers', { name: 'Bo' });
  await h.settle();
  assert.equal(rx.received.length, 1);
  const [delivery] = (await call('GET', deliveries)).data;
  assert.equal(delivery.status, 'pending');
  assert.equal(delivery.attempt_count, 1);
  assert.equal(delivery.last_status_code, 500);
  assert.equal(delivery.last_error, 'HTTP 500');
  assert.equal(delivery.next_retry_at, nowUnix() + 5 * 60);

  clock.advance({ minutes: 4 });
  await h.settle();
  assert.equal(rx.received.length, 1, 'not retried before the backoff');
  clock.advance({ minutes: 1 });
  await h.settle();
  assert.equal(rx.received.length, 2);
  assert.equal((await call('GET', `${deliveries}/${delivery.id}`)).next_retry_at, nowUnix() + 30 * 60);
  clock.advance({ minutes: 30 });
  await h.settle();
  assert.equal(rx.received.length, 3);

  const done = await call('GET', `${deliveries}/${delivery.id}`);
  assert.equal(done.status, 'succeeded');
  assert.equal(done.attempt_count, 3);
  assert.equal(done.next_retry_at, null);
  assert.deepEqual(
    done.attempts.map((a: any) => [a.status_code, a.manual]),
    [
      [500, false],
      [500, false],
      [200, false],
    ],
  );
  assert.ok(done.attempts.every((a: any) => Number.isInteger(a.duration_ms) && a.duration_ms >= 0));
  assert.deepEqual(new Set(rx.eventIds()), new Set([delivery.event]), 'every try carries the event id');
  assertAllVerify(rx, endpoint.secret);

  // A manual resend goes out at once, outside the schedule, and is logged as such.
  const resent = await call('POST', `${deliveries}/${delivery.id}/retry`);
  assert.equal(rx.received.length, 4);
  assert.equal(resent.attempt_count, 4);
  assert.deepEqual(resent.attempts.at(-1).manual, true);
});

test('one endpoint gets its events in order while another endpoint hangs', async () => {
  const call = await tenant();
  let answerSlow!: (status: number) => void;
  const hanging = new Promise<number>((resolve) => {
    answerSlow = resolve;
  });
  const fast = await receiver();
  const slow = await receiver((_request, count) => (count === 1 ? hanging : 200));
  const fastEndpoint = await call('POST', '/v1/webhook_endpoints', { url: fast.url, enabled_events: ['customer.*'] });
  const slowEndpoint = await call('POST', '/v1/webhook_endpoints', { url: slow.url, enabled_events: ['customer.*'] });
  for (const name of ['c1', 'c2', 'c3']) await call('POST', '/v1/customers', { name });

  const settling = h.settle();
  await eventually(() => fast.received.length === 3, 5000, 'the fast endpoint to get three events');
  assert.equal(slow.received.length, 1, 'the slow endpoint holds its first request');
  // Still hanging: a new event reaches the fast endpoint anyway.
  await call('POST', '/v1/customers', { name: 'c4' });
  await eventually(() => fast.received.length === 4, 5000, 'the fast endpoint to get the fourth event');
  assert.equal(slow.received.length, 1, 'later events wait behind the unanswered one');
  answerSlow(503);
  await settling;

  const created = (await call('GET', '/v1/events?type=customer.created')).data.map((e: any) => e.id).reverse();
  assert.equal(created.length, 4);
  assert.deepEqual(fast.eventIds(), created, 'in event order');
  assert.deepEqual(slow.eventIds(), [created[0]]);
  const slowLog = (await call('GET', `/v1/webhook_endpoints/${slowEndpoint.id}/deliveries`)).data.reverse();
  assert.deepEqual(
    slowLog.map((d: any) => [d.event, d.status, d.attempt_count, d.last_status_code]),
    [[created[0], 'pending', 1, 503], ...created.slice(1).map((id: string) => [id, 'pending', 0, null])],
  );

  clock.advance({ minutes: 5 });
  await h.settle();
  assert.deepEqual(slow.eventIds(), [created[0], ...created], 'the retry first, then the rest in order');
  assertAllVerify(fast, fastEndpoint.secret);
  assertAllVerify(slow, slowEndpoint.secret);
});

test('an endpoint failing for over 3 days is disabled with an event; a failed delivery can be resent', async () => {
  const call = await tenant();
  const dead = await receiver(() => 500);
  const watcher = await receiver();
  const endpoint = await call('POST', '/v1/webhook_endpoints', { url: dead.url, enabled_events: ['customer.*'] });
  const deliveries = `/v1/webhook_endpoints/${endpoint.id}/deliveries`;
  await call('POST', '/v1/webhook_endpoints', { url: watcher.url, enabled_events: ['webhook_endpoint.disabled'] });
  const started = nowUnix();
  await call('POST', '/v1/customers', { name: 'Cy' });
  await h.settle();
  for (let step = 0; step < 20; step++) {
    const [delivery] = (await call('GET', deliveries)).data;
    if (delivery.status !== 'pending') break;
    clock.advance({ seconds: delivery.next_retry_at - nowUnix() });
    await h.settle();
  }

  const [delivery] = (await call('GET', deliveries)).data;
  assert.equal(delivery.status, 'failed');
  assert.equal(delivery.attempt_count, 12);
  assert.equal(dead.received.length, 12);
  assert.equal(delivery.last_attempt_at - started, 77 * 3600 + 35 * 60, 'the last try a little after 3 days');
  assert.equal((await call('GET', `/v1/webhook_endpoints/${endpoint.id}`)).status, 'disabled');
  const disabled = (await call('GET', '/v1/events?type=webhook_endpoint.disabled')).data;
  assert.equal(disabled.length, 1);
  assert.equal(disabled[0].data.object.id, endpoint.id);
  assert.deepEqual(disabled[0].data.previous_attributes, { status: 'enabled' });
  assert.deepEqual(watcher.eventIds(), [disabled[0].id]);

  await call('POST', '/v1/customers', { name: 'Dee' });
  await h.settle();
  assert.equal(dead.received.length, 12, 'a disabled endpoint gets no new events');

  dead.respond = () => 200;
  const resent = await call('POST', `${deliveries}/${delivery.id}/retry`, {});
  assert.equal(resent.status, 'succeeded');
  assert.equal(resent.attempt_count, 13);
  assert.deepEqual(
    resent.attempts.slice(-2).map((a: any) => [a.status_code, a.manual]),
    [
      [500, false],
      [200, true],
    ],
  );
  assertAllVerify(dead, endpoint.secret);
});

test('an event that becomes visible after newer ones were fanned out is still delivered', async () => {
  const call = await tenant();
  const rx = await receiver();
  await call('POST', '/v1/webhook_endpoints', { url: rx.url, enabled_events: ['customer.created'] });
  await new Promise((resolve) => setTimeout(resolve, 50));
  await call('POST', '/v1/customers', { name: 'first' });
  await h.settle();
  // A transaction that wrote its event (id minted 20 ms before 'first') and committed only now.
  const [first] = (await call('GET', '/v1/events?type=customer.created')).data;
  const late = newId('evt', idTime(first.id) - 20);
  await h.ctx.db.insert(events).values({
    accountId: call.accountId,
    id: late,
    type: 'customer.created',
    data: { object: { id: 'cus_late', object: 'customer', name: 'late' } },
    created: toDate(clock.now()),
  });
  await h.settle();
  assert.deepEqual(rx.eventIds(), [first.id, late]);
});
