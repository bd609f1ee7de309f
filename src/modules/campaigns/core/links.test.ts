import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clickSignatureValid, clickToken, extractLinks, parseClickToken, rewriteLinks } from './links.ts';

test('extractLinks: distinct URLs in order, sentence punctuation and brackets left out', () => {
  const texts = [
    'See https://tv.example/new. Or (https://tv.example/faq?q=1), again https://tv.example/new!',
    'Portuguese: http://tv.example/pt-BR/novo; done',
  ];
  assert.deepEqual(extractLinks(texts), [
    'https://tv.example/new',
    'https://tv.example/faq?q=1',
    'http://tv.example/pt-BR/novo',
  ]);
  assert.deepEqual(extractLinks(['no links, only example.com']), []);
});

test('rewriteLinks replaces each known URL with its tracked link', () => {
  const links = ['https://a.example/x', 'https://b.example/y'];
  assert.equal(
    rewriteLinks('Go https://b.example/y and https://a.example/x.', links, (i) => `T${i}`),
    'Go T1 and T0.',
  );
});

test('a click token verifies with its secret only, and a changed index fails', () => {
  const token = clickToken('s3cret', 'acct_1', 'crc_1', 2);
  const claim = parseClickToken(token)!;
  assert.deepEqual([claim.accountId, claim.recipientId, claim.index], ['acct_1', 'crc_1', 2]);
  assert.equal(clickSignatureValid('s3cret', claim), true);
  assert.equal(clickSignatureValid('other', claim), false);
  assert.equal(clickSignatureValid('s3cret', { ...claim, index: 1 }), false);
  for (const bad of ['', 'a.b', 'a.b.x.sig', 'a.b.1.sig.more']) assert.equal(parseClickToken(bad), null, bad);
});
