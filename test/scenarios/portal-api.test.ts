import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, desc, eq } from 'drizzle-orm';
import { messages } from '../../src/db/schema/index.ts';
import { FakeClock } from '../../src/kernel/clock.ts';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';
import { billingKit } from './billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
const clock = new FakeClock('2026-03-01T12:00:00Z');
const ids: Record<string, string> = {};

type Browser = { cookie: string; csrf: string };
/** A browser on the portal: the session cookie, and the CSRF header on unsafe requests. */
const portal = (b: Browser | null) => (method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown) =>
  h.call(method, url, {
    key: '',
    headers: { ...(b && { cookie: b.cookie }), 'x-csrf-token': b?.csrf ?? '1' },
    ...(body !== undefined && { body }),
  });

async function enter(token: string): Promise<Browser> {
  const r = await portal(null)('POST', '/portal/api/session', { token });
  assert.equal(r.statusCode, 200, r.body);
  const [session, csrf] = r.headers['set-cookie'] as string[];
  assert.match(session!, /^tenure_portal=pbs_[^;]+; HttpOnly; Path=\/portal; SameSite=Lax/);
  assert.equal(csrf, `tenure_csrf=${r.json().csrf_token}; Path=/portal; SameSite=Lax; Max-Age=3600`);
  return { cookie: session!.split(';')[0]!, csrf: r.json().csrf_token };
}

const tokenOf = (url: string) => new URL(url, 'http://x').searchParams.get('token')!;
const sessionFor = async (customer: string, extra: Record<string, unknown> = {}) =>
  enter(tokenOf((await k.ok('POST', '/v1/billing_portal/sessions', { customer, ...extra })).url));

before(async () => {
  h = await startHarness({ clock });
  k = billingKit(h);
  const basicProduct = await k.ok('POST', '/v1/products', { name: 'Basic' });
  const premiumProduct = await k.ok('POST', '/v1/products', { name: 'Premium' });
  const price = async (product: string, amount: number) =>
    (
      await k.ok('POST', '/v1/prices', {
        product,
        currency: 'usd',
        unit_amount: amount,
        recurring: { interval: 'month' },
      })
    ).id as string;
  ids.basic = await price(basicProduct.id, 1000);
  ids.premium = await price(premiumProduct.id, 2500);
  ids.config = (
    await k.ok('POST', '/v1/billing_portal/configurations', {
      business_profile: { headline: 'Stream TV' },
      features: {
        subscription_update: {
          enabled: true,
          products: [
            { product: basicProduct.id, prices: [ids.basic] },
            { product: premiumProduct.id, prices: [ids.premium] },
          ],
        },
        subscription_pause: { enabled: true },
      },
    })
  ).id;
  const coupon = await k.ok('POST', '/v1/coupons', { percent_off: 30, duration: 'repeating', duration_in_months: 3 });
  ids.offer = (
    await k.ok('POST', '/v1/retention_offers', {
      name: '30 % off',
      kind: 'coupon',
      coupon: coupon.id,
      reasons: ['too_expensive'],
    })
  ).id;
  for (const [name, email] of [
    ['ana', 'ana@example.com'],
    ['bo', 'bo@example.com'],
  ]) {
    const customer = await k.ok('POST', '/v1/customers', { name, email, locale: name === 'bo' ? 'nl' : 'en' });
    await k.ok('POST', '/v1/payment_methods', { customer: customer.id, token: 'tok_visa' });
    const sub = await k.ok('POST', '/v1/subscriptions', { customer: customer.id, items: [{ price: ids.basic }] });
    ids[name] = customer.id;
    ids[`${name}Sub`] = sub.id;
    ids[`${name}Item`] = sub.items.data[0].id;
    ids[`${name}Invoice`] = sub.latest_invoice;
  }
  await h.settle();
});
after(() => h.close());

