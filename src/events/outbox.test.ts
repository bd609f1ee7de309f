import assert from 'node:assert/strict';
import { test } from 'node:test';
import { previousAttributes, sameJson } from './outbox.ts';

test('sameJson: equal exactly when the JSON would be, key order aside', () => {
  const cases: [unknown, unknown, boolean][] = [
    [1, 1, true],
    [1, '1', false],
    [null, undefined, false],
    [null, null, true],
    [{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
    [{ a: 1, b: [1, { c: 2 }] }, { a: 1, b: [1, { c: 3 }] }, false],
    [[1, 2], [1, 2, 3], false],
    [[1], { 0: 1 }, false],
    [{ a: 1, gone: undefined }, { a: 1 }, true],
    [{ a: 1 }, { a: 1, b: null }, false],
    [new Date(5), new Date(5), true],
    [new Date(5), new Date(6), false],
  ];
  for (const [a, b, expected] of cases) {
    assert.equal(sameJson(a, b), expected, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    assert.equal(sameJson(b, a), expected, `${JSON.stringify(b)} vs ${JSON.stringify(a)}`);
  }
});

test('previousAttributes: old values of the changed fields only, null for a field that was absent', () => {
  const before = { status: 'trialing', period: { start: 1, end: 2 }, tags: ['a'], metadata: {} };
  const after = { status: 'active', period: { start: 2, end: 3 }, tags: ['a'], metadata: {}, latest_invoice: 'in_1' };
  assert.deepEqual(previousAttributes(before, after), {
    status: 'trialing',
    period: { start: 1, end: 2 },
    latest_invoice: null,
  });
});
