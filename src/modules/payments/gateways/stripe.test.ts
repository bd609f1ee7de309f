import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import Stripe from 'stripe';
import {
  FAKE_CUSTOMER,
  type RecordedRequest,
  type StripeFake,
  startStripeFake,
} from '../../../../test/helpers/stripe-fake.ts';
import { gatewayFor, registerStripeGateway } from './index.ts';
import type { ChargeRequest, ChargeResult, Gateway } from './port.ts';
import { stripeGateway, stripeToken } from './stripe.ts';

const SECRET_KEY = 'sk_test_tenure000000000000000000';
let fake: StripeFake;
let gateway: Gateway;

before(async () => {
  fake = await startStripeFake();
  gateway = stripeGateway({ secretKey: SECRET_KEY, host: fake.host, port: fake.port, protocol: fake.protocol });
});
after(() => fake.close());

let keys = 0;
function chargeRequest(paymentMethod: string, overrides: Partial<ChargeRequest> = {}): ChargeRequest {
  return {
    idempotencyKey: `pay_attempt_${++keys}`,
    amount: 2990,
    currency: 'BRL',
    token: stripeToken(FAKE_CUSTOMER, paymentMethod),
    customer: 'cus_tenure0001',
    description: 'Invoice TEN-0001',
    priorAttempts: 0,
    metadata: { invoice: 'in_0001', attempt: 'att_0001' },
    ...overrides,
  };
}

/** Runs `call` and returns what it resolved to and the requests the SDK sent meanwhile. */
async function sent<T>(call: () => Promise<T>): Promise<{ result: T; requests: RecordedRequest[] }> {
  const from = fake.requests.length;
  const result = await call();
  return { result, requests: fake.requests.slice(from) };
}

const PI = /^pi_Fake\d{4}$/;

test('charge: one confirmed off-session PaymentIntent, keyed by the port idempotency key', async () => {
  const request = chargeRequest('pm_card_visa');
  const { requests } = await sent(() => gateway.charge(request));
  assert.equal(requests.length, 1);
  const [sentRequest] = requests;
  assert.equal(sentRequest!.method, 'POST');
  assert.equal(sentRequest!.path, '/v1/payment_intents');
  assert.deepEqual(sentRequest!.body, {
    amount: '2990',
    currency: 'brl',
    customer: FAKE_CUSTOMER,
    payment_method: 'pm_card_visa',
    confirm: 'true',
    off_session: 'true',
    'automatic_payment_methods[enabled]': 'true',
    'automatic_payment_methods[allow_redirects]': 'never',
    description: 'Invoice TEN-0001',
    'metadata[invoice]': 'in_0001',
    'metadata[attempt]': 'att_0001',
  });
  assert.equal(sentRequest!.headers['idempotency-key'], request.idempotencyKey);
  assert.equal(sentRequest!.headers.authorization, `Bearer ${SECRET_KEY}`);
  assert.equal(sentRequest!.headers['content-type'], 'application/x-www-form-urlencoded');
  assert.equal(sentRequest!.headers['stripe-version'], Stripe.API_VERSION);
});

