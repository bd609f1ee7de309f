import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { assertAccessible, openConsole, startWebHarness, type WebHarness } from '../helpers/browser.ts';

// Issue #18's acceptance: a 1,000-row CSV with 3 bad rows is checked in the console (the 3 reported by row number),
// imported (997 customers, as the API counts them), then imported again without a single duplicate.
let h: WebHarness;
let file: string;
const BAD_ROWS = [251, 501, 751]; // spreadsheet rows: the header is row 1

before(async () => {
  h = await startWebHarness();
  h.worker.start(); // as in production: the import runs as due work while the page polls it
  const product = (await h.call('POST', '/v1/products', { body: { name: 'Basic' } })).json().id;
  const price = { product, currency: 'eur', unit_amount: 900, recurring: { interval: 'month' }, lookup_key: 'basic' };
  assert.equal((await h.call('POST', '/v1/prices', { body: price })).statusCode, 200);
  const renewal = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const lines = ['Customer ID,Nome,E-mail,País,Plano,Next renewal'];
  for (let row = 2; row <= 1001; row++) {
    const plan = row % 100 === 0 ? `basic,${renewal}` : ','; // ten subscribers, paid up to their next renewal
    const name = row === 751 ? '' : `Customer ${row}`;
    const email = row === 251 ? 'customer251-at-example.com' : `c${row}@example.com`;
    lines.push(`C${row},${name},${email},NL,${row === 501 ? 'gold,' : plan}`);
  }
  file = join(mkdtempSync(join(tmpdir(), 'tenure-import-')), 'customers.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
});
after(() => h?.close());

async function customerCount(): Promise<number> {
  let count = 0;
  let cursor = '';
  for (;;) {
    const page = (await h.call('GET', `/v1/customers?limit=100${cursor}`)).json();
    count += page.data.length;
    if (!page.has_more) return count;
    cursor = `&starting_after=${page.data.at(-1).id}`;
  }
}

/** Chooses the file, checks it, and returns the rows the problems table lists. */
async function chooseAndCheck(page: Page): Promise<number[]> {
  await page.getByLabel('CSV file').setInputFiles(file);
  await page.getByLabel('Field for E-mail').waitFor();
  await page.getByRole('button', { name: 'Check' }).click();
  await page.getByText('1,000 rows: 997 ready to import, 3 with problems.').waitFor();
  return page.locator('tr[data-row]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-row'))));
}

/** Runs the checked import and waits for its summary; returns the counts shown and the seconds it took. */
async function importChecked(page: Page) {
  const started = performance.now();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('progressbar', { name: 'Import progress' }).waitFor();
  await page.locator('[data-status="succeeded"]').waitFor({ timeout: 90_000 });
  const seconds = (performance.now() - started) / 1000;
  const shown = async (what: string) => page.locator(`[data-count="${what}"]`).textContent();
  const progress = page.getByRole('progressbar', { name: 'Import progress' });
  assert.equal(await progress.getAttribute('value'), '997');
  assert.equal(await progress.getAttribute('max'), '997');
  return {
    created: await shown('created'),
    existing: await shown('existing'),
    skipped: await shown('skipped'),
    seconds,
  };
}

test('a 1,000-row file: the check reports the 3 bad rows by number, the import creates the other 997', async (t) => {
  const page = await openConsole(h, '/import');
  await page.getByRole('heading', { name: 'Import customers' }).waitFor();
  assert.deepEqual(await chooseAndCheck(page), BAD_ROWS);
  // The mapping was guessed from the headers (Portuguese ones too).
  assert.equal(await page.getByLabel('Field for Nome').inputValue(), 'name');
  assert.equal(await page.getByLabel('Field for Plano').inputValue(), 'price');
  assert.equal(await page.getByLabel('Field for Customer ID').inputValue(), 'external_id');
  const codes = await page.locator('tr[data-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
  assert.deepEqual(codes, ['invalid_email', 'unknown_price', 'required']);
  await assertAccessible(page, 'import page with problems');
  assert.equal(await customerCount(), 0, 'a check creates nothing');
  const first = await importChecked(page);
  t.diagnostic(`1,000-row import: ${first.seconds.toFixed(1)} s from Import to the summary`);
  assert.deepEqual([first.created, first.existing, first.skipped], ['997', '0', '3']);
  assert.equal(await customerCount(), 997);
  const subscribers = (await h.call('GET', '/v1/subscriptions?limit=100')).json().data;
  assert.equal(subscribers.length, 10);
  await assertAccessible(page, 'import page after an import');
  await page.context().close();
});

test('the same file imported again creates no customer and reports 997 already there', async () => {
  const before = await customerCount();
  const page = await openConsole(h, '/import');
  assert.deepEqual(await chooseAndCheck(page), BAD_ROWS);
  const again = await importChecked(page);
  assert.deepEqual([again.created, again.existing, again.skipped], ['0', '997', '3']);
  assert.equal(await customerCount(), before);
  assert.equal((await h.call('GET', '/v1/subscriptions?limit=100')).json().data.length, 10);
  await page.context().close();
});

test('in fa on a phone the import page is right to left, fits the screen and is accessible', async () => {
  const page = await openConsole(h, '/import', { locale: 'fa', viewport: 'phone' });
  await page.getByRole('heading', { name: 'درون‌بُرد مشترکان' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  await page.getByLabel('فایل CSV').setInputFiles(file);
  await page.getByLabel('فیلد برای E-mail').waitFor();
  await page.getByRole('button', { name: 'بررسی' }).click();
  await page.locator('tr[data-row="751"]').waitFor();
  const width = await page.locator('html').evaluate((html) => html.scrollWidth);
  assert.ok(width <= 390, `the page is ${width} px wide on a 390 px phone: it scrolls sideways`);
  await assertAccessible(page, 'import page (fa, phone)');
  await page.context().close();
});
