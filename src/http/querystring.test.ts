import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuery, QUERY_LIMITS, queryError } from './querystring.ts';

const cases: [string, string, unknown][] = [
  ['plain values', 'limit=3&email=a%40b.com', { limit: '3', email: 'a@b.com' }],
  ['repeated key becomes a list', 'type=a&type=b', { type: ['a', 'b'] }],
  ['bracket list', 'expand[]=product&expand[]=data.customer', { expand: ['product', 'data.customer'] }],
  ['one-item bracket list stays a list', 'expand[]=product', { expand: ['product'] }],
  ['range object', 'created[gte]=10&created[lt]=20', { created: { gte: '10', lt: '20' } }],
  ['nested attribute', 'attributes[plan]=gold&attributes[devices]=3', { attributes: { plan: 'gold', devices: '3' } }],
  ['plus is a space', 'name=Ana+Souza', { name: 'Ana Souza' }],
  ['empty value', 'name=', { name: '' }],
  ['empty query', '', {}],
];

for (const [name, query, expected] of cases) {
  test(`parseQuery: ${name}`, () => assert.deepEqual(parseQuery(query), expected));
}

// Each of these once threw inside the HTTP server's request callback and ended the process.
const hostile: [string, string, string | undefined][] = [
  ['closing bracket first', 'a]=1', 'parameter_invalid'],
  ['empty key', '=', 'parameter_invalid'],
  ['lone percent', '%', 'parameter_invalid'],
  ['open bracket', 'expand[=1', 'parameter_invalid'],
  ['truncated escape', 'name=%E0%A4%A', 'parameter_invalid'],
  ['invalid UTF-8', 'email=%FF%FE', 'parameter_invalid'],
  ['prototype key', '__proto__[x]=1', 'parameter_unknown'],
  ['nested prototype key', 'metadata[constructor]=1', 'parameter_unknown'],
  ['too deep', 'a[b][c][d][e][f]=1', 'parameter_invalid'],
  ['NUL in a value', 'email=a%00b', 'parameter_invalid'],
  [
    'too many parameters',
    Array.from({ length: QUERY_LIMITS.parameters + 1 }, (_, i) => `p${i}=1`).join('&'),
    'parameter_invalid',
  ],
  ['long key', `${'k'.repeat(QUERY_LIMITS.keyLength + 1)}=1`, 'parameter_invalid'],
];
for (const [name, query, code] of hostile) {
  test(`parseQuery: ${name} is an error value, never a throw`, () => {
    const parsed = parseQuery(query);
    assert.equal(queryError(parsed)?.code, code);
    assert.equal(Object.getPrototypeOf(parsed), Object.prototype);
  });
}

test('parseQuery: a good query has no error', () => assert.equal(queryError(parseQuery('limit=3')), undefined));

test('parseQuery: indexed objects become a list in index order', () => {
  assert.deepEqual(parseQuery('items[1][price]=b&items[0][price]=a&items[0][quantity]=2'), {
    items: [{ price: 'a', quantity: '2' }, { price: 'b' }],
  });
});
