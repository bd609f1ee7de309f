import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertAccessible, openConsole, startWebHarness, type WebHarness } from '../helpers/browser.ts';

// The catalogue page in Chromium: products, prices in every pricing model in words, coupons; each created here.
let h: WebHarness;

before(async () => {
  h = await startWebHarness();
  const product = (await h.call('POST', '/v1/products', { body: { name: 'Streams' } })).json().id;
  const tiers = [
    { up_to: 10, unit_amount: 100 },
    { up_to: 'inf', unit_amount: 50 },
  ];
  const body = {
    product,
    currency: 'usd',
    nickname: 'Per stream',
    billing_scheme: 'tiered',
    tiers_mode: 'graduated',
    tiers,
  };
  const res = await h.call('POST', '/v1/prices', { body: { ...body, recurring: { interval: 'month' } } });
  assert.equal(res.statusCode, 200, res.body);
});
after(() => h?.close());

test('a product, a monthly price and a coupon are created from the catalogue page; a tiered price reads as such', async () => {
  const page = await openConsole(h, '/catalogue');
  await page.getByRole('heading', { name: 'Catalogue' }).waitFor();
  await page.getByRole('cell', { name: 'tiered (graduated)' }).waitFor();
  await page.getByLabel('Product name').fill('Family plan');
  await page.getByRole('button', { name: 'Add product' }).click();
  await page.getByRole('listitem').filter({ hasText: 'Family plan' }).waitFor();
  await page.getByLabel('Product', { exact: true }).selectOption({ label: 'Family plan' });
  await page.getByLabel('Amount', { exact: true }).fill('19.90');
  await page.getByRole('button', { name: 'Add price' }).click();
  await page.getByRole('cell', { name: '$19.90' }).waitFor();
  const prices = (await h.call('GET', '/v1/prices?limit=100')).json().data;
  const created = prices.find((p: { unit_amount: number | null }) => p.unit_amount === 1990);
  assert.equal(created.recurring.interval, 'month');
  await page.getByLabel('Coupon name').fill('Launch');
  await page.getByLabel('Percent off').fill('20');
  await page.getByRole('button', { name: 'Add coupon' }).click();
  await page.getByText(/Launch · 20%/).waitFor();
  const coupons = (await h.call('GET', '/v1/coupons')).json().data;
  assert.deepEqual(
    coupons.map((c: { name: string; percent_off: number; duration: string }) => [c.name, c.percent_off, c.duration]),
    [['Launch', 20, 'once']],
  );
  await assertAccessible(page, 'catalogue');
  await page.context().close();
});

test('in fa on a phone the catalogue is right to left and accessible', async () => {
  const page = await openConsole(h, '/catalogue', { locale: 'fa', viewport: 'phone' });
  await page.getByRole('heading', { name: 'کاتالوگ' }).waitFor();
  await page.locator('[data-price]').first().waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await assertAccessible(page, 'catalogue (fa, phone)');
  await page.context().close();
});
