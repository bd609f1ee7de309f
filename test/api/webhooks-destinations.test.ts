import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';
import { type Receiver, startReceiver } from '../helpers/webhook-receiver.ts';

let h: Harness;
let rx: Receiver;
before(async () => {
  h = await startHarness();
  rx = await startReceiver(
    () => 200,
    () => Date.now(),
  );
});
after(async () => {
  await rx.close();
  await h.close();
});

const create = (url: string) => h.call('POST', '/v1/webhook_endpoints', { body: { url, enabled_events: ['*'] } });

/** The harness allows private URLs (its receivers are local); these tests run with production's refusal. */
function refusingPrivateUrls<T>(work: () => Promise<T>): Promise<T> {
  h.ctx.allowPrivateWebhookUrls = false;
  return work().finally(() => {
    h.ctx.allowPrivateWebhookUrls = true;
  });
}

test('URLs that are or resolve to loopback, private, link-local or special-use addresses are refused, naming url', () =>
  refusingPrivateUrls(async () => {
    const refused = [
      'http://127.0.0.1:8080/hooks',
      'http://[::1]/hooks',
      'http://localhost/hooks', // resolves (/etc/hosts) to loopback
      'http://10.0.0.5/hooks',
      'http://192.168.1.1/hooks',
      'http://172.16.0.1/hooks',
      'http://169.254.169.254/latest/meta-data/',
      'http://0.0.0.0/hooks',
      'http://100.64.0.1/hooks',
      'http://[fd00::1]/hooks',
      'http://[fe80::1]/hooks',
      'http://[::ffff:127.0.0.1]/hooks',
      'http://2130706433/hooks', // 127.0.0.1 spelt as a number
    ];
    for (const url of refused) {
      const body = problem(await create(url), 400, 'webhook_url_forbidden');
      assert.equal(body.param, 'url', url);
    }
    // Public addresses, and names that do not resolve here (checked again at each delivery), are accepted.
    for (const url of ['https://8.8.8.8/hooks', 'https://[2606:4700::1111]/hooks', 'https://hooks.invalid/x']) {
      assert.equal((await create(url)).statusCode, 200, url);
    }
    const endpoint = (await create('https://8.8.8.8/hooks')).json();
    const moved = await h.call('POST', `/v1/webhook_endpoints/${endpoint.id}`, { body: { url: 'http://10.1.1.1/' } });
    assert.equal(problem(moved, 400, 'webhook_url_forbidden').param, 'url');
    const described = await h.call('POST', `/v1/webhook_endpoints/${endpoint.id}`, { body: { description: 'x' } });
    assert.equal(described.statusCode, 200, 'an update without url does not check it');
  }));

test('the allowance lets local URLs through (tests, local development)', async () => {
  assert.equal((await create('http://127.0.0.1:9/hooks')).statusCode, 200);
});

test('at delivery time the host is checked again: a private destination is a failed attempt and no request', async () => {
  const { key } = await h.otherAccount();
  const endpoint = (
    await h.call('POST', '/v1/webhook_endpoints', { key, body: { url: rx.url, enabled_events: ['customer.created'] } })
  ).json();
  await h.call('POST', '/v1/customers', { key, body: { name: 'Ana' } });
  await refusingPrivateUrls(() => h.settle());
  assert.equal(rx.received.length, 0, 'nothing was sent');
  const [delivery] = (await h.call('GET', `/v1/webhook_endpoints/${endpoint.id}/deliveries`, { key })).json().data;
  assert.equal(delivery.status, 'pending');
  assert.equal(delivery.attempt_count, 1);
  assert.match(delivery.last_error, /^Refused: 127\.0\.0\.1 is a loopback address/);
  // With the allowance, the retry goes through.
  await h.call('POST', `/v1/webhook_endpoints/${endpoint.id}/deliveries/${delivery.id}/retry`, { key });
  assert.equal(rx.received.length, 1);
});
