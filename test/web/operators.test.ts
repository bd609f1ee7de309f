import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { messages } from '../../src/db/schema/index.ts';
import { ownerSetupToken } from '../../src/modules/operators/index.ts';
import { assertAccessible, startWebHarness, VIEWPORTS, type WebHarness } from '../helpers/browser.ts';
import { billingKit } from '../scenarios/billing-kit.ts';

// Issue #18's acceptance in real Chromium: an owner sets up and signs in, invites a support operator, who sees
// customers and refunds but is refused the catalogue (by the API too), and the audit log shows both actions.
let h: WebHarness;
let owner: Page;
let support: Page;
let paymentId: string;

const newPage = async (browser: Browser) =>
  (await browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'en-US' })).newPage();

before(async () => {
  h = await startWebHarness();
  const k = billingKit(h);
  const price = await k.monthly(1500, { nickname: 'Silver' });
  const customer = (await k.ok('POST', '/v1/customers', { name: 'Rui Costa', email: 'rui@example.com' })).id;
  await k.ok('POST', '/v1/payment_methods', { customer, token: 'tok_visa' });
  await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }] });
  await h.settle();
  paymentId = (await k.ok('GET', `/v1/payments?customer=${customer}`)).data[0].id;
  owner = await newPage(h.browser);
  support = await newPage(h.browser);
});
after(() => h?.close());

/** A request from the page itself, with its session cookie and (if asked) the CSRF token, as the console sends it. */
function fetchFrom(page: Page, method: string, path: string, body: unknown, csrf = true) {
  return page.evaluate(
    async ([method, path, body, csrf]) => {
      const token =
        (globalThis as unknown as { document: { cookie: string } }).document.cookie.match(/tenure_csrf=([^;]+)/)?.[1] ??
        '';
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (csrf) headers['x-csrf-token'] = token;
      const r = await fetch(path as string, { method: method as string, headers, body: JSON.stringify(body) });
      return { status: r.status, body: (await r.json()) as { code?: string; param?: string } };
    },
    [method, path, body, csrf] as const,
  );
}

test('the owner creates their account with the first start’s link and lands on the overview', async () => {
  const token = await ownerSetupToken(h.ctx, h.accountId);
  await owner.goto(`${h.url}/console/setup?token=${token}`);
  await assertAccessible(owner, 'owner set-up');
  await owner.getByLabel('E-mail address').fill('owner@example.com');
  await owner.getByLabel('Name').fill('Olga');
  await owner.getByLabel('New password').fill('owner password 1');
  await owner.getByRole('button', { name: 'Create owner and sign in' }).click();
  await owner.getByRole('heading', { name: 'Overview' }).waitFor();
  assert.equal(new URL(owner.url()).pathname, '/console');
});

test('the owner signs out and in again with e-mail and password', async () => {
  await owner.getByRole('button', { name: 'Sign out' }).click();
  await owner.getByRole('heading', { name: 'Sign in to the console' }).waitFor();
  await assertAccessible(owner, 'sign-in');
  await owner.getByLabel('E-mail address').fill('owner@example.com');
  await owner.getByLabel('Password', { exact: true }).fill('wrong password');
  await owner.getByRole('button', { name: 'Sign in', exact: true }).click();
  await owner.getByRole('alert').waitFor();
  await owner.getByLabel('Password', { exact: true }).fill('owner password 1');
  await owner.getByRole('button', { name: 'Sign in', exact: true }).click();
  await owner.getByRole('heading', { name: 'Overview' }).waitFor();
});

test('the owner invites a support operator, who accepts from the e-mailed link', async () => {
  await owner.getByRole('link', { name: 'Operators' }).click();
  await owner.getByRole('heading', { name: 'Operators' }).waitFor();
  await owner.getByLabel('E-mail address').fill('sam@example.com');
  await owner.getByLabel('Role', { exact: true }).selectOption('support');
  await owner.getByRole('button', { name: 'Invite' }).click();
  await owner.locator('tr[data-operator="sam@example.com"]').waitFor();
  await assertAccessible(owner, 'operators');

  const [mail] = await h.ctx.db.select().from(messages).where(eq(messages.to, 'sam@example.com'));
  const link = /https?:\/\/\S+\/console\/accept\?token=[\w-]+/.exec(mail!.content.text)![0];
  assert.equal(new URL(link).origin, h.url, 'the link points at the console the owner used');
  await support.goto(link);
  await assertAccessible(support, 'accept invitation');
  await support.getByLabel('Name').fill('Sam');
  await support.getByLabel('New password').fill('support password 1');
  await support.getByRole('button', { name: 'Accept and sign in' }).click();
  await support.getByRole('link', { name: 'Customers' }).waitFor();
  assert.equal(await support.getByRole('link', { name: 'Operators' }).count(), 0, 'support does not manage operators');
});

test('support sees customers and refunds, but the API refuses it the catalogue', async () => {
  await support.getByRole('link', { name: 'Customers' }).click();
  await support.getByRole('link', { name: 'Rui Costa' }).waitFor();
  const refund = await fetchFrom(support, 'POST', '/v1/refunds', { payment: paymentId, amount: 500 });
  assert.equal(refund.status, 200, JSON.stringify(refund.body));
  const product = await fetchFrom(support, 'POST', '/v1/products', { name: 'Free TV' });
  assert.deepEqual(
    [product.status, product.body.code, product.body.param],
    [403, 'permission_denied', 'catalog.write'],
  );
  const forged = await fetchFrom(support, 'POST', '/v1/refunds', { payment: paymentId, amount: 1 }, false);
  assert.deepEqual([forged.status, forged.body.code], [403, 'csrf_token_invalid']);
});

test('the audit log shows the invitation and the refund with their actors', async () => {
  await owner.getByRole('link', { name: 'Audit log' }).click();
  await owner.getByRole('heading', { name: 'Audit log' }).waitFor();
  const invite = owner.locator('tr[data-action="operators.create"]');
  const refund = owner.locator('tr[data-action="refunds.create"]');
  await refund.waitFor();
  assert.match((await invite.textContent()) ?? '', /owner@example\.com/);
  assert.match((await refund.textContent()) ?? '', /sam@example\.com.*re_/);
  assert.equal(await owner.locator('tr[data-action="products.create"]').filter({ hasText: 'sam@' }).count(), 0);
  await assertAccessible(owner, 'audit log');
});
