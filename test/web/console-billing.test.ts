import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { assertAccessible, openConsole, startWebHarness, type WebHarness, waitForCount } from '../helpers/browser.ts';
import { billingKit } from '../scenarios/billing-kit.ts';

// The invoices page (filters, CSV export of every page) and the dunning queue (retry now) in Chromium.
let h: WebHarness;
let k: ReturnType<typeof billingKit>;
const pastDue: Record<string, { customer: string; invoice: string }> = {};

/** A customer whose renewal after a 3-day trial failed with the card `token`: its open invoice, past due. */
async function failedRenewal(name: string, token: string) {
  const clock = await k.clock('2026-01-01T00:00:00Z');
  const customer = (await k.ok('POST', '/v1/customers', { name, email: `${name}@example.com`, test_clock: clock })).id;
  await k.ok('POST', '/v1/payment_methods', { customer, token });
  const price = await k.monthly(1500, { nickname: 'Basic' });
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }], trial_period_days: 3 });
  await k.advance(clock, '2026-01-04T06:00:00Z');
  const invoice = (await k.invoices(sub.id)).at(-1);
  assert.equal(invoice.status, 'open');
  assert.equal((await k.ok('GET', `/v1/subscriptions/${sub.id}`)).status, 'past_due');
  return { customer, invoice: invoice.id as string };
}

before(async () => {
  h = await startWebHarness();
  k = billingKit(h);
  pastDue.declined = await failedRenewal('declined', 'tok_chargeDeclined');
  pastDue.once = await failedRenewal('once', 'tok_fail1');
});
after(() => h?.close());

test('the dunning queue retries a past-due invoice: a declined card fails again, a good card pays it', async () => {
  const page = await openConsole(h, '/dunning');
  await page.getByRole('heading', { name: 'Dunning queue' }).waitFor();
  const declined = page.locator(`[data-invoice="${pastDue.declined.invoice}"]`);
  const once = page.locator(`[data-invoice="${pastDue.once.invoice}"]`);
  await declined.waitFor();
  await assertAccessible(page, 'dunning');
  const attempts = (await k.ok('GET', `/v1/invoices/${pastDue.declined.invoice}`)).attempt_count;
  await declined.getByRole('button', { name: /^Retry now/ }).click();
  await page.getByRole('alert').waitFor();
  assert.equal((await k.ok('GET', `/v1/invoices/${pastDue.declined.invoice}`)).attempt_count, attempts + 1);
  // A card that works on its next attempt: retried now, paid, gone from the queue.
  await once.getByRole('button', { name: /^Retry now/ }).click();
  await once.waitFor({ state: 'detached' });
  assert.equal((await k.ok('GET', `/v1/invoices/${pastDue.once.invoice}`)).status, 'paid');
  // A good card for the declined customer: attached as its default, the invoice is paid and leaves the queue.
  await k.ok('POST', '/v1/payment_methods', {
    customer: pastDue.declined.customer,
    token: 'tok_visa',
    set_default: true,
  });
  assert.equal((await k.ok('GET', `/v1/invoices/${pastDue.declined.invoice}`)).status, 'paid');
  await page.reload();
  await page.getByText('No invoice is waiting for payment.').waitFor();
  await page.context().close();
});

test('the invoices page filters by status and customer, and exports what matches as CSV', async () => {
  const page = await openConsole(h, '/invoices');
  await page.getByRole('heading', { name: 'Invoices' }).waitFor();
  await page.getByLabel('Status').selectOption('paid');
  await page.getByLabel('Customer id').fill(pastDue.once.customer);
  const api = (await k.ok('GET', `/v1/invoices?status=paid&customer=${pastDue.once.customer}&limit=100`)).data;
  // Typing the id reloads the list on each key: wait for the list the last filter gives.
  await waitForCount(page.locator('[data-invoice]'), api.length);
  await page.locator(`[data-invoice="${api[0].id}"]`).waitFor();
  await assertAccessible(page, 'invoices');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await downloading;
  assert.equal(file.suggestedFilename(), 'invoices.csv');
  const lines = (await readFile((await file.path()) as string, 'utf8')).trim().split('\r\n');
  assert.equal(lines[0], 'id,number,customer,status,currency,total,amount_paid,amount_remaining,created');
  assert.deepEqual(
    lines.slice(1).map((l) => l.split(',')[0]),
    api.map((i: { id: string }) => i.id),
  );
  assert.ok(lines.slice(1).every((l) => l.includes(',paid,usd,')));
  await page.context().close();
});

test('in fa on a phone the dunning and invoices pages are right to left and accessible', async () => {
  const page = await openConsole(h, '/invoices', { locale: 'fa', viewport: 'phone' });
  await page.getByRole('heading', { name: 'صورتحساب‌ها' }).waitFor();
  await page.locator('[data-invoice]').first().waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await assertAccessible(page, 'invoices (fa, phone)');
  await page.goto(`${h.url}/console/dunning`);
  await page.getByRole('heading', { name: 'صف پیگیری بدهی' }).waitFor();
  await assertAccessible(page, 'dunning (fa, phone)');
  await page.context().close();
});

test('the payments page filters by status and customer, and exports what matches as CSV', async () => {
  const { customer } = pastDue.declined;
  const failed = (await k.ok('GET', `/v1/payments?customer=${customer}&limit=100`)).data.filter(
    (p: { status: string }) => p.status === 'failed',
  );
  assert.ok(failed.length >= 1);
  const page = await openConsole(h, '/payments');
  await page.getByRole('heading', { name: 'Payments' }).waitFor();
  await page.getByLabel('Status').selectOption('failed');
  await page.getByLabel('Customer id').fill(customer);
  await waitForCount(page.locator('[data-payment]'), failed.length);
  await assertAccessible(page, 'payments');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await downloading;
  assert.equal(file.suggestedFilename(), 'payments.csv');
  const lines = (await readFile((await file.path()) as string, 'utf8')).trim().split('\r\n');
  assert.equal(lines[0], 'id,customer,invoice,status,currency,amount,amount_refunded,created');
  assert.deepEqual(
    lines.slice(1).map((l) => l.split(',')[0]),
    failed.map((p: { id: string }) => p.id),
  );
  await page.context().close();
});
