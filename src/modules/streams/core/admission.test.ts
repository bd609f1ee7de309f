import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Admission, admit, type LiveSession } from './admission.ts';

const s = (id: string, stream: number, ip: string, userAgent: string, started: number): LiveSession => ({
  id,
  stream,
  ip,
  userAgent,
  started,
});
const tv = s('tv', 1, '10.0.0.1', 'TiviMate', 100);
const phone = s('phone', 2, '10.0.0.2', 'Smarters', 200);
const sameHouse = s('box', 3, '10.0.0.1', 'VLC', 300);

const table: [string, LiveSession[], [number, string, string], number, 'refuse' | 'close_oldest', Admission][] = [
  ['under the limit', [tv], [2, '10.0.0.2', 'Smarters'], 2, 'refuse', { action: 'admit', close: [] }],
  ['unlimited (0)', [tv, phone, sameHouse], [4, '1.1.1.1', 'x'], 0, 'refuse', { action: 'admit', close: [] }],
  [
    'the same client and stream resumes',
    [tv, phone],
    [1, '10.0.0.1', 'TiviMate'],
    2,
    'refuse',
    { action: 'resume', session: 'tv' },
  ],
  [
    'at the limit, a player changing channel replaces its own session',
    [tv, phone],
    [5, '10.0.0.1', 'TiviMate'],
    2,
    'refuse',
    { action: 'admit', close: ['tv'] },
  ],
  ['at the limit, refuse', [tv, phone], [4, '10.0.0.9', 'GSE'], 2, 'refuse', { action: 'refuse' }],
  [
    'close oldest: same address and agent first',
    [tv, phone],
    [4, '10.0.0.1', 'TiviMate'],
    2,
    'close_oldest',
    { action: 'admit', close: ['tv'] },
  ],
  [
    'close oldest: then same address',
    [phone, tv],
    [4, '10.0.0.1', 'Other'],
    2,
    'close_oldest',
    { action: 'admit', close: ['tv'] },
  ],
  [
    'close oldest: same address, oldest of them',
    [sameHouse, tv, phone],
    [4, '10.0.0.1', 'Other'],
    3,
    'close_oldest',
    { action: 'admit', close: ['tv'] },
  ],
  [
    'close oldest: else the oldest of all',
    [phone, tv],
    [4, '10.9.9.9', 'GSE'],
    2,
    'close_oldest',
    { action: 'admit', close: ['tv'] },
  ],
  [
    'limit lowered below the live count: close enough',
    [tv, phone, sameHouse],
    [4, '10.9.9.9', 'GSE'],
    1,
    'close_oldest',
    { action: 'admit', close: ['tv', 'phone', 'box'] },
  ],
];

for (const [name, live, [stream, ip, userAgent], max, policy, expected] of table) {
  test(`admit: ${name}`, () => assert.deepEqual(admit(live, { stream, ip, userAgent }, max, policy), expected));
}
