import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { messages } from '../../src/db/schema/index.ts';
import { dueWorkSources } from '../../src/server/due-work-sources.ts';
import { startHarness } from '../helpers/harness.ts';
import { smtpServer } from '../helpers/smtp-server.ts';
import { billingKit } from './billing-kit.ts';

async function setup(smtpUrl: string | undefined, mailDir?: string) {
  const dir = mailDir ?? (await mkdtemp(join(tmpdir(), 'tenure-mail-test-')));
  const h = await startHarness({
    sources: dueWorkSources({ smtpUrl, mailDir: dir, publicUrl: 'http://tenure.test' }),
  });
  return { h, k: billingKit(h), dir };
}

/** A customer in `locale` on a fresh clock at 2026-01-01, subscribed monthly at 29.90 in `currency`. */
async function subscribed(
  k: ReturnType<typeof billingKit>,
  locale: string,
  currency: string,
  name = 'Ana',
  token = 'tok_visa',
) {
  const clock = await k.clock('2026-01-01T00:00:00Z');
  const customer = (await k.ok('POST', '/v1/customers', { name, email: 'ana@example.com', locale, test_clock: clock }))
    .id as string;
  await k.ok('POST', '/v1/payment_methods', { customer, token });
  const price = await k.monthly(2990, { currency });
  const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }] });
  return { clock, customer, sub: sub.id as string };
}

const cases = [
  { locale: 'en', currency: 'usd', subject: 'Your subscription renews on February 1, 2026', amount: '$29.90' },
  {
    locale: 'pt-BR',
    currency: 'brl',
    subject: 'Sua assinatura será renovada em 1 de fevereiro de 2026',
    amount: 'R$\u00a029,90',
  },
  { locale: 'nl', currency: 'eur', subject: 'Je abonnement wordt verlengd op 1 februari 2026', amount: '€\u00a029,90' },
  { locale: 'fa', currency: 'usd', subject: 'اشتراک شما در ۱۲ بهمن ۱۴۰۴ تمدید می‌شود', amount: '$۲۹٫۹۰' },
];

for (const c of cases) {
  test(`renewal reminder 7 days before a monthly renewal, over SMTP, in ${c.locale}`, async () => {
    const smtp = await smtpServer();
    const { h, k } = await setup(`smtp://127.0.0.1:${smtp.port}`);
    try {
      const { clock, customer } = await subscribed(k, c.locale, c.currency);
      await k.advance(clock, '2026-01-24T23:00:00Z');
      assert.equal(smtp.of('renewal_reminder').length, 0, 'not before 7 days ahead');
      await k.advance(clock, '2026-01-25T01:00:00Z');
      assert.equal(smtp.of('renewal_reminder').length, 1);
      const mail = smtp.of('renewal_reminder')[0]!;
      assert.equal(mail.subject, c.subject);
      assert.ok(mail.text?.includes(c.amount), `${mail.text} has ${c.amount}`);
      assert.ok(
        mail.text?.includes(
          c.subject.match(/(February 1, 2026|1 de fevereiro de 2026|1 februari 2026|۱۲ بهمن ۱۴۰۴)/)![0],
        ),
      );
      if (c.locale === 'fa') assert.ok(String(mail.html).includes('dir="rtl"'));
      const list = await k.ok('GET', `/v1/messages?customer=${customer}&template=renewal_reminder`);
      assert.equal(list.data.length, 1);
      assert.equal(list.data[0].status, 'sent');
      assert.equal(list.data[0].locale, c.locale);
      // Through the renewal and the next period's reminder: one each, never twice.
      await k.advance(clock, '2026-02-25T01:00:00Z');
      assert.equal(smtp.of('renewal_reminder').length, 2);
      const reminders = await k.ok('GET', `/v1/messages?customer=${customer}&template=renewal_reminder`);
      assert.equal(reminders.data.length, 2);
    } finally {
      await h.close();
      await smtp.close();
    }
  });
}

