import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasPrefix, idFloor, idTime, newId, newRequestId, newSecret } from './ids.ts';

test('ids carry their prefix and a fixed length', () => {
  const id = newId('cus');
  assert.match(id, /^cus_[0-9a-z]{23}$/);
  assert.ok(hasPrefix(id, 'cus'));
  assert.ok(!hasPrefix(id, 'cu'));
});

test('ids sort in creation order, also within one millisecond (lists page by id)', () => {
  const sameMs = Array.from({ length: 1000 }, () => newId('evt', 1_700_000_000_000));
  const later = newId('evt', 1_700_000_000_001);
  const all = [...sameMs, later];
  const sorted = [...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  assert.deepEqual(sorted, all);
  assert.equal(new Set(all).size, all.length);
});

test('secrets are long and unique', () => {
  const a = newSecret('sk');
  assert.match(a, /^sk_[A-Za-z0-9_-]{43}$/);
  assert.notEqual(a, newSecret('sk'));
});

test('an id tells when it was minted, and idFloor bounds the ids minted since', () => {
  const id = newId('evt', 1_700_000_000_123);
  assert.equal(idTime(id), 1_700_000_000_123);
  assert.ok(idFloor('evt', 1_700_000_000_123) <= id);
  assert.ok(idFloor('evt', 1_700_000_000_124) > id);
  assert.ok(idFloor('evt', 1_700_000_000_122) < newId('evt', 1_700_000_000_122));
});

test('request ids: prefixed, as long as other ids, distinct, and in arrival order within a process', () => {
  const ids = Array.from({ length: 1000 }, () => newRequestId());
  for (const id of ids) assert.match(id, /^req_[0-9a-z]{23}$/);
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual([...ids].sort(), ids);
  assert.equal(ids[0]!.length, newId('req').length);
});
