import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLogger } from '../../src/server/logger.ts';
import { startHarness } from '../helpers/harness.ts';
import { startReceiver } from '../helpers/webhook-receiver.ts';

test('a whole scenario logged at debug level by the real logger: no secret appears in any line', async () => {
  const lines: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void lines.push(line) });
  const h = await startHarness({ logger });
  const rx = await startReceiver(
    () => 500,
    () => Date.now(),
  );
  const secrets: string[] = [h.key];
  try {
    const customer = (
      await h.call('POST', '/v1/customers', {
        body: { name: 'Ana Souza', email: 'ana@example.com', metadata: { password: 'hunter2-correct-horse' } },
      })
    ).json();
    secrets.push('hunter2-correct-horse');
    // Card numbers sent where a token belongs, in the body and in a query string, in several spellings.
    const cards = ['4242424242424242', '4000 0566 5566 5556', '5555-5555-5555-4444', '378282246310005'];
    secrets.push(...cards);
    for (const card of cards) {
      const body = { customer: customer.id, token: card };
      assert.equal((await h.call('POST', '/v1/payment_methods', { body })).json().code, 'raw_card_number');
    }
    await h.call('GET', `/v1/customers?email=${encodeURIComponent(cards[0]!)}`);
    // A webhook endpoint: its secret, and failing deliveries that the worker logs nothing secret about.
    const endpoint = (
      await h.call('POST', '/v1/webhook_endpoints', { body: { url: rx.url, enabled_events: ['*'] } })
    ).json();
    secrets.push(endpoint.secret);
    const rotated = (await h.call('POST', `/v1/webhook_endpoints/${endpoint.id}/rotate_secret`, { body: {} })).json();
    secrets.push(rotated.secret);
    await h.call('POST', '/v1/customers', { body: { name: 'Bo' } });
    await h.settle();
    // Failed authentications, a key in a query string, and the tokens of the key-less pages.
    const wrongKey = 'sk_wrong_but_still_secret_0123456789';
    secrets.push(wrongKey);
    assert.equal((await h.call('GET', '/v1/customers', { key: wrongKey })).statusCode, 401);
    await h.call('GET', `/v1/customers?api_key=${h.key}`);
    const payToken = 'payLinkToken_5e3cr3t_Zq9';
    const unsubscribeToken = 'acct_x.cus_y.dW5zdWJzY3JpYmVzZWNyZXQ';
    secrets.push(payToken, unsubscribeToken);
    await h.call('GET', `/pay/${payToken}`, { key: '' });
    await h.app.inject({ method: 'GET', url: `/pay/${payToken}/payment_method` }); // an HTML page
    await h.call('POST', `/unsubscribe/${unsubscribeToken}`, { key: '' });
    // Code that logs carelessly (a whole header set, a secret in a message, an error carrying a URL password).
    h.app.log.warn({ headers: { authorization: `Bearer ${h.key}` } }, `retrying with ${endpoint.secret}`);
    h.app.log.error({ err: new Error('connect smtp://mailer:mail-pass-9f8e7d@smtp.example.com failed') }, 'mail');
    h.app.log.info({ smtp_password: 'mail-pass-9f8e7d', card: Number(cards[0]) }, `card ${cards[1]} declined`);
    secrets.push('mail-pass-9f8e7d');
  } finally {
    await rx.close();
    await h.close();
  }
  const text = lines.join('');
  assert.ok(lines.length >= 30, `the scenario was logged (${lines.length} lines)`);
  assert.match(text, /incoming request/);
  for (const line of lines) JSON.parse(line); // still valid JSON lines
  for (const secret of secrets) {
    const found = lines.find((line) => line.includes(secret));
    assert.equal(found, undefined, `${secret} was logged`);
  }
  // Digits of a card number may not reappear in any other spelling either.
  assert.doesNotMatch(text.replace(/[ -]/g, ''), /4242424242424242|4000056655665556|5555555555554444/);
  assert.ok((text.match(/\[REDACTED\]/g) ?? []).length >= 10, 'the secrets were there, and were replaced');
});
