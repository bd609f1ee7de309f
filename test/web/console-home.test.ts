import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertAccessible, openConsole, startWebHarness, type WebHarness } from '../helpers/browser.ts';
import { billingKit } from '../scenarios/billing-kit.ts';

// The home page in Chromium: its MRR, churn and ARPA equal /v1/metrics/* for the same range; the MRR series chart
// ends at the API's last point; the movements waterfall has a bar for each movement.
let h: WebHarness;

before(async () => {
  h = await startWebHarness();
  const k = billingKit(h);
  const gold = await k.monthly(2500, { nickname: 'Gold' });
  const silver = await k.monthly(1200, { nickname: 'Silver' });
  const subscribe = async (name: string, price: string) => {
    const customer = (await k.ok('POST', '/v1/customers', { name, email: `${name}@example.com` })).id;
    await k.ok('POST', '/v1/payment_methods', { customer, token: 'tok_visa' });
    return (await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }] })).id as string;
  };
  await subscribe('ana', gold);
  await subscribe('bruno', silver);
  const leaving = await subscribe('carla', silver);
  await k.ok('POST', `/v1/subscriptions/${leaving}/cancel`, {});
  await h.settle();
});
after(() => h?.close());

test('the home figures equal /v1/metrics/summary and the chart /v1/metrics/mrr for the same range', async () => {
  const page = await openConsole(h, '/');
  await page.locator('[data-figure="mrr"] .figure').waitFor();
  // The range the page asked for (the last 30 days ending when it loaded), as the API echoed it.
  const cards = page.locator('section.cards');
  const start = Number(await cards.getAttribute('data-start'));
  const end = Number(await cards.getAttribute('data-end'));
  const api = (await h.call('GET', `/v1/metrics/summary?start=${start}&end=${end}`)).json();
  const money = (minor: number) =>
    new Intl.NumberFormat('en', { style: 'currency', currency: api.currency }).format(minor / 100);
  const pct = (r: number) => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(r);
  assert.ok(api.mrr > 0 && api.arpa > 0);
  const figure = (id: string) => page.locator(`[data-figure="${id}"] .figure`).textContent();
  assert.equal(await figure('mrr'), money(api.mrr));
  assert.equal(await figure('arpa'), money(api.arpa));
  const rate = (r: number | null) => (r === null ? '—' : pct(r));
  assert.equal(await figure('customer_churn_rate'), rate(api.customer_churn_rate));
  assert.equal(await figure('net_mrr_churn_rate'), rate(api.net_mrr_churn_rate));
  const series = (await h.call('GET', `/v1/metrics/mrr?start=${start}&end=${end}&interval=day`)).json().data;
  const bars = await page
    .locator('[data-mrr]')
    .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-mrr'))));
  assert.equal(bars.length, series.length);
  assert.equal(bars.at(-1), series.at(-1).end_mrr);
  await page.getByRole('img', { name: 'MRR movements' }).waitFor();
  await assertAccessible(page, 'home');
  await page.context().close();
});

test('in fa on a phone the home page is right to left with Persian digits, and accessible', async () => {
  const page = await openConsole(h, '/', { locale: 'fa', viewport: 'phone' });
  await page.locator('[data-figure="arpa"] .figure').waitFor();
  assert.match((await page.locator('[data-figure="arpa"] .figure').textContent()) ?? '', /[۰-۹]/);
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await assertAccessible(page, 'home (fa, phone)');
  await page.context().close();
});
