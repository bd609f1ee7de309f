/**
 * A local HTTP fake of the three Stripe endpoints the stripe adapter calls, so its tests run the real SDK end to end
 * without reaching the internet. It records every request as the SDK sent it and answers with Stripe-shaped JSON.
 *
 * Payment methods behave like Stripe's test fixtures: pm_card_visa succeeds, pm_card_chargeDeclined* decline with
 * HTTP 402, pm_card_authenticationRequired needs 3-D Secure, pm_sepa_debit stays `processing`, pm_boleto waits for
 * its voucher. Like Stripe, a POST replays its first answer under the same Idempotency-Key and refuses other params.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RecordedRequest = {
  method: string;
  path: string;
  /** The form body, decoded flat as Stripe reads it: { amount: '2990', 'metadata[invoice]': 'in_1' }. */
  body: Record<string, string>;
  /** Lower-case names: authorization, idempotency-key, stripe-version, … */
  headers: Record<string, string>;
};

export type FakeReply = { status: number; body: unknown; headers?: Record<string, string> };

export type StripeFake = {
  host: string;
  port: number;
  protocol: 'http';
  requests: RecordedRequest[];
  /** Answers the next `times` requests with this reply instead (a 500, say, to make the SDK retry). */
  failNext(reply: FakeReply, times?: number): void;
  close(): Promise<void>;
};

export const FAKE_CUSTOMER = 'cus_FakeCustomer1';
const CREATED = 1_767_225_600; // 2026-01-01, fixed so answers are reproducible

type Method = { type: string; details: Record<string, unknown> };
const card = (last4: string, exp_month = 12, exp_year = 2034): Method => ({
  type: 'card',
  details: { brand: 'visa', last4, exp_month, exp_year, funding: 'credit', country: 'US', display_brand: 'visa' },
});
const METHODS: Record<string, Method> = {
  pm_card_visa: card('4242'),
  pm_card_chargeDeclinedInsufficientFunds: card('9995'),
  pm_card_chargeDeclinedExpiredCard: card('0069', 1, 2024),
  pm_card_chargeDeclinedProcessingError: card('0119'),
  pm_card_authenticationRequired: card('3184'),
  pm_sepa_debit: { type: 'sepa_debit', details: { last4: '3000', country: 'DE', bank_code: '37040044' } },
  pm_boleto: { type: 'boleto', details: { tax_id: '00000000000' } },
};

// Card declines as Stripe's test cards produce them: `code`, and `decline_code` where the issuer gave one.
const DECLINES: Record<string, { code: string; decline_code?: string; message: string }> = {
  pm_card_chargeDeclinedInsufficientFunds: {
    code: 'card_declined',
    decline_code: 'insufficient_funds',
    message: 'Your card has insufficient funds.',
  },
  pm_card_chargeDeclinedExpiredCard: {
    code: 'expired_card',
    decline_code: 'expired_card',
    message: 'Your card has expired.',
  },
  pm_card_chargeDeclinedProcessingError: {
    code: 'processing_error',
    message: 'An error occurred while processing your card. Try again in a little bit.',
  },
};

function paymentMethod(id: string, method: Method) {
  return {
    id,
    object: 'payment_method',
    type: method.type,
    [method.type]: method.details,
    customer: FAKE_CUSTOMER,
    billing_details: { address: null, email: null, name: null, phone: null },
    created: CREATED,
    livemode: false,
    metadata: {},
  };
}

function paymentIntent(id: string, body: Record<string, string>, status: string, extra: Record<string, unknown> = {}) {
  const metadata = Object.fromEntries(
    Object.entries(body)
      .filter(([k]) => k.startsWith('metadata['))
      .map(([k, v]) => [k.slice(9, -1), v]),
  );
  return {
    id,
    object: 'payment_intent',
    amount: Number(body.amount),
    amount_received: status === 'succeeded' ? Number(body.amount) : 0,
    capture_method: 'automatic_async',
    confirmation_method: 'automatic',
    created: CREATED,
    currency: body.currency,
    customer: body.customer ?? null,
    description: body.description ?? null,
    last_payment_error: null,
    latest_charge: status === 'succeeded' ? `ch_${id.slice(3)}` : null,
    livemode: false,
    metadata,
    next_action: null,
    payment_method: body.payment_method ?? null,
    payment_method_types: [METHODS[body.payment_method ?? '']?.type ?? 'card'],
    status,
    ...extra,
  };
}

const stripeError = (status: number, error: Record<string, unknown>): FakeReply => ({ status, body: { error } });
const missing = (param: string, id: string) =>
  stripeError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    param,
    message: `No such ${param}: '${id}'`,
  });

type State = { intents: Map<string, ReturnType<typeof paymentIntent>>; refunds: number };

