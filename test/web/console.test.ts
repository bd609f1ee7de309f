import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { assertAccessible, openConsole, startWebHarness, VIEWPORTS, type WebHarness } from '../helpers/browser.ts';
import { billingKit } from '../scenarios/billing-kit.ts';

// The console in real Chromium: sign in with a key, the home figures equal the API's, find a customer by e-mail,
// every page without serious accessibility violations, and right-to-left with Persian digits in fa.
let h: WebHarness;
let page: Page;
let customerId: string;

before(async () => {
  h = await startWebHarness();
  const k = billingKit(h);
  const price = await k.monthly(2500, { nickname: 'Gold' });
  customerId = (await k.ok('POST', '/v1/customers', { name: 'Marta Lima', email: 'marta@example.com' })).id;
  await k.ok('POST', '/v1/payment_methods', { customer: customerId, token: 'tok_visa' });
  await k.ok('POST', '/v1/subscriptions', { customer: customerId, items: [{ price }] });
  await k.ok('POST', '/v1/customers', { name: 'Other Person', email: 'other@example.com' });
  await h.settle();
  const context = await h.browser.newContext({ viewport: VIEWPORTS.desktop, locale: 'en-US' });
  page = await context.newPage();
});
after(() => h?.close());

test('a wrong key is refused; the right key signs in to the overview', async () => {
  await page.goto(`${h.url}/console`);
  await assertAccessible(page, 'sign-in');
  await page.getByLabel('Secret API key').fill('sk_wrong_key_that_does_not_exist');
  await page.getByRole('button', { name: 'Use the key' }).click();
  await page.getByRole('alert').waitFor();
  await page.getByLabel('Secret API key').fill(h.key);
  await page.getByRole('button', { name: 'Use the key' }).click();
  await page.getByRole('heading', { name: 'Overview' }).waitFor();
});

test("the overview's MRR, subscribers and ARPA equal /v1/metrics/summary", async () => {
  await page.locator('[data-figure="mrr"] .figure').waitFor();
  const end = Math.floor(Date.now() / 1000);
  const api = (await h.call('GET', `/v1/metrics/summary?start=${end - 30 * 86_400}&end=${end}`)).json();
  const money = (minor: number) =>
    new Intl.NumberFormat('en', { style: 'currency', currency: api.currency }).format(minor / 100);
  assert.equal(api.mrr, 2500);
  assert.equal(await page.locator('[data-figure="mrr"] .figure').textContent(), money(api.mrr));
  assert.equal(await page.locator('[data-figure="customers"] .figure').textContent(), String(api.customers));
  assert.equal(await page.locator('[data-figure="arpa"] .figure').textContent(), money(api.arpa));
  await assertAccessible(page, 'overview');
});

test('a customer is found by e-mail and opens with subscriptions and invoices', async () => {
  await page.getByRole('link', { name: 'Customers' }).click();
  await page.getByLabel('Search by e-mail, name or id').fill('marta@example.com');
  // The unfiltered list shows first; the answer to the search replaces it.
  await page.getByRole('link', { name: 'Other Person' }).waitFor({ state: 'detached' });
  await page.getByRole('link', { name: 'Marta Lima' }).waitFor();
  await assertAccessible(page, 'customers');
  await page.getByRole('link', { name: 'Marta Lima' }).click();
  await page.getByRole('heading', { name: 'Marta Lima' }).waitFor();
  assert.equal(new URL(page.url()).pathname, `/console/customers/${customerId}`);
  await page.getByRole('heading', { name: /^Gold/ }).waitFor();
  await page.getByRole('cell', { name: 'paid' }).waitFor();
  await assertAccessible(page, 'customer');
});

test('in fa the console is right to left, with Persian digits, and still accessible', async () => {
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fa');
  await page.getByRole('heading', { name: 'Marta Lima' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.equal(await page.locator('html').getAttribute('lang'), 'fa');
  await page.getByRole('link', { name: 'خانه' }).click();
  const mrr = await page.locator('[data-figure="mrr"] .figure').textContent();
  assert.match(mrr ?? '', /[۰-۹]/, `Persian digits in ${mrr}`);
  await assertAccessible(page, 'overview (fa)');
});

test('a deep link opens its page directly, and unknown paths under /console still load the app', async () => {
  // The key is kept per tab (sessionStorage), so the same tab opens the link.
  const response = await page.goto(`${h.url}/console/customers/${customerId}`);
  assert.equal(response?.status(), 200);
  assert.match(response?.headers()['content-security-policy'] ?? '', /default-src 'self'/);
  await page.getByRole('heading', { name: 'Marta Lima' }).waitFor();
  assert.equal((await page.goto(`${h.url}/console/no/such/page`))?.status(), 200);
  await page.getByRole('link', { name: 'خانه' }).waitFor();
});

test('on a phone the links fold behind the menu button, which opens them and closes on a followed link', async () => {
  const phone = await openConsole(h, '/', { viewport: 'phone' });
  await phone.getByRole('heading', { name: 'Overview' }).waitFor();
  const menu = phone.getByRole('button', { name: 'Menu' });
  const customers = phone.getByRole('navigation').getByRole('link', { name: 'Customers' });
  assert.equal(await customers.isVisible(), false, 'folded at first');
  const navHeight = await phone.getByRole('navigation').evaluate((nav) => nav.getBoundingClientRect().height);
  assert.ok(navHeight < 80, `the folded bar is one row (${navHeight}px)`);
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  await menu.click();
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await assertAccessible(phone, 'phone menu open');
  await customers.click();
  await phone.getByRole('heading', { name: 'Customers' }).waitFor();
  assert.equal(await customers.isVisible(), false, 'folded again after the link');
  await phone.context().close();
});