test('with SMTP down, a reminder is retried and delivered once when it comes back', async () => {
  const probe = await smtpServer();
  const port = probe.port;
  await probe.close();
  const { h, k } = await setup(`smtp://127.0.0.1:${port}`);
  try {
    const { clock } = await subscribed(k, 'en', 'usd');
    await k.advance(clock, '2026-01-25T01:00:00Z');
    const [queued] = (await k.ok('GET', '/v1/messages?template=renewal_reminder')).data;
    assert.equal(queued.status, 'queued');
    assert.equal(queued.attempts, 1);
    assert.ok(queued.last_error);
    assert.ok(queued.next_attempt_at > Date.now() / 1000, 'a retry is scheduled later');
    const smtp = await smtpServer(port);
    try {
      await h.settle();
      assert.equal(smtp.received.length, 0, 'waits for the retry time');
      // Time passes until the retry is due.
      await h.ctx.db
        .update(messages)
        .set({ nextAttemptAt: new Date(0) })
        .where(eq(messages.id, queued.id));
      await h.settle();
      await h.settle();
      assert.equal(smtp.received.length, 1);
      const sent = await k.ok('GET', `/v1/messages/${queued.id}`);
      assert.equal(sent.status, 'sent');
      assert.equal(sent.attempts, 2);
    } finally {
      await smtp.close();
    }
  } finally {
    await h.close();
  }
});

test('without SMTP, messages are .eml files and still listed in the API', async () => {
  const { h, k, dir } = await setup(undefined);
  try {
    const { clock } = await subscribed(k, 'nl', 'eur');
    await k.advance(clock, '2026-01-25T01:00:00Z');
    const all = (await k.ok('GET', '/v1/messages?limit=100')).data as { id: string; status: string }[];
    const [message] = (await k.ok('GET', '/v1/messages?template=renewal_reminder')).data;
    assert.equal(message.status, 'sent');
    const files = await readdir(dir);
    assert.deepEqual(files.sort(), all.map((m) => `${m.id}.eml`).sort());
    const mail = await simpleParser(await readFile(join(dir, `${message.id}.eml`)));
    assert.equal(mail.subject, 'Je abonnement wordt verlengd op 1 februari 2026');
  } finally {
    await h.close();
  }
});

test('a template override is rendered with values escaped; code-like templates are refused', async () => {
  const smtp = await smtpServer();
  const { h, k } = await setup(`smtp://127.0.0.1:${smtp.port}`);
  try {
    await k.ok('POST', '/v1/notice_templates/renewal_reminder/en', {
      subject: 'Renewal for {{customer.name}}',
      body: 'Hi {{customer.name}}, {{renewal.amount}} on {{renewal.date}}.',
    });
    const refused = await h.call('POST', '/v1/notice_templates/renewal_reminder/en', {
      body: { subject: 'x', body: '{{#each x}}{{constructor}}' },
    });
    assert.equal(refused.statusCode, 400);
    const { clock } = await subscribed(k, 'en', 'usd', '<script>alert(1)</script>');
    await k.advance(clock, '2026-01-25T01:00:00Z');
    const mail = smtp.of('renewal_reminder')[0]!;
    assert.equal(mail.subject, 'Renewal for <script>alert(1)</script>');
    assert.ok(!String(mail.html).includes('<script>'));
    assert.ok(String(mail.html).includes('&#60;script&#62;'));
    assert.equal(mail.text?.trim(), 'Hi <script>alert(1)</script>, $29.90 on February 1, 2026.');
  } finally {
    await h.close();
    await smtp.close();
  }
});