test('charge: outcomes map to the port, declines as values', async () => {
  const cases: Array<[string, string, Omit<ChargeResult, 'gatewayId'>]> = [
    ['succeeded', 'pm_card_visa', { status: 'succeeded', declineCode: null, message: null }],
    ['SEPA debit still processing', 'pm_sepa_debit', { status: 'processing', declineCode: null, message: null }],
    ['boleto waiting for its voucher', 'pm_boleto', { status: 'processing', declineCode: null, message: null }],
    [
      'declined: insufficient funds',
      'pm_card_chargeDeclinedInsufficientFunds',
      { status: 'failed', declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
    ],
    [
      'declined: expired card',
      'pm_card_chargeDeclinedExpiredCard',
      { status: 'failed', declineCode: 'expired_card', message: 'Your card has expired.' },
    ],
    [
      'declined with a code and no decline_code',
      'pm_card_chargeDeclinedProcessingError',
      {
        status: 'failed',
        declineCode: 'processing_error',
        message: 'An error occurred while processing your card. Try again in a little bit.',
      },
    ],
    [
      '3-D Secure needed, nobody there',
      'pm_card_authenticationRequired',
      {
        status: 'failed',
        declineCode: 'authentication_required',
        message: 'The payment requires the customer to authenticate.',
      },
    ],
  ];
  for (const [name, paymentMethod, expected] of cases) {
    const { gatewayId, ...result } = await gateway.charge(chargeRequest(paymentMethod));
    assert.deepEqual(result, expected, name);
    assert.match(gatewayId, PI, `${name}: the intent id, also for a decline`);
  }
});

test('charge: a retry with the same key sends the same Idempotency-Key and gets the first answer', async () => {
  for (const paymentMethod of ['pm_card_visa', 'pm_card_chargeDeclinedInsufficientFunds']) {
    const request = chargeRequest(paymentMethod);
    const { result, requests } = await sent(async () => [await gateway.charge(request), await gateway.charge(request)]);
    assert.deepEqual(result[1], result[0], paymentMethod);
    assert.deepEqual(
      requests.map((r) => r.headers['idempotency-key']),
      [request.idempotencyKey, request.idempotencyKey],
    );
    assert.deepEqual(requests[1]!.body, requests[0]!.body);
    // Telemetry is off: no latency report rides along on the second call.
    assert.equal(requests[1]!.headers['x-stripe-client-telemetry'], undefined);
  }
});

test("charge: the SDK's own retry after a 500 reuses the key", async () => {
  const request = chargeRequest('pm_card_visa');
  fake.failNext({ status: 500, body: { error: { type: 'api_error', message: 'Something went wrong.' } } });
  const { result, requests } = await sent(() => gateway.charge(request));
  assert.equal(result.status, 'succeeded');
  assert.deepEqual(
    requests.map((r) => [r.path, r.headers['idempotency-key']]),
    [
      ['/v1/payment_intents', request.idempotencyKey],
      ['/v1/payment_intents', request.idempotencyKey],
    ],
  );
});

test('charge: network, 5xx and other API errors are thrown for the caller to retry', async () => {
  const noRetries = stripeGateway({
    secretKey: SECRET_KEY,
    host: fake.host,
    port: fake.port,
    protocol: 'http',
    maxNetworkRetries: 0,
  });
  const replies: Array<[number, string, new (...args: any[]) => Error]> = [
    [500, 'api_error', Stripe.errors.StripeAPIError],
    [401, 'invalid_request_error', Stripe.errors.StripeAuthenticationError],
    [429, 'invalid_request_error', Stripe.errors.StripeRateLimitError],
  ];
  for (const [status, type, errorClass] of replies) {
    fake.failNext({ status, body: { error: { type, message: `answered ${status}` } } });
    await assert.rejects(noRetries.charge(chargeRequest('pm_card_visa')), errorClass, String(status));
  }
  // Nothing listens on a port just released: the connection is refused.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const unreachable = stripeGateway({
    secretKey: SECRET_KEY,
    host: '127.0.0.1',
    port,
    protocol: 'http',
    maxNetworkRetries: 0,
  });
  await assert.rejects(unreachable.charge(chargeRequest('pm_card_visa')), Stripe.errors.StripeConnectionError);
});

test("charge: amounts follow Stripe's currency special cases", async () => {
  const cases: Array<[string, number, string]> = [
    ['BRL', 2990, '2990'],
    ['JPY', 500, '500'],
    ['ISK', 1500, '150000'], // ISO: no minor unit; Stripe: two decimals
    ['KWD', 5120, '5120'],
  ];
  for (const [currency, amount, expected] of cases) {
    const { requests } = await sent(() => gateway.charge(chargeRequest('pm_card_visa', { currency, amount })));
    assert.equal(requests[0]!.body.amount, expected, currency);
    assert.equal(requests[0]!.body.currency, currency.toLowerCase());
  }
  const { requests } = await sent(() =>
    assert.rejects(gateway.charge(chargeRequest('pm_card_visa', { currency: 'KWD', amount: 5124 })), {
      code: 'amount_not_supported_by_gateway',
    }),
  );
  assert.equal(requests.length, 0, 'refused before any request');
});

