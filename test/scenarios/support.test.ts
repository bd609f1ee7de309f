import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startSmtpListener } from '../../src/flows/support/index.ts';
import { createMailer } from '../../src/modules/notices/index.ts';
import { dueWorkSources } from '../../src/server/due-work-sources.ts';
import { type Harness, problem, startHarness } from '../helpers/harness.ts';
import { smtpServer } from '../helpers/smtp-server.ts';
import { billingKit, unix } from './billing-kit.ts';

let h: Harness;
let k: ReturnType<typeof billingKit>;
let smtp: Awaited<ReturnType<typeof smtpServer>>;
let mailDir: string;
before(async () => {
  smtp = await smtpServer();
  mailDir = await mkdtemp(join(tmpdir(), 'tenure-support-mail-'));
  h = await startHarness({
    sources: dueWorkSources({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailDir, publicUrl: 'http://tenure.test' }),
  });
  k = billingKit(h);
});
after(async () => {
  await h.close();
  await smtp.close();
});

const mailTo = (address: string, template: string) =>
  smtp.of(template).filter((m) => (m.to as { text: string }).text === address);
const replyToOf = (mail: (typeof smtp.received)[number]) =>
  (mail.replyTo as { value: { address: string }[] }).value[0]!.address;

/** A customer on the clock; with `price`, subscribed to it. */
async function person(clock: string, name: string, locale: string, price?: string) {
  const body = { name, email: `${name.toLowerCase()}@example.com`, locale, test_clock: clock };
  const id = (await k.ok('POST', '/v1/customers', body)).id as string;
  if (price) {
    await k.ok('POST', '/v1/payment_methods', { customer: id, token: 'tok_visa' });
    await k.ok('POST', '/v1/subscriptions', { customer: id, items: [{ price }] });
  }
  return id;
}

async function goldPlan() {
  const product = await k.ok('POST', '/v1/products', { name: 'Gold', entitlements: { priority_support: true } });
  return (
    await k.ok('POST', '/v1/prices', {
      product: product.id,
      currency: 'eur',
      unit_amount: 3000,
      recurring: { interval: 'month' },
    })
  ).id as string;
}

const eventsFor = async (type: string, ticket: string) =>
  (await k.events(type)).filter((e) => e.data.object.id === ticket || e.data.object.ticket === ticket);

/** What the first test sets up for the ones after it (the file's tests run in order). */
const s = { clock: '', ana: '', urgent: '', older: '', bobReplyTo: '' };

