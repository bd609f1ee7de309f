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
  // Renewals finalized at once, so the first failing attempt is at the 2026-01-01 boundary itself.
  await h.call('POST', '/v1/account', { body: { settings: { invoice_finalize_delay_seconds: 0 } } });
  return { h, k: billingKit(h) };
}

/**
 * A customer subscribed monthly at 29.90 since 2025-12-01 whose card declines from the 2026-01-01 renewal on (a
 * failing first invoice would leave the subscription incomplete, not in dunning: Stripe's first-payment rule).
 */
async function failing(k: ReturnType<typeof billingKit>, locale: string, currency: string) {
  const clock = await k.clock('2025-12-01T00:00:00Z');
  const body = { name: 'Ana', email: 'ana@example.com', locale, test_clock: clock };
  const customer = (await k.ok('POST', '/v1/customers', body)).id as string;
  await k.ok('POST', '/v1/payment_methods', { customer, token: 'tok_visa' });
  const price = await k.monthly(2990, { currency });
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }] });
  await k.ok('POST', '/v1/payment_methods', { customer, token: 'tok_chargeDeclined', set_default: true });
  await k.advance(clock, '2026-01-01T00:00:00Z');
  const renewed = await k.ok('GET', `/v1/subscriptions/${sub.id}`);
  return { clock, customer, sub: sub.id as string, invoice: renewed.latest_invoice as string };
}

const linkIn = (text: string | undefined) =>
  /http:\/\/tenure\.test(\/pay\/[^\s/]+\/payment_method)/.exec(text ?? '')?.[1];

