import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashPassword, SCRYPT, verifyPassword } from './password.ts';

test('a password verifies against its own hash only, and the hash states its scrypt parameters', async () => {
  const stored = await hashPassword('correct horse battery');
  assert.match(stored, new RegExp(`^scrypt\\$${SCRYPT.N}\\$8\\$1\\$[\\w-]{22}\\$[\\w-]{43}$`));
  const cases: [string, string, boolean][] = [
    ['correct horse battery', stored, true],
    ['correct horse batterY', stored, false],
    ['', stored, false],
    ['correct horse battery', 'md5$abc', false],
    // The hash's first character, whose six bits all count (the last one's low bits are base64 padding).
    [
      'correct horse battery',
      stored.replace(/\$([\w-])([\w-]{42})$/, (_, c, rest) => `$${c === 'A' ? 'B' : 'A'}${rest}`),
      false,
    ],
  ];
  for (const [password, hash, ok] of cases) assert.equal(await verifyPassword(password, hash), ok, password);
  assert.notEqual(await hashPassword('correct horse battery'), stored, 'a fresh salt each time');
});
