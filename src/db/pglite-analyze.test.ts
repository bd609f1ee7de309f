import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeUpkeep } from './pglite-analyze.ts';

test('ANALYZE is queued when the writes since the last one reach the count then: 1,000, 2,000, 4,000…', async () => {
  const runs: number[] = [];
  let writes = 0;
  const upkeep = analyzeUpkeep(async () => void runs.push(writes));
  for (; writes < 9000; ) {
    writes++;
    upkeep.wrote();
    await upkeep.settled();
  }
  assert.deepEqual(runs, [1000, 2000, 4000, 8000]);
});

test('a failed ANALYZE fails nothing, and one at a time is queued', async () => {
  let started = 0;
  let release: () => void = () => undefined;
  const upkeep = analyzeUpkeep(() => {
    started++;
    return new Promise((_, reject) => {
      release = () => reject(new Error('busy'));
    });
  }, 2);
  for (let i = 0; i < 10; i++) upkeep.wrote();
  assert.equal(started, 1, 'not again while one is queued');
  release();
  await upkeep.settled();
  upkeep.wrote();
  assert.equal(started, 2, 'writes went past 4 while the first ran: the next one is queued at once');
  release();
  await upkeep.settled();
  for (let i = 0; i < 10; i++) upkeep.wrote();
  assert.equal(started, 2, 'then at 22 writes (twice 11)');
  upkeep.wrote();
  assert.equal(started, 3);
});
