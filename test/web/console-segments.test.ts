import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertAccessible, openConsole, startWebHarness, type WebHarness } from '../helpers/browser.ts';

// The segment builder in Chromium: its live count equals POST /v1/segments/preview for the same rule, and the saved
// segment's page shows the API's count and members.
let h: WebHarness;
const brazil: string[] = [];

before(async () => {
  h = await startWebHarness();
  const customer = async (name: string, country: string) =>
    (await h.call('POST', '/v1/customers', { body: { name, address: { country } } })).json().id as string;
  for (const name of ['ana', 'bia', 'caio']) brazil.push(await customer(name, 'BR'));
  await customer('bo', 'PT');
  await customer('eva', 'NL');
});
after(() => h?.close());

test('a segment built in the console counts what the API counts, and lists its members once saved', async () => {
  const page = await openConsole(h, '/segments');
  await page.getByRole('heading', { name: 'New segment' }).waitFor();
  await page.getByLabel('Segment name').fill('Brazil or Portugal');
  await page.getByLabel('Customers must match').selectOption('any');
  await page.getByLabel('Field 1').selectOption('country');
  await page.getByLabel('Value 1').fill('BR');
  await page.locator('[data-count="3"]').waitFor();
  await page.getByRole('button', { name: 'Add a condition' }).click();
  await page.getByLabel('Field 2').selectOption('country');
  await page.getByLabel('Condition 2').selectOption('eq');
  await page.getByLabel('Value 2').fill('PT');
  const rule = {
    any: [
      { field: 'country', op: 'eq', value: 'BR' },
      { field: 'country', op: 'eq', value: 'PT' },
    ],
  };
  const api = (await h.call('POST', '/v1/segments/preview', { body: { rule } })).json().count;
  assert.equal(api, 4);
  await page.locator(`[data-count="${api}"]`).waitFor();
  assert.equal(await page.getByRole('status').textContent(), '4 customers match');
  await assertAccessible(page, 'segment builder');
  await page.getByRole('button', { name: 'Save segment' }).click();
  await page.getByRole('heading', { name: 'Brazil or Portugal' }).waitFor();
  const id = new URL(page.url()).pathname.split('/').at(-1);
  const saved = (await h.call('GET', `/v1/segments/${id}`)).json();
  assert.equal(saved.count, 4);
  assert.equal(await page.locator('[data-count]').getAttribute('data-count'), '4');
  await page.locator('[data-member]').nth(3).waitFor();
  const members = await page
    .locator('[data-member]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-member')));
  for (const c of brazil) assert.ok(members.includes(c), c);
  await assertAccessible(page, 'segment');
  await page.context().close();
});

test('in fa on a phone the builder is right to left and accessible', async () => {
  const page = await openConsole(h, '/segments', { locale: 'fa', viewport: 'phone' });
  await page.getByRole('heading', { name: 'بخش جدید' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await assertAccessible(page, 'segment builder (fa, phone)');
  await page.context().close();
});