function createIntent(state: State, body: Record<string, string>): FakeReply {
  const id = `pi_Fake${String(state.intents.size + 1).padStart(4, '0')}`;
  const pm = body.payment_method ?? '';
  const method = METHODS[pm];
  if (!method) return missing('payment_method', pm);
  const decline = DECLINES[pm];
  if (decline) {
    const error = { ...decline, type: 'card_error', charge: `ch_${id.slice(3)}` };
    const intent = paymentIntent(id, body, 'requires_payment_method', { last_payment_error: error });
    state.intents.set(id, intent);
    return stripeError(402, { ...error, payment_intent: intent, payment_method: paymentMethod(pm, method) });
  }
  let intent: ReturnType<typeof paymentIntent>;
  if (pm === 'pm_card_authenticationRequired') {
    intent = paymentIntent(id, body, 'requires_action', {
      next_action: { type: 'use_stripe_sdk', use_stripe_sdk: {} },
    });
  } else if (pm === 'pm_boleto') {
    const boleto = { number: '0000', expires_at: CREATED + 3 * 86_400, hosted_voucher_url: 'https://example.test/v' };
    intent = paymentIntent(id, body, 'requires_action', {
      next_action: { type: 'boleto_display_details', boleto_display_details: boleto },
    });
  } else intent = paymentIntent(id, body, pm === 'pm_sepa_debit' ? 'processing' : 'succeeded');
  state.intents.set(id, intent);
  return { status: 200, body: intent };
}

function createRefund(state: State, body: Record<string, string>): FakeReply {
  const intent = state.intents.get(body.payment_intent ?? '');
  if (!intent) return missing('payment_intent', body.payment_intent ?? '');
  state.refunds += 1;
  return {
    status: 200,
    body: {
      id: `re_Fake${String(state.refunds).padStart(4, '0')}`,
      object: 'refund',
      amount: body.amount ? Number(body.amount) : intent.amount,
      charge: intent.latest_charge,
      created: CREATED,
      currency: intent.currency,
      metadata: {},
      payment_intent: intent.id,
      reason: null,
      // Card refunds succeed at once; a debit's refund waits for the bank.
      status: intent.status === 'processing' ? 'pending' : 'succeeded',
    },
  };
}

function route(state: State, req: IncomingMessage, path: string, body: Record<string, string>): FakeReply {
  if (req.method === 'POST' && path === '/v1/payment_intents') return createIntent(state, body);
  if (req.method === 'POST' && path === '/v1/refunds') return createRefund(state, body);
  const pm = /^\/v1\/payment_methods\/([^/]+)$/.exec(path);
  if (req.method === 'GET' && pm) {
    const id = decodeURIComponent(pm[1]!);
    const method = METHODS[id];
    return method ? { status: 200, body: paymentMethod(id, method) } : missing('payment_method', id);
  }
  return stripeError(404, {
    type: 'invalid_request_error',
    message: `Unrecognized request URL (${req.method}: ${path})`,
  });
}

/** Starts the fake on a free local port; point the adapter at it with { host, port, protocol }. */
export async function startStripeFake(): Promise<StripeFake> {
  const state: State = { intents: new Map(), refunds: 0 };
  const replays = new Map<string, { body: string; reply: FakeReply }>();
  const failures: FakeReply[] = [];
  let served = 0;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString();
    const url = new URL(req.url ?? '/', 'http://fake');
    const body = Object.fromEntries(new URLSearchParams(raw));
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
    fake.requests.push({ method: req.method ?? '', path: url.pathname, body, headers });
    served += 1;
    const key = headers['idempotency-key'];
    const seen = key ? replays.get(key) : undefined;
    let reply: FakeReply;
    let replayed = false;
    if (failures.length > 0) reply = failures.shift()!;
    else if (seen && seen.body !== raw) {
      reply = stripeError(400, {
        type: 'idempotency_error',
        message: `Keys for idempotent requests can only be used with the same parameters they were first used with.`,
      });
    } else if (seen) {
      reply = seen.reply;
      replayed = true;
    } else {
      reply = route(state, req, url.pathname, body);
      // Stripe stores what the API executed, declines included; 5xx and unknown routes are not stored.
      if (key && req.method === 'POST' && reply.status < 500) replays.set(key, { body: raw, reply });
    }
    res.writeHead(reply.status, {
      'content-type': 'application/json',
      'request-id': `req_Fake${String(served).padStart(4, '0')}`,
      ...(key ? { 'idempotency-key': key } : {}),
      ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
      ...reply.headers,
    });
    res.end(JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const fake: StripeFake = {
    host: '127.0.0.1',
    port: (server.address() as AddressInfo).port,
    protocol: 'http',
    requests: [],
    failNext: (reply, times = 1) => {
      for (let i = 0; i < times; i++) failures.push(reply);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  return fake;
}