test('priority from rules sorts the queue; a missed first-response target emits its event once', async () => {
  const clock = await k.clock('2026-01-05T09:00:00Z');
  const settings = await k.ok('POST', '/v1/support_settings', {
    priority_rules: [
      { name: 'at risk', priority: 'urgent', conditions: { churn_risk: ['high'] } },
      { name: 'priority support', priority: 'high', conditions: { entitlement: 'priority_support' } },
    ],
  });
  assert.deepEqual(settings.targets.high, { first_response_minutes: 240, resolution_minutes: 1440 });
  const gold = await goldPlan();
  const bob = await person(clock, 'Bob', 'fa');
  const ana = await person(clock, 'Ana', 'pt-BR', gold);

  // Bob's ticket is an hour older, but Ana's plan grants priority support.
  const older = await k.ok('POST', '/v1/support_tickets', {
    customer: bob,
    subject: 'Invoice question',
    message: 'Why?',
  });
  assert.deepEqual([older.priority, older.priority_source, older.priority_rule], ['normal', 'default', null]);
  await k.advance(clock, '2026-01-05T10:00:00Z');
  const urgent = await k.ok('POST', '/v1/support_tickets', { customer: ana, subject: 'Sem sinal', message: 'Nada' });
  assert.deepEqual(
    [urgent.priority, urgent.priority_source, urgent.priority_rule],
    ['high', 'rule', 'priority support'],
  );
  assert.equal(urgent.created, unix('2026-01-05T10:00:00Z'), 'in the clock time');
  assert.equal(urgent.first_response_due_at, unix('2026-01-05T14:00:00Z'));
  const queue = await k.ok('GET', '/v1/support_tickets');
  assert.deepEqual(
    queue.data.map((t: any) => t.id),
    [urgent.id, older.id],
  );
  const page = await k.ok('GET', `/v1/support_tickets?limit=1&starting_after=${urgent.id}`);
  assert.deepEqual([page.data[0].id, page.has_more], [older.id, false]);
  assert.deepEqual(
    (await k.ok('GET', '/v1/support_tickets?sort=created')).data.map((t: any) => t.id),
    [urgent.id, older.id],
  );
  assert.deepEqual(
    (await k.ok('GET', `/v1/support_tickets?customer=${bob}`)).data.map((t: any) => t.id),
    [older.id],
  );
  const expanded = await k.ok('GET', `/v1/support_tickets?customer=${bob}&expand[]=data.customer`);
  assert.deepEqual([expanded.data[0].customer.object, expanded.data[0].customer.id], ['customer', bob]);
  const wrong = await h.call('GET', '/v1/support_tickets?expand[]=customer');
  assert.equal(wrong.statusCode, 400);

  // Bob is answered in time; Ana's first-response target passes unanswered: one event, at 14:00 clock time.
  await k.ok('POST', `/v1/support_tickets/${older.id}/messages`, {
    author: 'operator',
    body: 'Internal: check',
    internal: true,
  });
  const reply = await k.ok('POST', `/v1/support_tickets/${older.id}/messages`, {
    author: 'operator',
    author_name: 'Dana',
    body: 'It is the annual plan.',
  });
  assert.equal(reply.object, 'support_ticket_message');
  await k.advance(clock, '2026-01-05T13:59:00Z');
  assert.equal((await eventsFor('support_ticket.first_response_breached', urgent.id)).length, 0);
  await k.advance(clock, '2026-01-05T14:30:00Z');
  await k.advance(clock, '2026-01-05T18:00:00Z');
  const breached = await eventsFor('support_ticket.first_response_breached', urgent.id);
  assert.equal(breached.length, 1, 'exactly once');
  assert.equal(breached[0].created, unix('2026-01-05T14:00:00Z'));
  assert.equal((await k.events('support_ticket.first_response_breached')).length, 1, 'not for the answered ticket');
  assert.equal((await k.ok('GET', `/v1/support_tickets/${urgent.id}`)).first_response_breached, true);
  assert.equal((await k.ok('GET', `/v1/support_tickets/${older.id}`)).first_responded_at, unix('2026-01-05T10:00:00Z'));

  // The operator reply went out in Persian with a Reply-To that carries the ticket; the internal note did not.
  await h.settle();
  const toBob = mailTo('bob@example.com', 'support_reply');
  assert.equal(toBob.length, 1);
  assert.equal(toBob[0]!.subject, `پاسخ: Invoice question [${older.id}]`);
  assert.match(toBob[0]!.text!, /عزیز/);
  assert.match(toBob[0]!.text!, /It is the annual plan\./);
  assert.match(replyToOf(toBob[0]!), new RegExp(`^support\\+${older.id}\\.[0-9a-f]{32}@support\\.tenure\\.local$`));

  Object.assign(s, { clock, ana, urgent: urgent.id, older: older.id, bobReplyTo: replyToOf(toBob[0]!) });
});

test('an operator reply is e-mailed in the customer language; the answer through the inbound webhook is a message', () =>
  emailBothWays(s.ana, s.urgent));
test('an answer through a real SMTP connection to the listener is a message', () => smtpReply(s.bobReplyTo, s.older));
test('solving sends the CSAT request and records its answer', () => csatOnSolve(s.clock, s.urgent));

