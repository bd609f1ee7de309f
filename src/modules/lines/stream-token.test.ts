import assert from 'node:assert/strict';
import { test } from 'node:test';
import { signStreamToken, tokenAccount, verifyStreamToken } from './stream-token.ts';

const grant = { accountId: 'acct_1', line: 'line_1', stream: 42, session: 'sess_1', expires: 1_000_030 };

test('stream tokens: valid before expiry, refused at and after it, forged or for another key refused', () => {
  const token = signStreamToken('k1', grant);
  assert.equal(tokenAccount(token), 'acct_1');
  const table: [string, string, number, boolean][] = [
    ['fresh', token, 1_000_000, true],
    ['one second before expiry', token, 1_000_029, true],
    ['at expiry', token, 1_000_030, false],
    ['other key', signStreamToken('k2', grant), 1_000_000, false],
    [
      'tampered stream',
      token.replace(/^[^.]+/, Buffer.from('acct_1|line_1|43|sess_1|1000030').toString('base64url')),
      1_000_000,
      false,
    ],
    ['no signature', token.split('.')[0]!, 1_000_000, false],
  ];
  for (const [name, t, now, ok] of table) assert.equal(verifyStreamToken('k1', t, now) !== null, ok, name);
  assert.deepEqual(verifyStreamToken('k1', token, 1_000_000), grant);
});
