import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { FakeClock } from '../../src/kernel/clock.ts';
import { assertAccessible, startWebHarness, VIEWPORTS, type WebHarness } from '../helpers/browser.ts';
import { portalWorld, waitHeading } from './portal-kit.ts';

// Support in the subscriber portal on a 390×844 phone: the subscriber asks a question (a ticket on channel portal),
// reads the operator's reply, answers it, and cannot reach another customer's ticket; then the page in fa, right to left.
const clock = new FakeClock('2026-03-01T12:00:00Z');
let h: WebHarness;
let world: Awaited<ReturnType<typeof portalWorld>>;

before(async () => {
  h = await startWebHarness({ clock });
  world = await portalWorld(h);
});
after(() => h?.close());

test('phone: open a ticket, see the operator reply, reply; another customer is 404; fa right to left', async () => {
  const gil = await world.subscriber('Gil');
  const hal = await world.subscriber('Hal');
  const halTicket = await world.k.ok('POST', '/v1/support_tickets', { customer: hal.id, subject: 'Hal only' });
  await h.settle();
  const context = await h.browser.newContext({ viewport: VIEWPORTS.phone, locale: 'en-US' });
  const page = await context.newPage();
  const url = new URL(await world.sessionUrl(gil.id), h.url);
  await page.goto(`${h.url}${url.pathname}${url.search}`);
  await waitHeading(page, 'Stream TV');

  await page.getByRole('link', { name: 'Support' }).click();
  await waitHeading(page, 'Support');
  await page.getByText('You have not asked us anything yet.').waitFor();
  await assertAccessible(page, 'support (phone)');
  await page.getByLabel('Subject').fill('No picture on channel 5');
  await page.getByLabel('Message').fill('Since yesterday evening.');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await waitHeading(page, 'No picture on channel 5');
  const listed = await world.k.ok('GET', `/v1/support_tickets?customer=${gil.id}`);
  assert.equal(listed.data.length, 1);
  assert.equal(listed.data[0].channel, 'portal');
  const id = listed.data[0].id as string;
  assert.equal(new URL(page.url()).pathname, `/portal/support/${id}`);

  await world.k.ok('POST', `/v1/support_tickets/${id}/messages`, {
    author: 'operator',
    body: 'Please restart the box.',
  });
  await page.reload();
  await page.getByText('Please restart the box.').waitFor();
  await assertAccessible(page, 'ticket (phone)');
  await page.getByLabel('Your reply').fill('Works now, thanks.');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await page.getByRole('status').filter({ hasText: 'Your reply is sent.' }).waitFor();
  await page.getByText('Works now, thanks.').waitFor();
  const stored = await world.k.ok('GET', `/v1/support_tickets/${id}/messages`);
  assert.deepEqual(
    stored.data.map((m: { author: string; body: string; via: string }) => [m.author, m.body, m.via]),
    [
      ['customer', 'Since yesterday evening.', 'portal'],
      ['operator', 'Please restart the box.', 'api'],
      ['customer', 'Works now, thanks.', 'portal'],
    ],
  );

  const foreign = await context.request.get(`${h.url}/portal/api/support_tickets/${halTicket.id}`);
  assert.equal(foreign.status(), 404);
  await page.goto(`${h.url}/portal/support/${halTicket.id}`);
  await page.getByRole('alert').waitFor();
  assert.equal(await page.getByText('Hal only').count(), 0);

  await page.goto(`${h.url}/portal/support`);
  await waitHeading(page, 'Support');
  await page.getByRole('link', { name: 'No picture on channel 5' }).waitFor();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fa');
  await waitHeading(page, 'پشتیبانی');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await assertAccessible(page, 'support (fa, phone)');
  await context.close();
});
