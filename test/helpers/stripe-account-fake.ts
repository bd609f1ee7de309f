/**
 * A local HTTP fake of a whole Stripe account for `tenure import stripe`: the list endpoints the importer reads
 * (cursor pagination as Stripe does it), a payment method's retrieval (the gateway's check of a token), and
 * PaymentIntents that succeed (renewals after the switch charge through the `stripe` gateway).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FixtureAccount = {
  products: { id: string }[];
  prices: { id: string }[];
  coupons: { id: string }[];
  promotionCodes: { id: string }[];
  customers: { id: string }[];
  /** Payment methods by id; each names its `customer`. */
  paymentMethods: { id: string; customer: string }[];
  subscriptions: { id: string }[];
};

export type StripeAccountFake = {
  host: string;
  port: number;
  protocol: 'http';
  /** How many requests each path pattern got, e.g. 'GET /v1/customers'. */
  hits: Map<string, number>;
  intents: { amount: number; currency: string; customer: string; payment_method: string }[];
  close(): Promise<void>;
};

function page<T extends { id: string }>(items: T[], url: URL, path: string) {
  const limit = Math.min(Number(url.searchParams.get('limit') ?? 10), 100);
  const after = url.searchParams.get('starting_after');
  const from = after ? items.findIndex((item) => item.id === after) + 1 : 0;
  const data = items.slice(from, from + limit);
  return { object: 'list', data, has_more: from + limit < items.length, url: path };
}

export async function startStripeAccountFake(account: FixtureAccount): Promise<StripeAccountFake> {
  const lists: Record<string, { id: string }[]> = {
    '/v1/products': account.products,
    '/v1/prices': account.prices,
    '/v1/coupons': account.coupons,
    '/v1/promotion_codes': account.promotionCodes,
    '/v1/customers': account.customers,
    '/v1/subscriptions': account.subscriptions,
  };
  const methods = new Map(account.paymentMethods.map((m) => [m.id, m]));
  const byCustomer = Map.groupBy(account.paymentMethods, (m) => m.customer);
  const fake: StripeAccountFake = {
    host: '127.0.0.1',
    port: 0,
    protocol: 'http',
    hits: new Map(),
    intents: [],
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname;
    const key = `${req.method} ${path.replace(/\/(cus|pm)_[^/]+/g, '/:id')}`;
    fake.hits.set(key, (fake.hits.get(key) ?? 0) + 1);
    const send = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_fake' }).end(JSON.stringify(body));
    const missing = (id: string) =>
      send(404, {
        error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such object: '${id}'` },
      });
    if (req.method === 'GET' && lists[path]) return send(200, page(lists[path]!, url, path));
    const customerMethods = /^\/v1\/customers\/([^/]+)\/payment_methods$/.exec(path);
    if (req.method === 'GET' && customerMethods) {
      return send(200, page(byCustomer.get(customerMethods[1]!) ?? [], url, path));
    }
    const method = /^\/v1\/payment_methods\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && method) {
      const found = methods.get(method[1]!);
      return found ? send(200, found) : missing(method[1]!);
    }
    if (req.method === 'POST' && path === '/v1/payment_intents') {
      const body = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString()));
      const intent = {
        amount: Number(body.amount),
        currency: body.currency!,
        customer: body.customer!,
        payment_method: body.payment_method!,
      };
      fake.intents.push(intent);
      const id = `pi_${fake.intents.length}`;
      return send(200, {
        id,
        object: 'payment_intent',
        ...intent,
        amount_received: intent.amount,
        status: 'succeeded',
        latest_charge: `ch_${fake.intents.length}`,
        last_payment_error: null,
        next_action: null,
        metadata: {},
      });
    }
    send(404, {
      error: { type: 'invalid_request_error', message: `Unrecognized request URL (${req.method}: ${path})` },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.port = (server.address() as AddressInfo).port;
  return fake;
}