test('configurations: the first is the default, features merge over the defaults, one default per account', async () => {
  const first = await k.ok('GET', `/v1/billing_portal/configurations/${ids.config}`);
  assert.equal(first.object, 'billing_portal.configuration');
  assert.equal(first.is_default, true);
  assert.equal(first.features.invoice_history.enabled, true);
  assert.equal(first.features.subscription_cancel.mode, 'at_period_end');
  assert.deepEqual(first.login_page, { enabled: true, url: '/portal' });
  const second = await k.ok('POST', '/v1/billing_portal/configurations', {
    features: { invoice_history: { enabled: false } },
  });
  assert.equal(second.is_default, false);
  const moved = await k.ok('POST', `/v1/billing_portal/configurations/${second.id}`, { is_default: true });
  assert.equal(moved.is_default, true);
  const defaults = await k.ok('GET', '/v1/billing_portal/configurations?is_default=true');
  assert.deepEqual(
    defaults.data.map((c: { id: string }) => c.id),
    [second.id],
  );
  await k.ok('POST', `/v1/billing_portal/configurations/${ids.config}`, { is_default: true });
  problem(
    await h.call('POST', '/v1/billing_portal/configurations', {
      body: {
        features: { subscription_update: { enabled: true, products: [{ product: 'prod_x', prices: [ids.basic] }] } },
      },
    }),
    400,
    'parameter_invalid',
  );
});

test('a portal session URL works once, for its customer only, and expires after 5 minutes', async () => {
  const session = await k.ok('POST', '/v1/billing_portal/sessions', {
    customer: ids.ana,
    return_url: 'https://example.com/account',
  });
  assert.match(session.id, /^bps_/);
  assert.equal(session.object, 'billing_portal.session');
  assert.equal(session.expires_at - session.created, 300);
  const token = tokenOf(session.url);
  const browser = await enter(token);
  problem(await portal(null)('POST', '/portal/api/session', { token }), 401, 'portal_link_invalid');
  const me = (await portal(browser)('GET', '/portal/api/session')).json();
  assert.equal(me.customer, ids.ana);
  assert.equal(me.return_url, 'https://example.com/account');

  const late = tokenOf((await k.ok('POST', '/v1/billing_portal/sessions', { customer: ids.ana })).url);
  clock.advance({ minutes: 5, seconds: 1 });
  problem(await portal(null)('POST', '/portal/api/session', { token: late }), 401, 'portal_link_invalid');
  problem(await portal(null)('GET', '/portal/api/overview'), 401, 'portal_session_missing');
  problem(
    await h.call('POST', '/v1/billing_portal/sessions', {
      body: {
        customer: ids.ana,
        flow_data: { type: 'subscription_cancel', subscription_cancel: { subscription: ids.boSub } },
      },
    }),
    404,
    'resource_missing',
  );
});

test('overview, plan change preview equal to /v1/invoices/upcoming, plan change, invoices and PDF', async () => {
  const ana = await sessionFor(ids.ana);
  const overview = (await portal(ana)('GET', '/portal/api/overview')).json();
  assert.equal(overview.subscriptions.length, 1);
  const [sub] = overview.subscriptions;
  assert.equal(sub.plan.name, 'Basic');
  assert.deepEqual(sub.next_renewal, { date: sub.current_period_end, amount: 1000, currency: 'usd' });
  assert.equal(overview.payment_method.last4, '4242');
  const plans = (await portal(ana)('GET', `/portal/api/subscriptions/${ids.anaSub}/plans`)).json();
  assert.deepEqual(
    plans.data.map((p: { price: string }) => p.price),
    [ids.basic, ids.premium],
  );

  const preview = (
    await portal(ana)('GET', `/portal/api/subscriptions/${ids.anaSub}/preview?price=${ids.premium}`)
  ).json();
  const upcoming = await k.ok(
    'GET',
    `/v1/invoices/upcoming?subscription=${ids.anaSub}&subscription_items[0][id]=${ids.anaItem}&subscription_items[0][price]=${ids.premium}&subscription_proration_behavior=create_prorations`,
  );
  // A preview's line items get fresh ids each time; everything billed is the same.
  const billed = (inv: { lines: { data: object[] } }) => ({
    ...inv,
    lines: inv.lines.data.map((l) => ({ ...l, invoice_item: null })),
  });
  assert.deepEqual(billed(preview), billed(upcoming));
  assert.ok(preview.lines.data.some((l: { proration: boolean }) => l.proration));

  problem(await portal(ana)('GET', `/portal/api/subscriptions/${ids.anaSub}/preview?price=price_unknown`), 404);
  const changed = (
    await portal(ana)('POST', `/portal/api/subscriptions/${ids.anaSub}/plan`, { price: ids.premium })
  ).json();
  assert.equal(changed.subscriptions[0].plan.name, 'Premium');

  const invoices = (await portal(ana)('GET', '/portal/api/invoices')).json();
  assert.ok(invoices.data.some((i: { id: string }) => i.id === ids.anaInvoice));
  const pdf = await portal(ana)('GET', `/portal/api/invoices/${ids.anaInvoice}/pdf`);
  assert.equal(pdf.statusCode, 200);
  assert.equal(pdf.headers['content-type'], 'application/pdf');
  assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
});

