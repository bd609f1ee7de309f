import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { type Harness, startHarness } from '../helpers/harness.ts';
import { billingKit } from '../scenarios/billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
const dir = mkdtempSync(join(tmpdir(), 'tenure-docs-'));

before(async () => {
  h = await startHarness();
  k = billingKit(h);
  await k.ok('POST', '/v1/account', { name: 'Acme Streaming' });
});
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await h.close();
});

/** pdftotext (poppler-utils) on the PDF, whitespace collapsed so wrapped columns still match. */
function pdfText(pdf: Buffer): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function pdfOf(url: string): Promise<string> {
  const res = await h.call('GET', url);
  assert.equal(res.statusCode, 200, res.body);
  assert.match(String(res.headers['content-type']), /^application\/pdf/);
  assert.equal(res.rawPayload.subarray(0, 5).toString(), '%PDF-');
  return pdfText(res.rawPayload);
}

/** A customer (in `locale`, if any) with a taxed, discounted monthly subscription; returns its first invoice. */
async function invoiceFor(locale: string | null) {
  const clock = await k.clock('2026-01-15T12:00:00Z');
  const customer = await k.customer(clock);
  await k.ok('POST', `/v1/customers/${customer}`, {
    name: 'Ana Souza',
    address: { line1: 'Rua A 1', city: 'São Paulo', country: 'BR' },
    ...(locale && { locale }),
  });
  const tax = await k.ok('POST', '/v1/tax_rates', { display_name: 'VAT', percentage: 10, inclusive: false });
  const coupon = await k.ok('POST', '/v1/coupons', { percent_off: 50, duration: 'once' });
  const plan = await k.monthly(3000, { nickname: 'Gold plan' });
  const addon = await k.monthly(1000, { nickname: 'Extra screen' });
  const sub = await k.ok('POST', '/v1/subscriptions', {
    customer,
    items: [{ price: plan }, { price: addon, quantity: 2 }],
    default_tax_rates: [tax.id],
    coupon: coupon.id,
  });
  const [invoice] = await k.invoices(sub.id);
  return invoice;
}

// The first PDF of this process: it parses the fonts that the second one reuses.
test('a PDF rendered again is the same bytes: the fonts parsed for the first document serve the next ones', async () => {
  const invoice = await invoiceFor(null);
  const render = async () => (await h.call('GET', `/v1/invoices/${invoice.id}/pdf`)).rawPayload;
  const first = await render();
  assert.ok(first.length > 1000);
  assert.deepEqual(await render(), first);
});

test('an invoice PDF carries its number, each line, the discount, the tax and the total (en)', async () => {
  const invoice = await invoiceFor(null);
  assert.equal(invoice.total, 2750); // (3000 + 2 × 1000) − 50 % + 10 % tax
  const text = await pdfOf(`/v1/invoices/${invoice.id}/pdf`);
  assert.ok(invoice.number && text.includes(invoice.number), text);
  for (const line of invoice.lines.data) assert.ok(text.includes(line.description), `${line.description} in ${text}`);
  for (const fact of ['Acme Streaming', 'Ana Souza', 'Jan 15, 2026', 'Feb 15, 2026', '$25.00', '$2.50', '$27.50']) {
    assert.ok(text.includes(fact), `${fact} in ${text}`);
  }
  assert.ok(text.includes('-$25.00') || text.includes('−$25.00'), 'discount row');
  assert.ok(text.includes('Tax 10%'), 'tax breakdown by rate');
  assert.ok(text.includes('Paid'), 'payment status');
});

test('the fa invoice shows Persian digits and a Solar Hijri date, in PDF and in right-to-left HTML', async () => {
  const invoice = await invoiceFor('fa');
  const text = await pdfOf(`/v1/invoices/${invoice.id}/pdf`);
  assert.ok(text.includes(invoice.number), text);
  assert.ok(text.includes('۲۷٫۵۰'), `total in Persian digits: ${text}`);
  assert.ok(text.includes('۱۴۰۴/۱۰/۲۵'), `15 Jan 2026 is 25 Dey 1404: ${text}`);
  const html = await h.call('GET', `/v1/invoices/${invoice.id}/html`);
  assert.equal(html.statusCode, 200);
  assert.match(String(html.headers['content-type']), /^text\/html/);
  assert.match(html.body, /<html lang="fa" dir="rtl">/);
  for (const fact of [
    invoice.number,
    '۲۷٫۵۰',
    '۱۴۰۴/۱۰/۲۵',
    'صورتحساب',
    ...invoice.lines.data.map((l: any) => l.description),
  ]) {
    assert.ok(html.body.includes(fact), `${fact} in the HTML`);
  }
});

test('the HTML view has the same facts in the customer language (pt-BR) and escapes what it prints', async () => {
  const invoice = await invoiceFor('pt-BR');
  await k.ok('POST', `/v1/customers/${invoice.customer}`, { name: '<b>Ana</b>' });
  const html = (await h.call('GET', `/v1/invoices/${invoice.id}/html`)).body;
  assert.match(html, /<html lang="pt-BR" dir="ltr">/);
  for (const fact of [invoice.number, 'Fatura', 'US$\u00a027,50', '15 de jan. de 2026', '&lt;b&gt;Ana&lt;/b&gt;']) {
    assert.ok(html.includes(fact), `${fact} in ${html}`);
  }
  assert.ok(!html.includes('<b>Ana</b>'));
});

test('a credit note PDF names the note, the credited invoice and its amount (nl)', async () => {
  const invoice = await invoiceFor('nl');
  const note = await k.ok('POST', '/v1/credit_notes', { invoice: invoice.id, amount: 500, memo: 'Storing' });
  const text = await pdfOf(`/v1/credit_notes/${note.id}/pdf`);
  for (const fact of ['Creditnota', note.number, invoice.number, 'Storing', 'US$ 5,00']) {
    assert.ok(text.includes(fact), `${fact} in ${text}`);
  }
});

test("another account's key gets 404 on every document", async () => {
  const invoice = await invoiceFor(null);
  const other = await h.otherAccount();
  const note = await k.ok('POST', '/v1/credit_notes', { invoice: invoice.id, amount: 100 });
  for (const url of [`/v1/invoices/${invoice.id}`, `/v1/credit_notes/${note.id}`]) {
    for (const kind of ['pdf', 'html']) {
      const r = await h.call('GET', `${url}/${kind}`, { key: other.key });
      assert.equal(r.statusCode, 404, r.body);
      assert.equal(r.json().code, 'resource_missing');
    }
  }
});