async function emailBothWays(ana: string, ticket: string) {
  await k.ok('POST', `/v1/support_tickets/${ticket}/messages`, { author: 'operator', body: 'Reinicie o aparelho.' });
  await h.settle();
  const [mail] = mailTo('ana@example.com', 'support_reply');
  assert.equal(mail!.subject, `Re: Sem sinal [${ticket}]`);
  assert.match(mail!.text!, /^Olá Ana,/);
  const { secret, path } = (await k.ok('GET', '/v1/support_settings')).inbound_mail;
  const body = {
    from: 'Ana <ana@example.com>',
    to: replyToOf(mail!),
    subject: mail!.subject,
    text: 'Funcionou, obrigada!\n\nEm seg., 5 de jan. de 2026 10:00, Suporte escreveu:\n> Reinicie o aparelho.',
    message_id: '<reply-1@example.com>',
  };
  const headers = { authorization: `Bearer ${secret}` };
  problem(
    await h.call('POST', path, { key: '', body, headers: { authorization: 'Bearer wrong' } }),
    401,
    'inbound_secret_invalid',
  );
  const received = await h.call('POST', path, { key: '', body, headers });
  assert.equal(received.statusCode, 200, received.body);
  assert.deepEqual([received.json().outcome, received.json().ticket], ['message_created', ticket]);
  const again = await h.call('POST', path, { key: '', body, headers });
  assert.equal(again.json().outcome, 'duplicate', 'a provider retry adds nothing');
  const messages = (await k.ok('GET', `/v1/support_tickets/${ticket}/messages`)).data;
  assert.deepEqual(
    messages.map((m: any) => [m.author, m.via, m.body]),
    [
      ['customer', 'api', 'Nada'],
      ['operator', 'api', 'Reinicie o aparelho.'],
      ['customer', 'email', 'Funcionou, obrigada!'],
    ],
  );
  // Raw MIME from a known customer without a ticket token opens a new ticket; a stranger's mail is ignored.
  const raw = (from: string, id: string) =>
    `From: ${from}\r\nTo: help@example.com\r\nSubject: Outra coisa\r\nMessage-ID: <${id}@example.com>\r\n\r\nPergunta nova\r\n`;
  const mime = { 'content-type': 'message/rfc822', ...headers };
  const opened = await h.call('POST', path, { key: '', body: raw('ana@example.com', 'new-1'), headers: mime });
  assert.equal(opened.json().outcome, 'ticket_created', opened.body);
  const created = await k.ok('GET', `/v1/support_tickets/${opened.json().ticket}`);
  assert.deepEqual(
    [created.customer, created.channel, created.subject, created.priority],
    [ana, 'email', 'Outra coisa', 'high'],
  );
  const stranger = await h.call('POST', path, { key: '', body: raw('who@example.com', 'new-2'), headers: mime });
  assert.equal(stranger.json().outcome, 'ignored');
}

/** A customer's answer through a real SMTP connection to Tenure's listener, sent by Tenure's own mailer. */
async function smtpReply(replyTo: string, ticket: string) {
  const listener = await startSmtpListener(h.ctx, { port: 0 });
  try {
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${listener.port}`, mailDir });
    await mailer.send({
      id: 'bob-reply-1',
      from: 'bob@example.com',
      to: replyTo,
      subject: 'Re: Invoice question',
      text: 'Thanks, understood.\n\nOn Mon, 5 Jan 2026, Support wrote:\n> It is the annual plan.',
      html: '<p>Thanks, understood.</p>',
      headers: {},
    });
    await assert.rejects(
      mailer.send({
        id: 'relay',
        from: 'x@example.com',
        to: 'someone@else.example',
        subject: 's',
        text: 't',
        html: 't',
        headers: {},
      }),
      /550/,
      'not an open relay',
    );
  } finally {
    await listener.close();
  }
  const messages = (await k.ok('GET', `/v1/support_tickets/${ticket}/messages`)).data;
  assert.deepEqual(messages.at(-1).body, 'Thanks, understood.');
  assert.deepEqual([messages.at(-1).author, messages.at(-1).via], ['customer', 'email']);
}

async function csatOnSolve(clock: string, ticket: string) {
  const solved = await k.ok('POST', `/v1/support_tickets/${ticket}`, { status: 'solved', assignee: 'dana' });
  assert.equal(solved.status, 'solved');
  assert.equal(solved.solved_at, unix('2026-01-05T18:00:00Z'));
  assert.match(solved.csat_request, /^srq_/);
  assert.equal((await eventsFor('support_ticket.solved', ticket)).length, 1);
  await h.settle();
  const [mail] = mailTo('ana@example.com', 'survey_csat');
  assert.ok(mail, 'the CSAT request was e-mailed');
  const link = mail!.text!.match(/^5: http:\/\/tenure\.test(\/surveys\/answer\/\S+)$/m)![1]!;
  const answered = await h.call('POST', link, { key: '', body: {} });
  assert.deepEqual(answered.json(), { answered: true, score: 5 });
  const request = (await k.ok('GET', `/v1/survey_requests?customer=${solved.customer}`)).data[0];
  assert.deepEqual([request.id, request.score, request.kind], [solved.csat_request, 5, 'csat']);
  // No resolution breach after the solve, however far the clock goes.
  await k.advance(clock, '2026-01-09T00:00:00Z');
  assert.equal((await eventsFor('support_ticket.resolution_breached', ticket)).length, 0);
}