test("another customer's ids answer 404, and unsafe requests need the session's CSRF token", async () => {
  const ana = await sessionFor(ids.ana);
  const bo = ids.boSub;
  const tampered: [string, string, unknown?][] = [
    ['GET', `/portal/api/subscriptions/${bo}/plans`],
    ['GET', `/portal/api/subscriptions/${bo}/preview?price=${ids.premium}`],
    ['POST', `/portal/api/subscriptions/${bo}/plan`, { price: ids.premium }],
    ['POST', `/portal/api/subscriptions/${bo}/cancellations`, { reason: 'other' }],
    ['POST', `/portal/api/subscriptions/${bo}/undo_cancel`, {}],
    ['POST', `/portal/api/subscriptions/${bo}/pause`, {}],
    ['POST', `/portal/api/subscriptions/${bo}/resume`, {}],
    ['GET', `/portal/api/invoices/${ids.boInvoice}/pdf`],
    ['POST', `/portal/api/invoices/${ids.boInvoice}/pay`, {}],
  ];
  for (const [method, url, body] of tampered) {
    problem(await portal(ana)(method as 'GET', url, body), 404, 'resource_missing');
  }
  const boSession = (await k.ok('POST', '/v1/cancellation_sessions', { subscription: bo, reason: 'other' })).id;
  for (const action of ['accept', 'confirm', 'abort']) {
    const body = action === 'accept' ? { offer: ids.offer } : {};
    problem(
      await portal(ana)('POST', `/portal/api/cancellations/${boSession}/${action}`, body),
      404,
      'resource_missing',
    );
  }
  await k.ok('POST', `/v1/cancellation_sessions/${boSession}/abort`, {});
  const invoices = (await portal(ana)('GET', '/portal/api/invoices')).json();
  assert.ok(!invoices.data.some((i: { id: string }) => i.id === ids.boInvoice));
  problem(
    await portal({ ...ana, csrf: 'forged' })('POST', `/portal/api/subscriptions/${ids.anaSub}/pause`, {}),
    403,
    'portal_csrf_invalid',
  );
  problem(
    await h.call('POST', '/portal/api/session', { key: '', body: { token: 'bpst_whatever_long' } }),
    403,
    'portal_csrf_invalid',
  );
});

/** The sign-in link in the last e-mail of this template to `to`. */
async function mailedLink(to: string) {
  const [mail] = await h.ctx.db
    .select()
    .from(messages)
    .where(and(eq(messages.to, to), eq(messages.template, 'portal_login_link')))
    .orderBy(desc(messages.created))
    .limit(1);
  return { mail, token: tokenOf(/(\S*\/portal\/\?token=\S+)/.exec(mail!.content.text)![1]!) };
}

test('magic link: e-mailed in the customer language, single use; the answer never tells whether the address exists', async () => {
  const known = await portal(null)('POST', '/portal/api/login', { email: 'BO@example.com' });
  const unknown = await portal(null)('POST', '/portal/api/login', { email: 'nobody@example.com' });
  assert.equal(known.statusCode, 200);
  assert.equal(unknown.statusCode, 200);
  assert.deepEqual(Object.keys(known.json()), Object.keys(unknown.json()));
  const { mail, token } = await mailedLink('bo@example.com');
  assert.equal(mail!.locale, 'nl');
  assert.match(mail!.subject, /Je inloglink/);
  const bo = await enter(token);
  problem(await portal(null)('POST', '/portal/api/session', { token }), 401, 'portal_link_invalid');
  const overview = (await portal(bo)('GET', '/portal/api/overview')).json();
  assert.equal(overview.customer.id, ids.bo);
  const profile = (await portal(bo)('POST', '/portal/api/profile', { locale: 'fa', marketing_consent: true })).json();
  assert.deepEqual([profile.locale, profile.marketing_consent], ['fa', true]);
  assert.equal((await portal(bo)('DELETE', '/portal/api/session')).statusCode, 204);
  problem(await portal(bo)('GET', '/portal/api/overview'), 401, 'portal_session_missing');
});