test('tokens other than cus_…|pm_… are refused before any request', async () => {
  const tokens = ['pm_card_visa', 'cus_A', 'cus_A|', '|pm_card_visa', 'cus_A|pm_b|pm_c', 'tok_visa', 'cus_A pm_b'];
  for (const token of tokens) {
    const { requests } = await sent(async () => {
      await assert.rejects(gateway.charge(chargeRequest('x', { token })), { code: 'invalid_gateway_token' }, token);
      await assert.rejects(gateway.describe(token), { code: 'invalid_gateway_token' }, token);
    });
    assert.equal(requests.length, 0, token);
  }
});

test('refund: POST /v1/refunds for the intent, keyed, status mapped', async () => {
  const cases: Array<[string, 'succeeded' | 'pending']> = [
    ['pm_card_visa', 'succeeded'],
    ['pm_sepa_debit', 'pending'], // a debit's refund waits for the bank
  ];
  for (const [paymentMethod, status] of cases) {
    const charged = await gateway.charge(chargeRequest(paymentMethod));
    const request = {
      idempotencyKey: `re_key_${paymentMethod}`,
      gatewayPaymentId: charged.gatewayId,
      amount: 1000,
      currency: 'BRL',
    };
    const { result, requests } = await sent(() => gateway.refund(request));
    assert.equal(result.status, status, paymentMethod);
    assert.match(result.gatewayId, /^re_Fake\d{4}$/);
    assert.equal(result.message, null);
    assert.equal(requests.length, 1);
    assert.equal(requests[0]!.path, '/v1/refunds');
    assert.deepEqual(requests[0]!.body, { payment_intent: charged.gatewayId, amount: '1000' });
    assert.equal(requests[0]!.headers['idempotency-key'], request.idempotencyKey);
  }
  const unknown = { idempotencyKey: 're_key_unknown', gatewayPaymentId: 'pi_Missing', amount: 1, currency: 'BRL' };
  await assert.rejects(gateway.refund(unknown), Stripe.errors.StripeInvalidRequestError);
});

test('describe: the PaymentMethod as Stripe reports it', async () => {
  const cases: Array<[string, Awaited<ReturnType<Gateway['describe']>>]> = [
    ['pm_card_visa', { type: 'card', brand: 'visa', last4: '4242', expMonth: 12, expYear: 2034 }],
    ['pm_card_chargeDeclinedExpiredCard', { type: 'card', brand: 'visa', last4: '0069', expMonth: 1, expYear: 2024 }],
    ['pm_sepa_debit', { type: 'sepa_debit', brand: null, last4: '3000', expMonth: null, expYear: null }],
    ['pm_boleto', { type: 'boleto', brand: null, last4: null, expMonth: null, expYear: null }],
  ];
  for (const [paymentMethod, expected] of cases) {
    const { result, requests } = await sent(() => gateway.describe(stripeToken(FAKE_CUSTOMER, paymentMethod)));
    assert.deepEqual(result, expected, paymentMethod);
    assert.deepEqual(
      requests.map((r) => [r.method, r.path, r.headers.authorization]),
      [['GET', `/v1/payment_methods/${paymentMethod}`, `Bearer ${SECRET_KEY}`]],
    );
  }
  const refused: Array<[string, string]> = [
    [stripeToken('cus_SomeoneElse', 'pm_card_visa'), 'gateway_token_mismatch'],
    [stripeToken(FAKE_CUSTOMER, 'pm_unknown'), 'gateway_token_rejected'],
  ];
  for (const [token, code] of refused) await assert.rejects(gateway.describe(token), { code, param: 'token' }, token);
});

test('registerStripeGateway registers the adapter by name only when asked', async () => {
  assert.equal(gatewayFor('stripe'), undefined);
  const registered = await registerStripeGateway({
    secretKey: SECRET_KEY,
    host: fake.host,
    port: fake.port,
    protocol: 'http',
  });
  assert.equal(gatewayFor('stripe'), registered);
  assert.equal(registered.name, 'stripe');
  assert.equal((await registered.charge(chargeRequest('pm_card_visa'))).status, 'succeeded');
});
