import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextPosition, type OutboxPosition } from './position.ts';

const MAX = Number.MAX_SAFE_INTEGER;

test('nextPosition: a full batch stops at its last row, a short one moves under the horizon, never back', () => {
  const p = (xid: number, seq: number): OutboxPosition => ({ xid, seq });
  const cases: [string, OutboxPosition, OutboxPosition[], number, number, OutboxPosition][] = [
    ['full batch: its last row', p(0, 0), [p(5, 1), p(5, 2)], 2, 9, p(5, 2)],
    ['full batch at the horizon edge: still its last row', p(0, 0), [p(8, 1), p(8, 9)], 2, 9, p(8, 9)],
    ['short batch: all below the horizon was read', p(0, 0), [p(5, 1)], 2, 9, p(8, MAX)],
    ['nothing new: just under the horizon', p(3, 4), [], 10, 9, p(8, MAX)],
    ['a running transaction holds the horizon: the position waits below it', p(3, 4), [], 10, 4, p(3, MAX)],
    ['horizon behind the position (own xid lower): stays', p(8, MAX), [], 10, 7, p(8, MAX)],
    ['horizon equal to the position: stays', p(8, MAX), [], 10, 9, p(8, MAX)],
  ];
  for (const [name, from, read, limit, horizon, expected] of cases)
    assert.deepEqual(nextPosition(from, read, limit, horizon), expected, name);
});