test('cancel with too_expensive: the coupon offer accepted keeps the subscription, discounted', async () => {
  const cus = await k.ok('POST', '/v1/customers', { name: 'Cy', email: 'cy@example.com' });
  await k.ok('POST', '/v1/payment_methods', { customer: cus.id, token: 'tok_visa' });
  const sub = await k.ok('POST', '/v1/subscriptions', { customer: cus.id, items: [{ price: ids.basic }] });
  const cy = await sessionFor(cus.id);
  const session = (
    await portal(cy)('POST', `/portal/api/subscriptions/${sub.id}/cancellations`, { reason: 'too_expensive' })
  ).json();
  assert.deepEqual(
    session.offers.map((o: { id: string }) => o.id),
    [ids.offer],
  );
  const kept = (
    await portal(cy)('POST', `/portal/api/cancellations/${session.id}/accept`, { offer: ids.offer })
  ).json();
  assert.equal(kept.result, 'retained');
  const overview = (await portal(cy)('GET', '/portal/api/overview')).json();
  assert.equal(overview.subscriptions[0].status, 'active');
  assert.equal(overview.subscriptions[0].next_renewal.amount, 700);
  assert.equal(overview.subscriptions[0].access_ends_at, null);
});

test('decline, see the date access ends, undo, cancel again', async () => {
  const cus = await k.ok('POST', '/v1/customers', { name: 'Di', email: 'di@example.com' });
  await k.ok('POST', '/v1/payment_methods', { customer: cus.id, token: 'tok_visa' });
  const sub = await k.ok('POST', '/v1/subscriptions', { customer: cus.id, items: [{ price: ids.basic }] });
  const di = await sessionFor(cus.id);
  const cancel = async () => {
    const s = (
      await portal(di)('POST', `/portal/api/subscriptions/${sub.id}/cancellations`, { reason: 'unused' })
    ).json();
    assert.deepEqual(s.offers, []);
    const done = (await portal(di)('POST', `/portal/api/cancellations/${s.id}/confirm`, {})).json();
    assert.equal(done.result, 'chose_to_cancel');
    return (await portal(di)('GET', '/portal/api/overview')).json().subscriptions[0];
  };
  const ending = await cancel();
  assert.equal(ending.access_ends_at, sub.current_period_end);
  assert.equal(ending.next_renewal, null);
  const undone = (await portal(di)('POST', `/portal/api/subscriptions/${sub.id}/undo_cancel`, {})).json();
  assert.equal(undone.subscriptions[0].access_ends_at, null);
  assert.equal(undone.subscriptions[0].next_renewal.amount, 1000);
  assert.equal((await cancel()).access_ends_at, sub.current_period_end);
  problem(
    await portal(di)('POST', `/portal/api/subscriptions/${sub.id}/cancellations`, { reason: 'not_a_reason' }),
    400,
    'cancellation_reason_invalid',
  );
});

test('a past-due subscriber updates the card and the open invoice is paid at once', async () => {
  const testClock = await k.clock('2026-03-01T00:00:00Z');
  const cus = await k.ok('POST', '/v1/customers', { name: 'Ed', email: 'ed@example.com', test_clock: testClock });
  await k.ok('POST', '/v1/payment_methods', { customer: cus.id, token: 'tok_chargeDeclined' });
  const sub = await k.ok('POST', '/v1/subscriptions', {
    customer: cus.id,
    items: [{ price: ids.basic }],
    trial_period_days: 3,
  });
  await k.advance(testClock, '2026-03-05T00:00:00Z');
  const ed = await sessionFor(cus.id);
  const before = (await portal(ed)('GET', '/portal/api/overview')).json();
  assert.equal(before.subscriptions[0].status, 'past_due');
  assert.equal(before.open_invoices.length, 1);
  const after = (await portal(ed)('POST', '/portal/api/payment_method', { token: 'tok_visa' })).json();
  assert.deepEqual(after.open_invoices, []);
  assert.equal(after.subscriptions[0].status, 'active');
  assert.equal(after.payment_method.last4, '4242');
  const paid = await k.ok('GET', `/v1/invoices/${before.open_invoices[0].id}`);
  assert.equal(paid.status, 'paid');
  assert.equal((await k.ok('GET', `/v1/subscriptions/${sub.id}`)).status, 'active');
});

