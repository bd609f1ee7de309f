import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Harness, startHarness } from '../helpers/harness.ts';

let h: Harness;
let other: { accountId: string; key: string };
const owned: Record<string, string> = {};

before(async () => {
  h = await startHarness();
  other = await h.otherAccount();
  const post = async (url: string, body: unknown) => {
    const r = await h.call('POST', url, { body });
    assert.equal(r.statusCode, 200, r.body);
    return r.json().id as string;
  };
  owned.test_clocks = await post('/v1/test_clocks', { frozen_time: 1735689600 });
  owned.customers = await post('/v1/customers', {
    name: 'A-only',
    email: 'a-only@example.com',
    test_clock: owned.test_clocks,
  });
  owned.customer_imports = await post('/v1/customer_imports', {
    csv: 'name,email\nA imported,a-import@example.com\n',
    dry_run: true,
  });
  owned.products = await post('/v1/products', { name: 'A product' });
  owned.prices = await post('/v1/prices', { product: owned.products, currency: 'eur', unit_amount: 500 });
  owned.coupons = await post('/v1/coupons', { percent_off: 10 });
  owned.promotion_codes = await post('/v1/promotion_codes', { coupon: owned.coupons, code: 'AONLY10' });
  owned.tax_rates = await post('/v1/tax_rates', { display_name: 'VAT', percentage: 21, inclusive: true });
  const monthly = await post('/v1/prices', {
    product: owned.products,
    currency: 'eur',
    unit_amount: 900,
    recurring: { interval: 'month' },
  });
  owned.payment_methods = await post('/v1/payment_methods', { customer: owned.customers, token: 'tok_visa' });
  const sub = (
    await h.call('POST', '/v1/subscriptions', { body: { customer: owned.customers, items: [{ price: monthly }] } })
  ).json();
  owned.subscriptions = sub.id;
  owned.subscription_items = sub.items.data[0].id;
  owned.invoices = sub.latest_invoice;
  owned.subscription_schedules = await post('/v1/subscription_schedules', {
    customer: owned.customers,
    phases: [{ items: [{ price: monthly }], iterations: 2 }, { items: [{ price: monthly, quantity: 2 }] }],
  });
  // Collection runs in the clock's time: a short advance makes the first charge attempt.
  await post(`/v1/test_clocks/${owned.test_clocks}/advance`, { frozen_time: 1735689600 + 60 });
  await h.settle();
  owned.payments = (await h.call('GET', `/v1/payments?invoice=${owned.invoices}`)).json().data[0].id;
  owned.credit_notes = await post('/v1/credit_notes', { invoice: owned.invoices, amount: 100 });
  owned.refunds = await post('/v1/refunds', { payment: owned.payments, amount: 50 });
  owned.events = (await h.call('GET', '/v1/events?limit=1')).json().data[0].id;
  owned.messages = (await h.call('GET', '/v1/messages?limit=1')).json().data[0].id;
  owned.stream_categories = await post('/v1/stream_categories', { kind: 'live', name: 'A news' });
  owned.streams = await post('/v1/streams', { kind: 'live', name: 'A1', origin_url: 'http://a.invalid/1' });
  owned.series = await post('/v1/series', { name: 'A show' });
  owned.bouquets = await post('/v1/bouquets', { name: 'A bouquet', categories: [owned.stream_categories] });
  owned.lines = await post('/v1/lines', { subscription: owned.subscriptions, username: 'a-only' });
  owned.webhook_endpoints = await post('/v1/webhook_endpoints', {
    url: 'https://a-only.invalid/hooks',
    enabled_events: ['*'],
  });
  owned.retention_offers = await post('/v1/retention_offers', { name: 'A', kind: 'coupon', coupon: owned.coupons });
  owned.cancellation_sessions = await post('/v1/cancellation_sessions', {
    subscription: owned.subscriptions,
    reason: 'other',
  });
  owned.surveys = await post('/v1/surveys', { name: 'A', kind: 'nps' });
  owned['billing_portal/configurations'] = await post('/v1/billing_portal/configurations', {
    business_profile: { headline: 'A only' },
  });
  owned.segments = await post('/v1/segments', {
    name: 'A everyone',
    rule: { field: 'customer_age_days', op: 'gte', value: 0 },
  });
  owned.operators = await post('/v1/operators', { email: 'a-only-op@example.com', role: 'support' });
  owned.api_keys = await post('/v1/api_keys', { name: 'A reports', permissions: { customers: 'read' } });
  owned.support_tickets = await post('/v1/support_tickets', {
    customer: owned.customers,
    subject: 'A only',
    message: 'Help',
  });
  owned.automations = await post('/v1/automations', {
    name: 'A only',
    trigger: { type: 'event', event_type: 'invoice.paid' },
    action: { type: 'call_webhook', url: 'https://a-only.invalid/automation' },
  });
  owned.campaigns = await post('/v1/campaigns', {
    name: 'A only',
    segment: owned.segments,
    content: { en: { subject: 'A', body: 'A only' } },
  });
  owned.experiments = await post('/v1/experiments', {
    key: 'a-only',
    name: 'A',
    variants: [
      { key: 'control', weight: 1 },
      { key: 'b', weight: 1 },
    ],
  });
});
after(() => h.close());

