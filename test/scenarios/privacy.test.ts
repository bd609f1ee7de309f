import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { reconcileAll } from '../../src/flows/collection/index.ts';
import { dueWorkSources } from '../../src/server/due-work-sources.ts';
import { problem, startHarness } from '../helpers/harness.ts';
import { billingKit } from './billing-kit.ts';

const PERSONAL = {
  name: 'Ana Beatriz Souza',
  email: 'ana.beatriz@example.com',
  phone: '+55 11 98765-4321',
  line1: 'Rua Augusta 1500, ap 42',
  taxId: '123.456.789-09',
  device: 'Sala-TV-Ana',
  crm: 'lead-ana-7781',
  pmNote: 'cartao-da-ana',
  oldName: 'Ana B. Souza',
};

test('export holds everything about a customer; anonymize erases the personal data and keeps the books', async () => {
  const mailDir = await mkdtemp(join(tmpdir(), 'tenure-privacy-'));
  const h = await startHarness({ sources: dueWorkSources({ mailDir, publicUrl: 'http://tenure.test' }) });
  const k = billingKit(h);
  try {
    await k.ok('POST', '/v1/attribute_definitions', { key: 'device', type: 'string' });
    const clock = await k.clock('2026-01-01T00:00:00Z');
    const customer = await k.ok('POST', '/v1/customers', {
      name: PERSONAL.oldName,
      email: PERSONAL.email,
      phone: PERSONAL.phone,
      address: { line1: PERSONAL.line1, city: 'São Paulo', country: 'BR' },
      tax_ids: [{ type: 'br_cpf', value: PERSONAL.taxId }],
      attributes: { device: PERSONAL.device },
      metadata: { crm: PERSONAL.crm },
      locale: 'pt-BR',
      test_clock: clock,
    });
    await k.ok('POST', `/v1/customers/${customer.id}`, { name: PERSONAL.name });
    await k.ok('POST', '/v1/payment_methods', {
      customer: customer.id,
      token: 'tok_visa',
      metadata: { note: PERSONAL.pmNote },
    });
    const price = await k.monthly(2990, { currency: 'brl' });
    const sub = await k.ok('POST', '/v1/subscriptions', { customer: customer.id, items: [{ price }] });
    await k.ok('POST', '/v1/subscription_schedules', { customer: customer.id, phases: [{ items: [{ price }] }] });
    await k.ok('POST', '/v1/invoiceitems', {
      customer: customer.id,
      amount: 990,
      currency: 'brl',
      description: 'Setup',
    });
    await k.advance(clock, '2026-03-02T00:00:00Z');
    // Money moved back: a credit note refunding part of the first invoice, and a balance adjustment.
    const [first] = await k.invoices(sub.id);
    await k.ok('POST', '/v1/credit_notes', { invoice: first.id, amount: 500, refund_amount: 500 });
    await k.ok('POST', `/v1/customers/${customer.id}/balance_transactions`, { amount: -100, currency: 'brl' });
    await h.settle();

    const before = await k.ok('GET', `/v1/customers/${customer.id}/export`);
    assert.equal(before.object, 'customer_export');
    assert.equal(before.customer.email, PERSONAL.email);
    assert.deepEqual(before.customer.attributes, { device: PERSONAL.device });
    // The subscription, and the one the schedule started.
    assert.equal(before.subscriptions.length, 2);
    assert.ok(before.subscriptions.some((s: any) => s.id === sub.id));
    assert.ok(before.invoices.length >= 3, `${before.invoices.length} invoices`);
    assert.ok(before.invoices.every((i: any) => i.status === 'paid' && i.lines.data.length > 0));
    assert.equal(before.payments.length, before.invoices.filter((i: any) => i.amount_paid > 0).length);
    assert.equal(before.payment_methods.length, 1);
    assert.deepEqual([before.subscription_schedules.length, before.invoice_items.length], [1, 1]);
    assert.deepEqual([before.credit_notes.length, before.refunds.length, before.refunds[0]?.amount], [1, 1, 500]);
    assert.ok(before.balance_transactions.some((b: any) => b.amount === -100));
    assert.ok(before.messages.length >= 2, 'e-mails (renewal reminders, receipts)');
    assert.ok(before.messages.every((m: any) => m.to === PERSONAL.email && m.text.length > 0));
    const types = new Set(before.events.map((e: any) => e.type));
    for (const type of ['customer.created', 'customer.updated', 'customer.subscription.created', 'invoice.paid'])
      assert.ok(types.has(type), `${type} in ${[...types]}`);
    const beforeText = JSON.stringify(before);
    for (const value of Object.values(PERSONAL)) assert.ok(beforeText.includes(value), `${value} exported`);

    // Another tenant cannot read or erase it.
    const other = await h.otherAccount();
    problem(await h.call('GET', `/v1/customers/${customer.id}/export`, { key: other.key }), 404, 'resource_missing');
    problem(await h.call('POST', `/v1/customers/${customer.id}/anonymize`, { key: other.key }), 404);

    const erased = await k.ok('POST', `/v1/customers/${customer.id}/anonymize`);
    assert.deepEqual(
      [erased.id, erased.name, erased.email, erased.phone, erased.address, erased.tax_ids, erased.attributes],
      [customer.id, null, null, null, null, [], {}],
    );
    assert.deepEqual(erased.metadata, {});

    const after = await k.ok('GET', `/v1/customers/${customer.id}/export`);
    const afterText = JSON.stringify(after);
    for (const value of Object.values(PERSONAL)) assert.ok(!afterText.includes(value), `${value} was erased`);
    assert.ok(after.messages.every((m: any) => m.to === '' && m.text === '' && m.subject === ''));
    // The books are untouched: same invoices, amounts, payments and ledger.
    const books = (x: any) => ({
      invoices: x.invoices.map((i: any) => [i.id, i.number, i.status, i.total, i.amount_paid, i.lines.data.length]),
      payments: x.payments.map((p: any) => [p.id, p.amount, p.status]),
      balance: x.balance_transactions.map((b: any) => [b.id, b.amount]),
      credit: [...x.credit_notes, ...x.refunds].map((c: any) => [c.id, c.amount, c.status]),
      subscriptions: x.subscriptions.map((s: any) => [s.id, s.status]),
    });
    assert.deepEqual(books(after), books(before));
    assert.equal(after.events.at(-1).type, 'customer.anonymized');
    const announced = await k.ok('GET', '/v1/events?type=customer.anonymized');
    assert.deepEqual(
      announced.data.map((e: any) => [e.data.object.id, e.data.object.email]),
      [[customer.id, null]],
    );
    // Renewal e-mails after erasure go nowhere; billing goes on; a second erasure is harmless.
    await k.advance(clock, '2026-04-02T00:00:00Z');
    assert.ok(JSON.stringify(await k.ok('GET', `/v1/customers/${customer.id}/export`)).includes('"status":"paid"'));
    await k.ok('POST', `/v1/customers/${customer.id}/anonymize`);
    assert.deepEqual(
      (await reconcileAll(h.ctx.db)).filter((r) => r.problems.length > 0),
      [],
    );
    problem(await h.call('GET', '/v1/customers/cus_nope/export'), 404, 'resource_missing');
  } finally {
    await h.close(); // reconciles every account's books again
  }
});