test("the configuration's features gate what the portal allows; pause and resume; lines with the playlist link", async () => {
  const ana = await sessionFor(ids.ana);
  const paused = (await portal(ana)('POST', `/portal/api/subscriptions/${ids.anaSub}/pause`, {})).json();
  assert.equal(paused.subscriptions[0].status, 'paused');
  const resumed = (await portal(ana)('POST', `/portal/api/subscriptions/${ids.anaSub}/resume`, {})).json();
  assert.equal(resumed.subscriptions[0].status, 'active');
  problem(await portal(ana)('POST', `/portal/api/invoices/${ids.anaInvoice}/pay`, {}), 409, 'invoice_not_open');

  const other = await k.monthly(3000);
  problem(
    await portal(ana)('POST', `/portal/api/subscriptions/${ids.anaSub}/plan`, { price: other }),
    400,
    'portal_price_not_allowed',
  );
  await k.ok('POST', `/v1/billing_portal/configurations/${ids.config}`, {
    features: { subscription_pause: { enabled: false }, customer_update: { allowed_updates: ['name'] } },
  });
  problem(
    await portal(ana)('POST', `/portal/api/subscriptions/${ids.anaSub}/pause`, {}),
    403,
    'portal_feature_disabled',
  );
  const refused = problem(
    await portal(ana)('POST', '/portal/api/profile', { name: 'Ana B', email: 'x@example.com' }),
    403,
    'portal_feature_disabled',
  );
  assert.equal(refused.param, 'email');
  await k.ok('POST', `/v1/billing_portal/configurations/${ids.config}`, {
    features: {
      subscription_pause: { enabled: true },
      customer_update: { allowed_updates: ['name', 'email', 'locale'] },
    },
  });

  await k.ok('POST', '/v1/lines', { subscription: ids.anaSub, username: 'ana-tv', password: 'secret-pass' });
  const lines = (await portal(ana)('GET', '/portal/api/lines')).json();
  assert.equal(lines.data.length, 1);
  assert.equal(lines.data[0].username, 'ana-tv');
  assert.match(lines.data[0].playlist_url, /\/get\.php\?username=ana-tv&password=secret-pass&type=m3u_plus/);
  assert.deepEqual(lines.data[0].streams_playing, []);
});

test('support: the subscriber opens a ticket (channel portal), sees public replies only, replies; not another customer', async () => {
  const ana = await sessionFor(ids.ana);
  const opened = await portal(ana)('POST', '/portal/api/support_tickets', {
    subject: 'No picture on channel 5',
    message: 'Since yesterday evening.',
  });
  assert.equal(opened.statusCode, 200, opened.body);
  const ticket = opened.json();
  assert.deepEqual(
    ticket.messages.map((m: { author: string; body: string }) => [m.author, m.body]),
    [['customer', 'Since yesterday evening.']],
  );
  const listed = await k.ok('GET', `/v1/support_tickets?customer=${ids.ana}`);
  assert.equal(listed.data.length, 1);
  assert.equal(listed.data[0].channel, 'portal');

  await k.ok('POST', `/v1/support_tickets/${ticket.id}/messages`, { author: 'operator', body: 'Please restart.' });
  await k.ok('POST', `/v1/support_tickets/${ticket.id}/messages`, {
    author: 'operator',
    body: 'Known outage',
    internal: true,
  });
  const replied = await portal(ana)('POST', `/portal/api/support_tickets/${ticket.id}/messages`, {
    body: 'Works now.',
  });
  assert.equal(replied.statusCode, 200, replied.body);
  assert.deepEqual(
    replied.json().messages.map((m: { author: string; body: string }) => [m.author, m.body]),
    [
      ['customer', 'Since yesterday evening.'],
      ['operator', 'Please restart.'],
      ['customer', 'Works now.'],
    ],
  );
  const stored = await k.ok('GET', `/v1/support_tickets/${ticket.id}/messages`);
  assert.equal(stored.data.at(-1).via, 'portal');
  const mine = (await portal(ana)('GET', '/portal/api/support_tickets')).json();
  assert.deepEqual(
    mine.data.map((t: { id: string }) => t.id),
    [ticket.id],
  );

  const bo = await sessionFor(ids.bo);
  assert.deepEqual((await portal(bo)('GET', '/portal/api/support_tickets')).json().data, []);
  problem(await portal(bo)('GET', `/portal/api/support_tickets/${ticket.id}`), 404, 'resource_missing');
  problem(
    await portal(bo)('POST', `/portal/api/support_tickets/${ticket.id}/messages`, { body: 'hi' }),
    404,
    'resource_missing',
  );
  const empty = { subject: '', message: 'x' };
  const refused = problem(await portal(ana)('POST', '/portal/api/support_tickets', empty), 400, 'parameter_invalid');
  assert.equal(refused.param, 'subject');
});