test('win-back goes only with marketing consent, with RFC 8058 headers; the one-click link withdraws consent', async () => {
  const smtp = await smtpServer();
  const { h, k } = await setup(`smtp://127.0.0.1:${smtp.port}`);
  try {
    const notices = { win_back: { enabled: true, days_after: 10 }, subscription_started: { enabled: false } };
    await k.ok('POST', '/v1/account', { settings: { notices } });
    const clock = await k.clock('2026-01-01T00:00:00Z');
    const price = await k.monthly(2990);
    const people = [];
    for (const [email, consent] of [
      ['yes@example.com', true],
      ['no@example.com', false],
    ] as const) {
      const body = { name: 'Ana', email, locale: 'en', test_clock: clock, marketing_consent: consent };
      const customer = (await k.ok('POST', '/v1/customers', body)).id as string;
      await k.ok('POST', '/v1/payment_methods', { customer, token: 'tok_visa' });
      const sub = await k.ok('POST', '/v1/subscriptions', { customer, items: [{ price }] });
      await k.ok('POST', `/v1/subscriptions/${sub.id}/cancel`, {});
      people.push(customer);
    }
    await k.advance(clock, '2026-01-12T00:00:00Z');
    const winBacks = smtp.of('win_back');
    assert.equal(smtp.of('subscription_started').length, 0, 'a notice switched off is not sent');
    assert.deepEqual(
      winBacks.map((m) => (m.to as { text: string }).text),
      ['yes@example.com'],
    );
    assert.equal((await k.ok('GET', `/v1/messages?customer=${people[1]}&template=win_back`)).data.length, 0);
    // Transactional notices still go without consent: the cancellation confirmation.
    assert.equal((await k.ok('GET', `/v1/messages?customer=${people[1]}&template=subscription_ended`)).data.length, 1);
    const mail = winBacks[0]!;
    // mailparser folds List-* headers into one object: read the raw header lines instead.
    const header = (key: string) =>
      mail.headerLines
        .find((l) => l.key === key)
        ?.line.slice(key.length + 1)
        .trim();
    assert.equal(header('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');
    const url = new URL(header('list-unsubscribe')!.replace(/^<|>$/g, ''));
    assert.ok(mail.text?.includes(url.href));
    const forged = await h.call('POST', `${url.pathname}x`, {
      key: '',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(forged.statusCode, 400);
    const res = await h.call('POST', url.pathname, {
      key: '',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await k.ok('GET', `/v1/customers/${people[0]}`)).marketing_consent, false);
  } finally {
    await h.close();
    await smtp.close();
  }
});

test('event notices: welcome, invoice with its PDF, receipt, payment failed, cancellation, end', async () => {
  const smtp = await smtpServer();
  const { h, k } = await setup(`smtp://127.0.0.1:${smtp.port}`);
  try {
    const { clock, sub } = await subscribed(k, 'en', 'usd');
    await k.ok('POST', `/v1/subscriptions/${sub}`, { cancel_at_period_end: true });
    await h.settle();
    const subjects = (t: string) => smtp.of(t).map((m) => m.subject);
    const account = await k.ok('GET', '/v1/account');
    assert.deepEqual(subjects('subscription_started'), [`Welcome to ${account.name}`]);
    const invoice = smtp.of('invoice_issued')[0]!;
    assert.match(String(invoice.subject), /^Invoice .+: \$29\.90$/);
    assert.deepEqual(
      invoice.attachments.map((a) => a.contentType),
      ['application/pdf'],
      'the invoice PDF is attached',
    );
    assert.ok(invoice.attachments[0]!.content.subarray(0, 5).toString() === '%PDF-');
    assert.deepEqual(subjects('payment_succeeded'), ['Receipt: $29.90 paid']);
    assert.ok(smtp.of('cancellation_confirmed')[0]?.text?.includes('You keep access until February 1, 2026.'));
    await k.advance(clock, '2026-02-02T00:00:00Z');
    assert.equal(smtp.of('subscription_ended').length, 1);
    assert.equal(smtp.of('renewal_reminder').length, 0, 'no reminder for a subscription that will not renew');

    await subscribed(k, 'pt-BR', 'brl', 'Bia', 'tok_chargeDeclined');
    await h.settle();
    const [failed] = smtp.of('payment_failed');
    assert.match(String(failed?.subject), /^Falha no pagamento: R\$\u00a029,90$/);
  } finally {
    await h.close();
    await smtp.close();
  }
});
