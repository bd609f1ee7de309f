import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csat, isValidScore, scoresOf, throttled } from './scores.ts';

test('answer ranges: NPS 0–10, CSAT 1–5, a choice the index of an option', () => {
  assert.deepEqual(scoresOf('nps'), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.deepEqual(scoresOf('csat'), [1, 2, 3, 4, 5]);
  assert.deepEqual(scoresOf('choice', 3), [0, 1, 2]);
  assert.equal(isValidScore('choice', 2, 3), true);
  assert.equal(isValidScore('choice', 3, 3), false);
  const cases: Array<['nps' | 'csat', number, boolean]> = [
    ['nps', 0, true],
    ['nps', 10, true],
    ['nps', 11, false],
    ['nps', 7.5, false],
    ['csat', 0, false],
    ['csat', 5, true],
    ['csat', 6, false],
  ];
  for (const [kind, score, ok] of cases) assert.equal(isValidScore(kind, score), ok, `${kind} ${score}`);
});

test('CSAT = share of 4 and 5 answers', () => {
  assert.deepEqual(csat([5, 4, 3, 1]), { responses: 4, satisfied: 2, score: 50 });
  assert.deepEqual(csat([5, 5, 4]), { responses: 3, satisfied: 3, score: 100 });
  assert.deepEqual(csat([1, 2, 4]), { responses: 3, satisfied: 1, score: 33.33 });
  assert.deepEqual(csat([]), { responses: 0, satisfied: 0, score: null });
  assert.throws(() => csat([0]), RangeError);
});

test('throttle window: once per N days', () => {
  const now = new Date('2026-03-31T00:00:00Z');
  const cases: Array<[string, Date | null, number, boolean]> = [
    ['never surveyed', null, 30, false],
    ['surveyed yesterday', new Date('2026-03-30T00:00:00Z'), 30, true],
    ['29 days 23 h ago', new Date('2026-03-01T01:00:00Z'), 30, true],
    ['exactly 30 days ago', new Date('2026-03-01T00:00:00Z'), 30, false],
    ['yesterday, no throttle', new Date('2026-03-30T00:00:00Z'), 0, false],
  ];
  for (const [name, last, days, expected] of cases) assert.equal(throttled(last, now, days), expected, name);
});
