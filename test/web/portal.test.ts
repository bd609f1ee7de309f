import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { FakeClock } from '../../src/kernel/clock.ts';
import { assertAccessible, startWebHarness, VIEWPORTS, type WebHarness } from '../helpers/browser.ts';
import { mailedLink, portalWorld, waitHeading } from './portal-kit.ts';

// The subscriber portal in real Chromium, on a desktop and a 390×844 phone: sign in by magic link, upgrade with the
// preview equal to /v1/invoices/upcoming, download a PDF, read it in fa (right to left); cancel through the offers;
// a past-due subscriber's new card pays the open invoice; links expire; nobody sees another customer's data.
const clock = new FakeClock('2026-03-01T12:00:00Z');
let h: WebHarness;
let world: Awaited<ReturnType<typeof portalWorld>>;

before(async () => {
  h = await startWebHarness({ clock });
  world = await portalWorld(h);
});
after(() => h?.close());

const usd = (minor: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(minor / 100);

async function browse(viewport: keyof typeof VIEWPORTS): Promise<Page> {
  const context = await h.browser.newContext({ viewport: VIEWPORTS[viewport], locale: 'en-US', acceptDownloads: true });
  return context.newPage();
}

async function signInByMail(page: Page, email: string) {
  await page.goto(`${h.url}/portal`);
  await waitHeading(page, 'Sign in');
  await assertAccessible(page, 'sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
  await page.getByRole('status').filter({ hasText: 'sign-in link is on its way' }).waitFor();
  await page.goto(`${h.url}${await mailedLink(h, email)}`);
  await waitHeading(page, 'Stream TV');
  assert.equal(new URL(page.url()).search, '', 'the token leaves the address bar');
}

for (const viewport of ['desktop', 'phone'] as const) {
  test(`${viewport}: magic link, upgrade with the upcoming-invoice preview, PDF, then fa right to left`, async () => {
    const ana = await world.subscriber(`Ana${viewport}`);
    await h.settle();
    const page = await browse(viewport);
    await signInByMail(page, ana.email);
    await page.getByText(`Renews on`).waitFor();
    await assertAccessible(page, `overview (${viewport})`);

    await page.getByRole('link', { name: 'Change plan' }).click();
    await waitHeading(page, 'Change plan');
    await page.getByRole('radio', { name: /Premium/ }).check();
    const total = await page.getByTestId('preview-total').textContent();
    const upcoming = await world.k.ok(
      'GET',
      `/v1/invoices/upcoming?subscription=${ana.sub}&subscription_items[0][id]=${ana.item}&subscription_items[0][price]=${world.premium.price}&subscription_proration_behavior=create_prorations`,
    );
    assert.equal(total, usd(upcoming.total));
    await assertAccessible(page, `change plan (${viewport})`);
    await page.getByRole('button', { name: 'Confirm change' }).click();
    await page.getByRole('status').filter({ hasText: 'Your plan is now Premium' }).waitFor();
    const sub = await world.k.ok('GET', `/v1/subscriptions/${ana.sub}`);
    assert.equal(sub.items.data[0].price.id, world.premium.price);

    await page.getByRole('link', { name: 'Invoices' }).click();
    await waitHeading(page, 'Invoices');
    await assertAccessible(page, `invoices (${viewport})`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: /^PDF of invoice/ })
        .first()
        .click(),
    ]);
    const pdf = await readFile((await download.path())!);
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');

    await page.getByRole('combobox', { name: 'Language' }).selectOption('fa');
    await waitHeading(page, 'صورتحساب‌ها');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.match((await page.locator('tbody td').nth(2).textContent()) ?? '', /[۰-۹]/, 'Persian digits');
    await assertAccessible(page, `invoices fa (${viewport})`);
    for (const [link, heading] of [
      ['نمای کلی', 'Stream TV'],
      ['روش پرداخت', 'روش پرداخت'],
      ['نمایه', 'نمایه'],
      ['دسترسی تلویزیون', 'دسترسی تلویزیون'],
    ]) {
      await page.getByRole('navigation').getByRole('link', { name: link }).click();
      await waitHeading(page, heading!);
      await page.locator('main [role="status"]').filter({ hasText: 'در حال' }).waitFor({ state: 'detached' });
      await assertAccessible(page, `${link} fa (${viewport})`);
    }
    await page.context().close();
  });
}

test('cancel with too_expensive: the coupon is offered and accepted; the subscription stays, discounted', async () => {
  const cy = await world.subscriber('Cy');
  await h.settle();
  const page = await browse('phone');
  await page.goto(
    await world.sessionUrl(cy.id).then((url) => `${h.url}${new URL(url, h.url).pathname}${new URL(url, h.url).search}`),
  );
  await waitHeading(page, 'Stream TV');
  await page.getByRole('link', { name: 'Cancel subscription' }).click();
  await waitHeading(page, 'Cancel subscription');
  await assertAccessible(page, 'cancel: reason');
  await page.getByLabel('Why do you want to cancel?').selectOption('too_expensive');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByText('30 % off for 3 months').waitFor();
  await assertAccessible(page, 'cancel: offers');
  await page.getByRole('button', { name: 'Accept' }).click();
  await page.getByRole('status').filter({ hasText: 'Offer applied' }).waitFor();
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByText(`for ${usd(700)}`).waitFor();
  const sub = await world.k.ok('GET', `/v1/subscriptions/${cy.sub}`);
  assert.equal(sub.status, 'active');
  assert.equal(sub.cancel_at_period_end, false);
  await page.context().close();
});

