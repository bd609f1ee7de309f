import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSupportAddress, replyAddress, stripQuoted, subjectTicket } from './reply-address.ts';

const sign = (payload: string) => `${payload.length.toString(16).padStart(16, '0')}`;

test('a reply address carries its ticket and a signature; an account address opens tickets', () => {
  const address = replyAddress('help.example.com', 'acct_1', 'tkt_abc123', sign);
  assert.equal(address, 'support+tkt_abc123.000000000000001f@help.example.com');
  const cases: [string, ReturnType<typeof parseSupportAddress>][] = [
    [address, { kind: 'ticket', ticketId: 'tkt_abc123', signature: '000000000000001f' }],
    [
      'Support <SUPPORT+TKT_ABC123.00000000000000AB@x.io>',
      { kind: 'ticket', ticketId: 'tkt_abc123', signature: '00000000000000ab' },
    ],
    ['support+acct_9z@x.io', { kind: 'account', accountId: 'acct_9z' }],
    ['support+tkt_abc123.short@x.io', null],
    ['someone@example.com', null],
  ];
  for (const [input, expected] of cases) assert.deepEqual(parseSupportAddress(input), expected, input);
  assert.equal(subjectTicket('Re: Login fails [tkt_ab12]'), 'tkt_ab12');
  assert.equal(subjectTicket('Re: Login fails'), null);
});

test('only the reply itself is kept, not the quoted message below it', () => {
  const cases: [string, string][] = [
    [
      'Thanks, it works now.\n\nOn Mon, 5 Jan 2026 at 10:00, Support <s@x.io> wrote:\n> Try again',
      'Thanks, it works now.',
    ],
    ['Obrigado!\r\n\r\nEm seg., 5 de jan. de 2026 às 10:00, Suporte escreveu:\r\n> Tente de novo', 'Obrigado!'],
    ['Dank je.\n\nOp 5 jan 2026 om 10:00 schreef Support <s@x.io>:\n> Probeer', 'Dank je.'],
    ['Still broken\n> quoted', 'Still broken'],
    ['No quote at all\nsecond line', 'No quote at all\nsecond line'],
    ['> only a quote', '> only a quote'],
  ];
  for (const [input, expected] of cases) assert.equal(stripQuoted(input), expected, input);
});