// A request body that would be valid for each resource's POST-by-id, so a 404 can only mean "not yours".
const UPDATE_BODY: Record<string, unknown> = {
  '/v1/test_clocks/{id}/advance': { frozen_time: 1767225600 },
  '/v1/test_helpers/test_clocks/{id}/advance': { frozen_time: 1767225600 },
  '/v1/payment_methods/{id}/attach': { customer: 'cus_of_b' },
  '/v1/customers/{id}': { name: 'hijacked' },
  '/v1/customer_imports/{id}/run': {},
  '/v1/products/{id}': { name: 'hijacked' },
  '/v1/prices/{id}': { nickname: 'hijacked' },
  '/v1/coupons/{id}': { name: 'hijacked' },
  '/v1/promotion_codes/{id}': { active: false },
  '/v1/tax_rates/{id}': { display_name: 'hijacked' },
  '/v1/subscriptions/{id}': { metadata: { name: 'hijacked' } },
  '/v1/subscriptions/{id}/cancel': {},
  '/v1/subscriptions/{id}/pause': {},
  '/v1/subscriptions/{id}/resume': {},
  '/v1/subscription_items/{id}/usage_records': { quantity: 1 },
  '/v1/invoices/{id}': { metadata: { name: 'hijacked' } },
  '/v1/invoices/{id}/finalize': {},
  '/v1/invoices/{id}/pay': { paid_out_of_band: true },
  '/v1/invoices/{id}/void': {},
  '/v1/invoices/{id}/mark_uncollectible': {},
  '/v1/subscription_schedules/{id}/release': {},
  '/v1/payment_methods/{id}/detach': {},
  '/v1/credit_notes/{id}/void': {},
  '/v1/customers/{id}/balance_transactions': { amount: -100, currency: 'eur' },
  '/v1/customers/{id}/discounts': { coupon: 'co_x', currency: 'eur' },
  '/v1/customers/{id}/anonymize': {},
  '/v1/webhook_endpoints/{id}': { description: 'hijacked', disabled: true },
  '/v1/bouquets/{id}': { name: 'hijacked' },
  '/v1/lines/{id}': { status: 'banned' },
  '/v1/webhook_endpoints/{id}/rotate_secret': {},
  '/v1/webhook_endpoints/{id}/deliveries/{delivery_id}/retry': {},
  '/v1/retention_offers/{id}': { name: 'hijacked' },
  '/v1/cancellation_sessions/{id}/accept': { offer: 'rof_x' },
  '/v1/cancellation_sessions/{id}/cancel': {},
  '/v1/cancellation_sessions/{id}/abort': {},
  '/v1/surveys/{id}/send': { customers: ['cus_x'] },
  '/v1/experiments/{id}/assign': { customer: 'cus_x' },
  '/v1/experiments/{id}/conversions': { customer: 'cus_x' },
  '/v1/experiments/{id}/stop': {},
  '/v1/billing_portal/configurations/{id}': { active: false },
  '/v1/operators/{id}': { name: 'hijacked' },
  '/v1/support_tickets/{id}': { status: 'solved', assignee: 'hijacked' },
  '/v1/support_tickets/{id}/messages': { author: 'operator', body: 'hijacked' },
  '/v1/automations/{id}': { active: false },
  '/v1/campaigns/{id}/send': {},
};
// GET routes without an id that are not lists (they need a query naming an object).
const NOT_LISTS = new Set([
  '/v1/invoices/upcoming',
  '/v1/account',
  '/v1/metrics/summary',
  '/v1/retention_settings',
  '/v1/support_settings',
  '/v1/retention_metrics',
  '/v1/forecast/mrr',
  '/v1/customers/search',
  '/v1/subscriptions/search',
  '/v1/operators/me',
]);

/** `/v1/test_helpers/test_clocks/{id}` is Stripe's path to the same test clocks; billing_portal nests a level. */
function resourceOf(path: string): string {
  const parts = path.replace('/test_helpers/', '/').split('/');
  return parts[2] === 'billing_portal' ? `${parts[2]}/${parts[3]}` : parts[2]!;
}

