import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { assertAccessible, openConsole, startWebHarness, type WebHarness } from '../helpers/browser.ts';
import { billingKit } from '../scenarios/billing-kit.ts';

// The customer page's journeys in Chromium: upgrade with the same proration as GET /v1/invoices/upcoming, cancel at
// period end, pause and resume, apply a coupon, download an invoice PDF, refund a payment; on a phone in fa too.
let h: WebHarness;
let k: ReturnType<typeof billingKit>;
let customer: string;
let subscription: string;
let platinum: string;

before(async () => {
  h = await startWebHarness();
  k = billingKit(h);
  const gold = await k.monthly(2500, { nickname: 'Gold' });
  platinum = await k.monthly(5000, { nickname: 'Platinum' });
  await k.ok('POST', '/v1/coupons', { id: 'WELCOME10', name: 'Welcome 10%', percent_off: 10, duration: 'forever' });
  customer = (await k.ok('POST', '/v1/customers', { name: 'Marta Lima', email: 'marta@example.com' })).id;
  await k.ok('POST', '/v1/payment_methods', { customer, token: 'tok_visa' });
  subscription = (await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price: gold }] })).id;
  await h.settle();
});
after(() => h?.close());

const subscriptionNow = () => k.ok('GET', `/v1/subscriptions/${subscription}`);

test('an upgrade previews the same proration as GET /v1/invoices/upcoming, and the change bills it', async () => {
  const page = await openConsole(h, `/customers/${customer}`);
  await page.getByRole('heading', { name: 'Marta Lima' }).waitFor();
  await assertAccessible(page, 'customer');
  await page.getByRole('button', { name: 'Change plan' }).click();
  await page.getByLabel('New price').selectOption({ label: 'Platinum · $50.00 per month' });
  const preview = page.getByRole('region', { name: 'Next invoice with this change' });
  await preview.waitFor();
  const shown = (await preview
    .locator('[data-line-amount]')
    .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-line-amount'))))) as number[];
  const date = Number(await preview.getAttribute('data-proration-date'));
  const sub = await subscriptionNow();
  const item = sub.items.data[0].id;
  const api = await k.ok(
    'GET',
    `/v1/invoices/upcoming?subscription=${subscription}&subscription_items[0][id]=${item}&subscription_items[0][price]=${platinum}&subscription_proration_date=${date}`,
  );
  assert.deepEqual(
    shown,
    api.lines.data.map((l: { amount: number }) => l.amount),
  );
  assert.ok(
    api.lines.data.some((l: { proration: boolean }) => l.proration),
    'the preview has proration lines',
  );
  assert.equal(await preview.locator('[data-total]').getAttribute('data-total'), String(api.total));
  await assertAccessible(page, 'customer with the proration preview');
  await page.getByRole('button', { name: 'Confirm the change' }).click();
  await page.getByRole('heading', { name: /^Platinum/ }).waitFor();
  assert.equal((await subscriptionNow()).items.data[0].price.id, platinum);
  // The prorations now pending are the ones the preview showed, to the minor unit.
  const next = await k.ok('GET', `/v1/invoices/upcoming?subscription=${subscription}`);
  const prorations = (invoice: { lines: { data: { proration: boolean; amount: number }[] } }) =>
    invoice.lines.data.filter((l) => l.proration).map((l) => l.amount);
  assert.deepEqual(prorations(next), prorations(api));
  await page.context().close();
});

test('cancel at period end, keep it again; pause and resume; apply a coupon', async () => {
  const page = await openConsole(h, `/customers/${customer}`);
  await page.getByRole('button', { name: 'Cancel at period end' }).click();
  await page.getByRole('button', { name: 'Keep the subscription' }).waitFor();
  const sub = await subscriptionNow();
  assert.equal(sub.cancel_at_period_end, true);
  await page.getByText(/Cancels on/).waitFor();
  await page.getByRole('button', { name: 'Keep the subscription' }).click();
  await page.getByRole('button', { name: 'Cancel at period end' }).waitFor();
  assert.equal((await subscriptionNow()).cancel_at_period_end, false);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.getByRole('button', { name: 'Resume' }).waitFor();
  assert.equal((await subscriptionNow()).status, 'paused');
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.getByRole('button', { name: 'Pause' }).waitFor();
  assert.equal((await subscriptionNow()).status, 'active');
  await page.getByLabel('Coupon').selectOption({ label: 'Welcome 10%' });
  await page.getByRole('button', { name: 'Apply coupon' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  const next = await k.ok('GET', `/v1/invoices/upcoming?subscription=${subscription}`);
  assert.deepEqual(
    next.total_discount_amounts.map((d: { coupon: string }) => d.coupon),
    ['WELCOME10'],
  );
  await assertAccessible(page, 'customer after actions');
  await page.context().close();
});

test("an invoice's PDF downloads under its number and is a PDF", async () => {
  const invoice = (await k.ok('GET', `/v1/invoices?customer=${customer}&limit=100`)).data.at(-1);
  const page = await openConsole(h, `/customers/${customer}`);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `PDF ${invoice.number}` }).click();
  const file = await downloading;
  assert.equal(file.suggestedFilename(), `${invoice.number}.pdf`);
  const bytes = await readFile((await file.path()) as string);
  assert.equal(bytes.subarray(0, 4).toString('latin1'), '%PDF');
  await page.context().close();
});

test('a payment is refunded in part, and the refund shows on the payment', async () => {
  const payment = (await k.ok('GET', `/v1/payments?customer=${customer}`)).data.at(-1);
  const page = await openConsole(h, `/customers/${customer}`);
  await page.locator(`[data-payment="${payment.id}"]`).getByRole('button', { name: 'Refund' }).click();
  await page.getByLabel('Amount to refund').fill('10.00');
  await page.getByRole('button', { name: 'Refund $10.00' }).click();
  // Exact: the cell holding the form's "Refund $10.00" button also contains "$10.00" until the refund is made.
  await page.locator(`[data-payment="${payment.id}"]`).getByRole('cell', { name: '$10.00', exact: true }).waitFor();
  assert.equal((await k.ok('GET', `/v1/payments/${payment.id}`)).amount_refunded, 1000);
  await assertAccessible(page, 'customer after a refund');
  await page.context().close();
});

test('on a phone in fa the customer page is right to left, fits the screen and is accessible', async () => {
  const page = await openConsole(h, `/customers/${customer}`, { locale: 'fa', viewport: 'phone' });
  await page.getByRole('heading', { name: 'Marta Lima' }).waitFor();
  await page.getByRole('button', { name: 'تغییر طرح' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  const width = await page.locator('html').evaluate((html) => html.scrollWidth);
  assert.ok(width <= 390, `no sideways scrolling (${width}px)`);
  assert.match((await page.locator('[data-balance]').textContent()) ?? '', /[۰-۹]/);
  await assertAccessible(page, 'customer (fa, phone)');
  await page.context().close();
});
