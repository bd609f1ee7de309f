import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkEndpointUrl } from './endpoint-url.ts';

test('endpoint URLs are absolute http(s) without credentials', () => {
  const cases: [string, string | null][] = [
    ['https://example.com/hooks', 'https://example.com/hooks'],
    ['http://127.0.0.1:8080/x?y=1', 'http://127.0.0.1:8080/x?y=1'],
    ['HTTPS://Example.COM', 'https://example.com/'],
    ['ftp://example.com/hooks', null],
    ['javascript:alert(1)', null],
    ['/relative/path', null],
    ['not a url', null],
    ['https://user:pw@example.com/', null],
  ];
  for (const [input, expected] of cases) {
    if (expected) assert.equal(checkEndpointUrl(input), expected);
    else
      assert.throws(
        () => checkEndpointUrl(input),
        (e: any) => e.code === 'webhook_url_invalid' && e.param === 'url',
        input,
      );
  }
});
