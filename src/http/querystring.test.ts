import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuery } from './querystring.ts';

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

test('parseQuery: malformed brackets and bad percent-encoding are 400s naming the parameter', () => {
  assert.throws(() => parseQuery('a]=1'), { code: 'parameter_invalid' });
  assert.throws(() => parseQuery('name=%E0%A4%A'), { code: 'parameter_invalid' });
});

test('parseQuery: indexed objects become a list in index order', () => {
  assert.deepEqual(parseQuery('items[1][price]=b&items[0][price]=a&items[0][quantity]=2'), {
    items: [{ price: 'a', quantity: '2' }, { price: 'b' }],
  });
});
