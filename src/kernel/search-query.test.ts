import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TenureError } from './errors.ts';
import { type Comparator, parseSearchQuery, type SearchQuery } from './search-query.ts';

const fields = { email: 'string', name: 'string', created: 'number', metadata: 'metadata' } as const;
const c = (field: string, comparator: Comparator, value: string | number | null, extra: object = {}) => ({
  field,
  comparator,
  value,
  negate: false,
  ...extra,
});

const parsed: [string, SearchQuery][] = [
  ["email:'ana@example.com'", { join: 'and', clauses: [c('email', ':', 'ana@example.com')] }],
  ['email:"ana@example.com"', { join: 'and', clauses: [c('email', ':', 'ana@example.com')] }],
  ["name~'sou'", { join: 'and', clauses: [c('name', '~', 'sou')] }],
  ['created>1735689600', { join: 'and', clauses: [c('created', '>', 1735689600)] }],
  ['created>=1 AND created<=2', { join: 'and', clauses: [c('created', '>=', 1), c('created', '<=', 2)] }],
  ["-email:'x@y.z'", { join: 'and', clauses: [c('email', ':', 'x@y.z', { negate: true })] }],
  ["metadata['plan']:'gold'", { join: 'and', clauses: [c('metadata', ':', 'gold', { key: 'plan' })] }],
  [
    "metadata[\"plan\"]:'gold' OR name:'Ana'",
    { join: 'or', clauses: [c('metadata', ':', 'gold', { key: 'plan' }), c('name', ':', 'Ana')] },
  ],
  ['email:null', { join: 'and', clauses: [c('email', ':', null)] }],
  ["name:'O\\'Brien'", { join: 'and', clauses: [c('name', ':', "O'Brien")] }],
  ["  email : 'a@b.c'  ", { join: 'and', clauses: [c('email', ':', 'a@b.c')] }],
];
for (const [query, expected] of parsed) {
  test(`search query: ${query}`, () => assert.deepEqual(parseSearchQuery(query, fields), expected));
}

const refused: [string, RegExp][] = [
  ['', /empty/],
  ["phone:'1'", /Cannot search by phone/],
  ["email:'a' AND name:'b' OR name:'c'", /not both/],
  ["email:'a' name:'b'", /Expected AND or OR/],
  ["name>'b'", /cannot be compared/],
  ["name~'ab'", /at least 3/],
  ["metadata:'gold'", /metadata\['key'\]/],
  ["email['x']:'a'", /metadata\['key'\]/],
  ["created:'yesterday'", /is a number/],
  ['email:', /Cannot read/],
];
for (const [query, message] of refused) {
  test(`search query refused: ${JSON.stringify(query)}`, () => {
    assert.throws(
      () => parseSearchQuery(query, fields),
      (error: unknown) =>
        error instanceof TenureError &&
        error.code === 'search_query_invalid' &&
        error.param === 'query' &&
        message.test(error.message),
    );
  });
}
