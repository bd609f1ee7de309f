import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { assertAccessible, openConsole, startWebHarness, type WebHarness } from '../helpers/browser.ts';
import { billingKit } from '../scenarios/billing-kit.ts';

// The console's support queue in real Chromium: the order is the API's (priority, then target), on a phone too.
let h: WebHarness;
let page: Page;
const tickets: Record<string, string> = {};

before(async () => {
  h = await startWebHarness();
  const k = billingKit(h);
  await k.ok('POST', '/v1/support_settings', {
    priority_rules: [{ name: 'VIP', priority: 'high', conditions: { entitlement: 'priority_support' } }],
  });
  const product = await k.ok('POST', '/v1/products', { name: 'Gold', entitlements: { priority_support: true } });
  const price = await k.ok('POST', '/v1/prices', {
    product: product.id,
    currency: 'eur',
    unit_amount: 3000,
    recurring: { interval: 'month' },
  });
  const bob = (await k.ok('POST', '/v1/customers', { name: 'Bob', email: 'bob@example.com' })).id;
  const ana = (await k.ok('POST', '/v1/customers', { name: 'Ana', email: 'ana@example.com' })).id;
  await k.ok('POST', '/v1/payment_methods', { customer: ana, token: 'tok_visa' });
  await k.ok('POST', '/v1/subscriptions', { customer: ana, items: [{ price: price.id }] });
  tickets.older = (await k.ok('POST', '/v1/support_tickets', { customer: bob, subject: 'Invoice question' })).id;
  tickets.vip = (await k.ok('POST', '/v1/support_tickets', { customer: ana, subject: 'No signal' })).id;
  page = await openConsole(h, '/', { viewport: 'phone' });
  await page.getByRole('heading', { name: 'Overview' }).waitFor();
});
after(() => h?.close());

test('the queue shows the priority-support ticket above the older normal one, accessibly, in en and fa', async () => {
  await page.goto(`${h.url}/console/support`);
  await page.getByRole('heading', { name: 'Support queue' }).waitFor();
  await page.getByRole('cell', { name: 'No signal' }).waitFor();
  const order = await page
    .locator('tr[data-ticket]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-ticket')));
  assert.deepEqual(order, [tickets.vip, tickets.older]);
  // Who asks is named (the list expands its customers), and links to the customer's page.
  const vipRow = page.locator(`tr[data-ticket="${tickets.vip}"]`);
  assert.match(
    (await vipRow.getByRole('link', { name: 'Ana', exact: true }).getAttribute('href')) ?? '',
    /\/customers\/cus_/,
  );
  await page.getByRole('cell', { name: 'High' }).waitFor();
  await assertAccessible(page, 'support queue');
  await page.getByLabel('Status').selectOption('solved');
  await page.getByText('No tickets.').waitFor();
  // On a phone the language picker sits in the folded menu.
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fa');
  await page.getByRole('heading', { name: 'صف پشتیبانی' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await assertAccessible(page, 'support queue (fa)');
});