test('a second subscriber declines, sees when access ends, undoes, then cancels again', async () => {
  const di = await world.subscriber('Di');
  await h.settle();
  const page = await browse('desktop');
  const url = new URL(await world.sessionUrl(di.id), h.url);
  await page.goto(`${h.url}${url.pathname}${url.search}`);
  const end = (await world.k.ok('GET', `/v1/subscriptions/${di.sub}`)).current_period_end as number;
  const endDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(end * 1000);
  const cancel = async () => {
    await page.getByRole('link', { name: 'Cancel subscription' }).click();
    await page.getByLabel('Why do you want to cancel?').selectOption('too_expensive');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('30 % off for 3 months').waitFor();
    await page.getByRole('button', { name: 'Cancel my subscription' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `You keep access until ${endDate}` })
      .waitFor();
  };
  await cancel();
  await assertAccessible(page, 'cancel: confirmed');
  assert.equal((await world.k.ok('GET', `/v1/subscriptions/${di.sub}`)).cancel_at_period_end, true);
  await page.getByRole('button', { name: 'Keep my subscription' }).click();
  await page.getByRole('status').filter({ hasText: 'Your subscription continues' }).waitFor();
  assert.equal((await world.k.ok('GET', `/v1/subscriptions/${di.sub}`)).cancel_at_period_end, false);
  await page.getByRole('link', { name: 'Back' }).click();
  await cancel();
  await page.getByRole('link', { name: 'Back' }).click();
  await page.getByText(`Canceled: access until ${endDate}`).waitFor();
  assert.equal((await world.k.ok('GET', `/v1/subscriptions/${di.sub}`)).cancel_at_period_end, true);
  await page.context().close();
});

test('a past-due subscriber updates the card and the open invoice is paid at once', async () => {
  const testClock = await world.k.clock('2026-03-01T00:00:00Z');
  const ed = await world.subscriber('Ed', { token: 'tok_chargeDeclined', test_clock: testClock, trial: 3 });
  await world.k.advance(testClock, '2026-03-05T00:00:00Z');
  assert.equal((await world.k.ok('GET', `/v1/subscriptions/${ed.sub}`)).status, 'past_due');
  const page = await browse('phone');
  const url = new URL(await world.sessionUrl(ed.id), h.url);
  await page.goto(`${h.url}${url.pathname}${url.search}`);
  await page.getByText('Payment due').waitFor();
  await page.getByRole('link', { name: 'Update card' }).click();
  await waitHeading(page, 'Payment method');
  await assertAccessible(page, 'payment method');
  await page.getByLabel('Card token from the payment form').fill('tok_visa');
  await page.getByRole('button', { name: 'Save card' }).click();
  await page.getByRole('status').filter({ hasText: 'paid with the new card' }).waitFor();
  const invoices = await world.k.ok('GET', `/v1/invoices?customer=${ed.id}&status=open`);
  assert.deepEqual(invoices.data, []);
  assert.equal((await world.k.ok('GET', `/v1/subscriptions/${ed.sub}`)).status, 'active');
  await page.context().close();
});

test('a session URL works once and expires; a signed-in subscriber never reaches another customer', async () => {
  const fa = await world.subscriber('Fa');
  const other = await world.subscriber('Gu');
  const page = await browse('phone');
  const used = new URL(await world.sessionUrl(fa.id), h.url);
  await page.goto(`${h.url}${used.pathname}${used.search}`);
  await waitHeading(page, 'Stream TV');
  await page.goto(`${h.url}/portal/subscriptions/${other.sub}/plan`);
  await page.getByRole('alert').filter({ hasText: other.sub }).waitFor();
  await page.goto(`${h.url}/portal/subscriptions/${other.sub}/cancel`);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('alert').filter({ hasText: other.sub }).waitFor();

  const fresh = await page.context().browser()!.newContext({ viewport: VIEWPORTS.phone });
  const stranger = await fresh.newPage();
  await stranger.goto(`${h.url}${used.pathname}${used.search}`);
  await stranger.getByRole('alert').filter({ hasText: 'not valid any more' }).waitFor();
  const late = new URL(await world.sessionUrl(fa.id), h.url);
  clock.advance({ minutes: 6 });
  await stranger.goto(`${h.url}${late.pathname}${late.search}`);
  await stranger.getByRole('alert').filter({ hasText: 'not valid any more' }).waitFor();
  await waitHeading(stranger, 'Sign in');
  await fresh.close();
  await page.context().close();
});