test('every failed attempt and every overdue warning is its own e-mail, each with a card-update link', async () => {
  const smtp = await smtpServer();
  const { h, k } = await setup(smtp.port);
  try {
    // Retries 1, 3, 5, 7 days apart (attempts on 01-01, 01-02, 01-05, 01-10, 01-17); warn at 10 days unpaid,
    // block access at 14 (the last warning before the cancellation at 21, on 01-22).
    const stages = [
      { after_days: 10, action: 'warn' },
      { after_days: 14, action: 'block_access' },
      { after_days: 21, action: 'cancel' },
    ];
    await k.ok('POST', '/v1/account', { settings: { dunning: { retry_days: [1, 3, 5, 7], stages } } });
    const { clock, invoice } = await failing(k, 'en', 'usd');
    await k.advance(clock, '2026-01-18T00:00:00Z');
    const failed = smtp.of('payment_failed').map((m) => m.text ?? '');
    assert.equal(failed.length, 4, 'one e-mail per failed attempt with a retry to come');
    const retries = ['January 2, 2026', 'January 5, 2026', 'January 10, 2026', 'January 17, 2026'];
    failed.forEach((text, i) => {
      assert.ok(text.includes(`Attempt ${i + 1} to charge $29.90`), text);
      assert.ok(text.includes(`We will try again on ${retries[i]}.`), text);
    });
    const [last] = smtp.of('payment_failed_final');
    assert.ok(last?.text?.includes('Attempt 5 to charge $29.90'), last?.text);
    assert.ok(last?.text?.includes('We will not try again automatically.'));
    assert.equal(smtp.of('dunning_warning').length, 1);
    assert.ok(smtp.of('dunning_warning')[0]!.text?.includes('still unpaid after 10 days'));
    const [final] = smtp.of('dunning_final_warning');
    assert.equal(final?.subject, 'Final notice: your subscription will be canceled on January 22, 2026');
    assert.ok(final?.text?.includes('your subscription will be canceled on January 22, 2026'));
    const mails = [...smtp.of('payment_failed'), last!, ...smtp.of('dunning_warning'), final!];
    const links = new Set(mails.map((m) => linkIn(m.text)));
    assert.equal(links.size, 1, 'every dunning e-mail links to the same card-update page');
    const link = [...links][0]!;
    assert.ok(link, 'the link is there');
    const messages = await k.ok('GET', `/v1/messages?limit=100`);
    assert.equal(
      messages.data.filter((m: any) => m.template.startsWith('dunning') || m.template.startsWith('payment_failed'))
        .length,
      7,
    );

    // The link works: the page, then a new card that pays the invoice at once.
    const page = await h.call('GET', link, { key: '' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1>Update your payment method<\/h1>/);
    assert.match(page.body, /\$29\.90/);
    const form = (token: string) => ({
      key: '',
      body: `token=${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
    });
    const paid = await h.call('POST', link, form('tok_visa'));
    assert.equal(paid.statusCode, 200, paid.body);
    assert.match(paid.body, /Your payment method was updated/);
    assert.equal((await k.ok('GET', `/v1/invoices/${invoice}`)).status, 'paid');
    const customer = (await k.ok('GET', `/v1/invoices/${invoice}`)).customer;
    const methods = (await k.ok('GET', `/v1/payment_methods?customer=${customer}`)).data;
    assert.equal(methods.length, 3, 'the first card, the declining one, the new one');
    const byDefault = methods.filter((m: any) => m.is_default).map((m: any) => m.card?.last4);
    assert.deepEqual(byDefault, ['4242'], 'the new card is the default');
    // The link dies with the open invoice; an API client gets problem+json.
    const again = await h.call('POST', link, { key: '', body: { token: 'tok_visa' } });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'invoice_not_open');
    await k.advance(clock, '2026-01-25T00:00:00Z');
    assert.equal(smtp.of('subscription_ended').length, 0, 'paid in time: no cancellation');
  } finally {
    await h.close();
    await smtp.close();
  }
});

test('the card-update page speaks the customer language and shows clear errors', async () => {
  const smtp = await smtpServer();
  const { h, k } = await setup(smtp.port);
  try {
    const { invoice } = await failing(k, 'pt-BR', 'brl');
    await h.settle();
    const [mail] = smtp.of('payment_failed');
    assert.ok(mail?.text?.includes('A tentativa 1 de cobrar R$\u00a029,90'), mail?.text);
    assert.ok(mail?.text?.includes('Tentaremos novamente em 2 de janeiro de 2026.'));
    const link = linkIn(mail?.text)!;
    const page = await h.call('GET', link, { key: '' });
    assert.match(page.body, /<html lang="pt-BR"/);
    assert.match(page.body, /<h1>Atualize sua forma de pagamento<\/h1>/);
    assert.match(page.body, /R\$\u00a029,90/);
    // The suite's rule is problem+json for errors; a browser (Accept: text/html) gets the page instead.
    const browser = (token: string, url = link) =>
      h.app.inject({
        method: 'POST',
        url,
        payload: `token=${token}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      });
    const raw = await browser('4242 4242 4242 4242');
    assert.equal(raw.statusCode, 400);
    assert.match(raw.body, /<h1>Não foi possível usar a forma de pagamento<\/h1>/);
    assert.match(raw.body, /role="alert">Send a gateway token, never a card number/);
    assert.ok(!raw.body.includes('4242 4242'), 'a card number is never echoed');
    const api = await h.call('POST', link, { key: '', body: { token: '4242424242424242' } });
    assert.equal(api.statusCode, 400);
    assert.equal(api.json().code, 'raw_card_number');
    const declined = await browser('tok_chargeDeclined');
    assert.equal(declined.statusCode, 200, 'a declined card is an answer, not an error');
    assert.match(declined.body, /<h1>Sua nova forma de pagamento foi salva, mas o pagamento foi recusado<\/h1>/);
    assert.match(declined.body, /role="alert">[^<]+</);
    assert.equal((await k.ok('GET', `/v1/invoices/${invoice}`)).status, 'open');
    const unknown = await browser('tok_visa', '/pay/inv_link_nope/payment_method');
    assert.equal(unknown.statusCode, 404);
    assert.match(unknown.body, /Link not found/);
    const ok = await browser('tok_visa');
    assert.match(ok.body, /<h1>Sua forma de pagamento foi atualizada<\/h1>/);
    assert.equal((await k.ok('GET', `/v1/invoices/${invoice}`)).status, 'paid');
    const closed = await h.app.inject({ method: 'GET', url: link, headers: { accept: 'text/html' } });
    assert.equal(closed.statusCode, 409);
    assert.match(closed.body, /Esta fatura não está mais em aberto/);
    const spec = (await h.call('GET', '/openapi.json', { key: '' })).json();
    const documented = spec.paths['/pay/{token}/payment_method'];
    assert.deepEqual(Object.keys(documented ?? {}).sort(), ['get', 'post'], 'the page is in the OpenAPI document');
    assert.deepEqual(documented.post.security, [], 'no API key: the link is the credential');
  } finally {
    await h.close();
    await smtp.close();
  }
});

test('an unpaid stage suspends the subscription and says so, with the card-update link; paying restores it', async () => {
  const smtp = await smtpServer();
  const { h, k } = await setup(smtp.port);
  try {
    const stages = [{ after_days: 3, action: 'unpaid' }];
    await k.ok('POST', '/v1/account', { settings: { dunning: { retry_days: [1], stages } } });
    const { clock, sub } = await failing(k, 'nl', 'eur');
    await k.advance(clock, '2026-01-05T00:00:00Z');
    assert.equal((await k.ok('GET', `/v1/subscriptions/${sub}`)).status, 'unpaid');
    const [mail] = smtp.of('dunning_suspended');
    assert.equal(smtp.of('dunning_suspended').length, 1);
    assert.match(mail!.subject ?? '', /^Je abonnement is opgeschort: factuur /);
    assert.ok(mail!.text?.includes('na 3 dagen nog niet betaald'), mail!.text);
    const link = linkIn(mail!.text);
    assert.ok(link, mail!.text);
    const paid = await h.call('POST', link!, { key: '', body: { token: 'tok_visa' } });
    assert.equal(paid.statusCode, 200, paid.body);
    assert.equal((await k.ok('GET', `/v1/subscriptions/${sub}`)).status, 'active');
  } finally {
    await h.close();
    await smtp.close();
  }
});