test("every /v1 route with an id answers 404 to another account's key", async () => {
  const spec = (await h.call('GET', '/openapi.json', { key: '' })).json();
  let checked = 0;
  for (const [path, methods] of Object.entries(spec.paths as Record<string, Record<string, unknown>>)) {
    if (!path.includes('{id}')) continue;
    const id = owned[resourceOf(path)];
    assert.ok(id, `no object of account A for ${path}: add one to this test`);
    for (const method of Object.keys(methods)) {
      const body = method === 'post' ? UPDATE_BODY[path] : undefined;
      assert.ok(method !== 'post' || body, `no update body for POST ${path}: add one to this test`);
      const r = await h.call(method.toUpperCase() as 'GET', path.replace('{id}', id), { key: other.key, body });
      assert.equal(r.statusCode, 404, `${method.toUpperCase()} ${path} with B's key: ${r.body}`);
      checked++;
    }
  }
  assert.ok(checked >= 19, `checked ${checked} routes`);
});

test("every list route of account B shows none of account A's objects", async () => {
  const spec = (await h.call('GET', '/openapi.json', { key: '' })).json();
  const ids = new Set(Object.values(owned));
  for (const [path, methods] of Object.entries(spec.paths as Record<string, Record<string, unknown>>)) {
    if (path.includes('{') || !('get' in methods) || NOT_LISTS.has(path)) continue;
    const r = await h.call('GET', path, { key: other.key });
    assert.equal(r.statusCode, 200, `${path}: ${r.body}`);
    for (const item of r.json().data) assert.ok(!ids.has(item.id), `${path} leaked ${item.id}`);
  }
  const search = (await h.call('GET', '/v1/customers?email=a-only@example.com', { key: other.key })).json();
  assert.equal(search.data.length, 0);
  for (const [path, query] of [
    ['/v1/customers/search', "email:'a-only@example.com'"],
    ['/v1/subscriptions/search', `customer:'${owned.customers}'`],
  ] as const) {
    const r = await h.call('GET', `${path}?query=${encodeURIComponent(query)}`, { key: other.key });
    assert.deepEqual([r.statusCode, r.json().data], [200, []], path);
    const own = await h.call('GET', `${path}?query=${encodeURIComponent(query)}`);
    const found = own.json().data.map((o: { id: string }) => o.id);
    assert.ok(found.includes(owned[path.split('/')[2]!]), `${path} finds A's own object with A's key`);
  }
});

test("account B cannot point at account A's objects when creating its own", async () => {
  const cases: [string, unknown, string][] = [
    ['/v1/prices', { product: owned.products, currency: 'eur', unit_amount: 1 }, 'product'],
    ['/v1/promotion_codes', { coupon: owned.coupons }, 'coupon'],
    ['/v1/customers', { test_clock: owned.test_clocks }, 'test_clock'],
    ['/v1/coupons', { percent_off: 5, applies_to: { products: [owned.products] } }, 'applies_to.products[0]'],
  ];
  for (const [url, body, param] of cases) {
    const r = await h.call('POST', url, { key: other.key, body });
    assert.equal(r.statusCode, 404, `${url}: ${r.body}`);
    assert.equal(r.json().param, param);
  }
});

test("nothing of account A changed, and A's own key still sees it all", async () => {
  for (const [resource, id] of Object.entries(owned)) {
    if (resource === 'subscription_items') continue;
    const r = await h.call('GET', `/v1/${resource}/${id}`);
    assert.equal(r.statusCode, 200, `${resource}: ${r.body}`);
    const body = r.json();
    assert.notEqual(body.name, 'hijacked');
    assert.notEqual(body.nickname, 'hijacked');
    assert.notEqual(body.display_name, 'hijacked');
    assert.notEqual(body.description, 'hijacked');
    if (resource === 'webhook_endpoints') assert.equal(body.status, 'enabled');
    if (resource === 'promotion_codes') assert.equal(body.active, true);
    if (resource === 'test_clocks') assert.equal(body.status, 'ready');
    if (resource === 'subscriptions') assert.equal(body.status, 'active');
    if (resource === 'subscription_schedules') assert.equal(body.status, 'active');
    if (resource === 'invoices') assert.equal(body.status, 'paid');
    if (resource === 'payment_methods') assert.equal(body.customer, owned.customers);
    if (resource === 'credit_notes') assert.equal(body.status, 'issued');
    if (resource === 'cancellation_sessions') assert.equal(body.result, 'pending');
    if (resource === 'experiments') assert.equal(body.status, 'running');
    if (resource === 'billing_portal/configurations') assert.equal(body.active, true);
  }
});
