import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mailFromJson, parseRawMail } from './parse-mail.ts';

test('raw MIME: sender, every recipient (To, Cc, Delivered-To), subject, text and Message-ID', async () => {
  const raw = [
    'From: "Ana Souza" <ana@example.com>',
    'To: Support <support+tkt_abc.0123456789abcdef@help.example>',
    'Cc: bob@example.com',
    'Delivered-To: support+acct_x1@help.example',
    'Subject: =?UTF-8?Q?Re:_Sem_sinal?=',
    'Message-ID: <m1@example.com>',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Funcionou!',
    '',
  ].join('\r\n');
  assert.deepEqual(await parseRawMail(raw), {
    from: 'ana@example.com',
    recipients: ['support+tkt_abc.0123456789abcdef@help.example', 'bob@example.com', 'support+acct_x1@help.example'],
    subject: 'Re: Sem sinal',
    text: 'Funcionou!\n',
    messageId: '<m1@example.com>',
  });
});

test("a provider's JSON: display names stripped, `to` as a list or a comma-separated string", () => {
  const cases: [Parameters<typeof mailFromJson>[0], string[]][] = [
    [{ from: 'Ana <ana@example.com>', to: 'a@x.io, B <b@x.io>' }, ['a@x.io', 'b@x.io']],
    [{ from: 'ana@example.com', to: ['Support <s@x.io>'] }, ['s@x.io']],
  ];
  for (const [input, recipients] of cases) {
    const mail = mailFromJson(input);
    assert.equal(mail.from, 'ana@example.com');
    assert.deepEqual(mail.recipients, recipients);
    assert.deepEqual([mail.subject, mail.text, mail.messageId], ['', '', null]);
  }
});
