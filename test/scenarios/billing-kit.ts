import assert from 'node:assert/strict';
import type { Harness } from '../helpers/harness.ts';

export const unix = (iso: string) => Date.parse(iso) / 1000;
export const isoDate = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

/** Scenario helpers over the HTTP API: every call must succeed unless the test checks the error itself. */
export function billingKit(h: Harness) {
  async function ok(method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown) {
    const res = await h.call(method, url, body === undefined ? {} : { body });
    assert.equal(res.statusCode, 200, `${method} ${url}: ${res.body}`);
    return res.json();
  }
  return {
    ok,
    async clock(iso: string) {
      return (await ok('POST', '/v1/test_clocks', { frozen_time: unix(iso) })).id as string;
    },
    async advance(clock: string, iso: string) {
      await ok('POST', `/v1/test_clocks/${clock}/advance`, { frozen_time: unix(iso) });
      await h.settle();
      const after = await ok('GET', `/v1/test_clocks/${clock}`);
      assert.equal(after.status, 'ready', JSON.stringify(after));
    },
    /** A customer on the clock with a card that always works (null for none, or another sandbox token). */
    async customer(clock: string, token: string | null = 'tok_visa') {
      const body = { name: 'Ana', email: 'ana@example.com', test_clock: clock };
      const id = (await ok('POST', '/v1/customers', body)).id as string;
      if (token) await ok('POST', '/v1/payment_methods', { customer: id, token });
      return id;
    },
    async price(body: Record<string, unknown>) {
      const product = await ok('POST', '/v1/products', { name: (body.nickname as string) ?? 'Plan' });
      return (await ok('POST', '/v1/prices', { product: product.id, currency: 'usd', ...body })).id as string;
    },
    monthly(unitAmount: number, extra: Record<string, unknown> = {}) {
      return this.price({ unit_amount: unitAmount, recurring: { interval: 'month' }, ...extra });
    },
    /** The customer's stored MRR movements in the window (a query string), oldest first, after due work ran. */
    async movements(customer: string, window: string) {
      await h.settle();
      const list = await ok('GET', `/v1/metrics/movements?${window}&limit=100`);
      return (list.data as any[]).filter((m) => m.customer === customer).reverse();
    },
    async invoices(subscription: string) {
      const list = await ok('GET', `/v1/invoices?subscription=${subscription}&limit=100`);
      return [...list.data].reverse() as any[];
    },
    async events(type: string) {
      return (await ok('GET', `/v1/events?type=${type}&limit=100`)).data as any[];
    },
  };
}
