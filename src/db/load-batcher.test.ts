import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LoadBatcher } from './load-batcher.ts';

function recording(rows: Record<string, string>) {
  const calls: [string, string[]][] = [];
  const batcher = new LoadBatcher<string>(async (accountId, ids) => {
    calls.push([accountId, ids]);
    return new Map(ids.filter((id) => rows[`${accountId}/${id}`]).map((id) => [id, rows[`${accountId}/${id}`]!]));
  }, 3);
  return { batcher, calls };
}

test('loads asked for together share one query per account; a missing row is undefined', async () => {
  const { batcher, calls } = recording({ 'acct_a/cus_1': 'one', 'acct_a/cus_2': 'two', 'acct_b/cus_9': 'nine' });
  const results = await Promise.all([
    batcher.load('acct_a', 'cus_1'),
    batcher.load('acct_b', 'cus_9'),
    batcher.load('acct_a', 'cus_2'),
    batcher.load('acct_a', 'cus_1'),
    batcher.load('acct_b', 'cus_1'), // another account's id: not found, whatever acct_a holds
  ]);
  assert.deepEqual(results, ['one', 'nine', 'two', 'one', undefined]);
  assert.deepEqual(calls, [
    ['acct_a', ['cus_1', 'cus_2']],
    ['acct_b', ['cus_9', 'cus_1']],
  ]);
});

test('a full batch goes at once; later loads start the next batch', async () => {
  const { batcher, calls } = recording({ 'a/1': 'x', 'a/2': 'y', 'a/3': 'z', 'a/4': 'w' });
  const all = Promise.all(['1', '2', '3', '4'].map((id) => batcher.load('a', id)));
  assert.deepEqual(calls, [['a', ['1', '2', '3']]]); // sent before the loop turned
  assert.deepEqual(await all, ['x', 'y', 'z', 'w']);
  assert.deepEqual(calls, [
    ['a', ['1', '2', '3']],
    ['a', ['4']],
  ]);
});

test('a failed batch is retried id by id: only the loads whose own query fails are rejected', async () => {
  let down = true;
  const calls: string[][] = [];
  const batcher = new LoadBatcher<string>(async (_accountId, ids) => {
    calls.push(ids);
    if (down || ids.includes('bad\u0000')) throw new Error('refused');
    return new Map(ids.map((id) => [id, id]));
  });
  const outage = await Promise.allSettled([batcher.load('a', '1'), batcher.load('a', '2')]);
  assert.deepEqual(
    outage.map((r) => r.status),
    ['rejected', 'rejected'],
  );
  down = false;
  const mixed = await Promise.allSettled([
    batcher.load('a', 'x'),
    batcher.load('a', 'bad\u0000'),
    batcher.load('a', 'x'),
  ]);
  assert.deepEqual(
    mixed.map((r) => r.status),
    ['fulfilled', 'rejected', 'fulfilled'],
  );
  assert.deepEqual(calls.slice(-3), [['x', 'bad\u0000'], ['x'], ['bad\u0000']]);
});
