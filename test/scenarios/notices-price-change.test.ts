import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { dueWorkSources } from '../../src/server/due-work-sources.ts';
import { startHarness } from '../helpers/harness.ts';
import { smtpServer } from '../helpers/smtp-server.ts';
import { billingKit } from './billing-kit.ts';

async function setup(port: number) {
  const mailDir = await mkdtemp(join(tmpdir(), 'tenure-mail-test-'));
  const h = await startHarness({
    sources: dueWorkSources({ smtpUrl: `smtp://127.0.0.1:${port}`, mailDir, publicUrl: 'http://tenure.test' }),
  });
  return { h, k: billingKit(h) };
}

async function customer(k: ReturnType<typeof billingKit>, clock: string, locale: string) {
  const body = { name: 'Ana', email: 'ana@example.com', locale, test_clock: clock };
  const id = (await k.ok('POST', '/v1/customers', body)).id as string;
  await k.ok('POST', '/v1/payment_methods', { customer: id, token: 'tok_visa' });
  return id;
}

test('a schedule phase with a new price is announced N days ahead (account setting), once', async () => {
  const smtp = await smtpServer();
  const { h, k } = await setup(smtp.port);
  try {
    await k.ok('POST', '/v1/account', { settings: { notices: { price_change: { days_before: 10 } } } });
    const clock = await k.clock('2026-01-01T00:00:00Z');
    const cus = await customer(k, clock, 'en');
    const promo = await k.monthly(2990);
    const list = await k.monthly(3490);
    await k.ok('POST', '/v1/subscription_schedules', {
      customer: cus,
      phases: [{ items: [{ price: promo }], iterations: 3 }, { items: [{ price: list }] }],
    });
    await k.advance(clock, '2026-03-21T23:00:00Z');
    assert.equal(smtp.of('price_change').length, 0, 'not before 10 days ahead of 2026-04-01');
    await k.advance(clock, '2026-03-22T01:00:00Z');
    const [mail] = smtp.of('price_change');
    assert.equal(mail?.subject, 'Your price changes on April 1, 2026');
    assert.ok(mail?.text?.includes('From April 1, 2026 your'), mail?.text);
    assert.ok(mail?.text?.includes('costs $34.90 instead of $29.90'), mail?.text);
    await k.advance(clock, '2026-04-20T00:00:00Z');
    assert.equal(smtp.of('price_change').length, 1, 'once per change');
    // Renewal reminders quote the upcoming invoice: the April renewal already bills the new price.
    const reminders = smtp.of('renewal_reminder').map((m) => m.text ?? '');
    assert.equal(reminders.length, 3, reminders.join('\n---\n'));
    assert.deepEqual(
      reminders.map((text) => /\$\d+\.\d\d/.exec(text)?.[0]),
      ['$29.90', '$29.90', '$34.90'],
    );
    assert.equal(smtp.of('plan_changed').length, 1, 'the phase taking effect is a plan change');
  } finally {
    await h.close();
    await smtp.close();
  }
});

test('a change for the period end with less notice than the setting is announced at once, in the customer language', async () => {
  const smtp = await smtpServer();
  const { h, k } = await setup(smtp.port);
  try {
    const clock = await k.clock('2026-01-01T00:00:00Z');
    const cus = await customer(k, clock, 'pt-BR');
    const price = await k.monthly(2990, { currency: 'brl' });
    const dearer = await k.monthly(3990, { currency: 'brl' });
    const sub = await k.ok('POST', '/v1/subscriptions', { customer: cus, items: [{ price }] });
    await k.advance(clock, '2026-01-20T00:00:00Z');
    assert.equal(smtp.of('price_change').length, 0);
    const item = sub.items.data[0].id;
    await k.ok('POST', `/v1/subscriptions/${sub.id}`, {
      items: [{ id: item, price: dearer }],
      change_at: 'period_end',
    });
    await k.advance(clock, '2026-01-20T00:01:00Z');
    const [mail] = smtp.of('price_change');
    assert.equal(mail?.subject, 'Seu preço muda em 1 de fevereiro de 2026');
    assert.ok(mail?.text?.includes('custará R$\u00a039,90 em vez de R$\u00a029,90'), mail?.text);
    const [message] = (await k.ok('GET', `/v1/messages?customer=${cus}&template=price_change`)).data;
    // Queued in the first clock step after the change (the clock's time then), not back-dated to 30 days before.
    assert.equal(message.created, Date.parse('2026-01-20T00:00:00Z') / 1000);
    await k.advance(clock, '2026-02-02T00:00:00Z');
    assert.equal(smtp.of('price_change').length, 1);
    // Same amount, another price: nothing the customer pays changes, so nothing is announced.
    const same = await k.monthly(3990, { currency: 'brl' });
    const now = await k.ok('GET', `/v1/subscriptions/${sub.id}`);
    await k.ok('POST', `/v1/subscriptions/${sub.id}`, {
      items: [{ id: now.items.data[0].id, price: same }],
      change_at: 'period_end',
    });
    await k.advance(clock, '2026-02-03T00:00:00Z');
    assert.equal(smtp.of('price_change').length, 1);
  } finally {
    await h.close();
    await smtp.close();
  }
});

test('changing the price of a subscription sends plan_changed; a metadata change does not', async () => {
  const smtp = await smtpServer();
  const { h, k } = await setup(smtp.port);
  try {
    const clock = await k.clock('2026-01-01T00:00:00Z');
    const cus = await customer(k, clock, 'nl');
    const basic = await k.monthly(1000, { currency: 'eur' });
    const plus = await k.monthly(2000, { currency: 'eur' });
    const sub = await k.ok('POST', '/v1/subscriptions', { customer: cus, items: [{ price: basic }] });
    await k.ok('POST', `/v1/subscriptions/${sub.id}`, { metadata: { note: 'x' } });
    await h.settle();
    assert.equal(smtp.of('plan_changed').length, 0);
    await k.ok('POST', `/v1/subscriptions/${sub.id}`, { items: [{ id: sub.items.data[0].id, price: plus }] });
    await h.settle();
    const [event] = await k.events('customer.subscription.updated');
    assert.equal(event.data.previous_attributes.items.data[0].price.id, basic, 'the event shows the old items');
    const changed = smtp.of('plan_changed');
    assert.equal(changed.length, 1);
    assert.equal(changed[0]!.subject, 'Je abonnement is gewijzigd');
  } finally {
    await h.close();
    await smtp.close();
  }
});
