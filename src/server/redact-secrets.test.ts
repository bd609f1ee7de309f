import assert from 'node:assert/strict';
import { test } from 'node:test';
import { passesLuhn, REDACTED, redactSecrets } from './redact-secrets.ts';

test('Luhn', () => {
  const cases: [string, boolean][] = [
    ['4242424242424242', true],
    ['4000056655665556', true],
    ['5555555555554444', true],
    ['378282246310005', true], // Amex, 15 digits
    ['6011111111111117', true],
    ['4242424242424241', false],
    ['1234567890123', false],
  ];
  for (const [digits, valid] of cases) assert.equal(passesLuhn(digits), valid, digits);
});

test('secrets are replaced, everything else is left as it was', () => {
  const R = REDACTED;
  const cases: [string, string][] = [
    ['"msg":"key sk_AbCdEf0123456789xyz used"', `"msg":"key sk_${R} used"`],
    ['Bearer sk_live_abcdefgh12345678', `Bearer sk_${R}`],
    ['restricted rk_test_12345678abcdef', `restricted rk_${R}`],
    ['"secret":"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"', `"secret":"${R}"`],
    ['signed with whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw+/=', `signed with whsec_${R}`],
    ['{"password":"hunter2","user":"ana"}', `{"password":"${R}","user":"ana"}`],
    ['{"smtp_password" : "p\\"w"}', `{"smtp_password" : "${R}"}`],
    ['{"Authorization":"Basic YWxhZGRpbjpvcGVu"}', `{"Authorization":"${R}"}`],
    ['{"token":"tok_visa"}', `{"token":"${R}"}`],
    ['smtp://mailer:s3cret@smtp.example.com:587', `smtp://${R}@smtp.example.com:587`],
    ['postgres://postgres:pw@127.0.0.1:5432/x', `postgres://${R}@127.0.0.1:5432/x`],
    ['"url":"/pay/AbC_d-9xYz?x=1"', `"url":"/pay/${R}?x=1"`],
    ['"url":"/pay/AbC_d-9xYz/payment_method"', `"url":"/pay/${R}/payment_method"`],
    ['"url":"/unsubscribe/acct_1.cus_2.c2lnbmF0dXJl"', `"url":"/unsubscribe/${R}"`],
    ['card 4242424242424242 declined', `card ${R} declined`],
    ['"number":"4242 4242 4242 4242"', `"number":"${R}"`],
    ['"number":"5555-5555-5555-4444"', `"number":"${R}"`],
    ['"number":378282246310005', `"number":"${R}"`], // a JSON number stays valid JSON
    ['[4242424242424242,1]', `["${R}",1]`],
    // Not secrets: left alone.
    ['card 4242424242424241 (bad check digit)', 'card 4242424242424241 (bad check digit)'],
    [
      '"time":"2026-12-06T18:55:00.000Z","reqId":"req_0123456789012345678"',
      '"time":"2026-12-06T18:55:00.000Z","reqId":"req_0123456789012345678"',
    ],
    ['"amount":424242424242', '"amount":424242424242'], // 12 digits
    ['"amount":12345678901234567890', '"amount":12345678901234567890'], // 20 digits
    ['"ratio":0.4242424242424242', '"ratio":0.4242424242424242'],
    ['"url":"/v1/customers/cus_123","skip":true', '"url":"/v1/customers/cus_123","skip":true'],
    ['desk_manager ask_me', 'desk_manager ask_me'],
    ['https://example.com/hooks', 'https://example.com/hooks'],
  ];
  for (const [line, expected] of cases) assert.equal(redactSecrets(line), expected, line);
});
