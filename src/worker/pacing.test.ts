import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PollPacing } from './pacing.ts';

// Each case: a sequence of passes ('work', 'idle') and writes, and the waits the passes give.
const cases: { name: string; poll: number; idle?: number; steps: string[]; waits: number[] }[] = [
  { name: 'no idle limit: always pollMs', poll: 1000, steps: ['idle', 'idle', 'idle'], waits: [1000, 1000, 1000] },
  {
    name: 'idle passes double the wait up to the limit',
    poll: 1000,
    idle: 10_000,
    steps: ['idle', 'idle', 'idle', 'idle', 'idle', 'idle'],
    waits: [1000, 2000, 4000, 8000, 10_000, 10_000],
  },
  {
    name: 'work: no wait, and the idle waits start over',
    poll: 1000,
    idle: 10_000,
    steps: ['idle', 'idle', 'idle', 'work', 'idle', 'idle'],
    waits: [1000, 2000, 4000, 0, 1000, 2000],
  },
  {
    name: 'a write starts the idle waits over',
    poll: 1000,
    idle: 10_000,
    steps: ['idle', 'idle', 'idle', 'write', 'idle', 'idle'],
    waits: [1000, 2000, 4000, 1000, 2000],
  },
  { name: 'a limit below pollMs is pollMs', poll: 1000, idle: 10, steps: ['idle', 'idle'], waits: [1000, 1000] },
];

for (const c of cases) {
  test(`pacing: ${c.name}`, () => {
    const pacing = new PollPacing(c.poll, c.idle);
    const waits: number[] = [];
    for (const step of c.steps) {
      if (step === 'write') pacing.written();
      else waits.push(pacing.afterPass(step === 'work'));
    }
    assert.deepEqual(waits, c.waits);
  });
}
