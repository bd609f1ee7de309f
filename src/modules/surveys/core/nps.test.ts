import assert from 'node:assert/strict';
import { test } from 'node:test';
import { movingNps, nps, npsCategory, npsFromCounts } from './nps.ts';

test('NPS = % promoters − % detractors, two decimals', () => {
  const cases: Array<[string, { promoters: number; passives: number; detractors: number }, number | null]> = [
    ['issue: 100 promoters, 30 passives, 80 detractors', { promoters: 100, passives: 30, detractors: 80 }, 9.52],
    ['all promoters', { promoters: 5, passives: 0, detractors: 0 }, 100],
    ['all detractors', { promoters: 0, passives: 0, detractors: 3 }, -100],
    ['passives only', { promoters: 0, passives: 4, detractors: 0 }, 0],
    ['no answers', { promoters: 0, passives: 0, detractors: 0 }, null],
    ['1 of 3 promoters', { promoters: 1, passives: 2, detractors: 0 }, 33.33],
  ];
  for (const [name, counts, score] of cases) assert.equal(npsFromCounts(counts).score, score, name);
  assert.throws(() => npsFromCounts({ promoters: -1, passives: 0, detractors: 0 }), RangeError);
});

test('one answer of each score 0–10 → −45.45', () => {
  const summary = nps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.deepEqual(summary, { responses: 11, promoters: 2, passives: 2, detractors: 7, score: -45.45 });
});

test('categories: 0–6 detractor, 7–8 passive, 9–10 promoter; anything else is refused', () => {
  const expected = ['detractor', 'detractor', 'detractor', 'detractor', 'detractor', 'detractor', 'detractor'];
  assert.deepEqual([0, 1, 2, 3, 4, 5, 6].map(npsCategory), expected);
  assert.deepEqual([7, 8, 9, 10].map(npsCategory), ['passive', 'passive', 'promoter', 'promoter']);
  for (const bad of [-1, 11, 9.5, Number.NaN]) assert.throws(() => npsCategory(bad), RangeError, String(bad));
});

test('30-day moving NPS: each day counts the answers of the 30 days ending that day', () => {
  const at = (iso: string) => new Date(iso);
  const answers = [
    { score: 10, at: at('2026-01-01T10:00:00Z') }, // leaves the window after 2026-01-30
    { score: 0, at: at('2026-01-15T23:59:59Z') },
    { score: 9, at: at('2026-01-31T00:00:00Z') },
  ];
  const series = movingNps(answers, { from: '2025-12-31', to: '2026-02-14' });
  const byDate = new Map(series.map((p) => [p.date, p]));
  assert.equal(series.length, 46);
  assert.equal(byDate.get('2025-12-31')!.score, null);
  assert.equal(byDate.get('2026-01-01')!.score, 100);
  assert.equal(byDate.get('2026-01-15')!.score, 0); // 1 promoter, 1 detractor
  assert.equal(byDate.get('2026-01-30')!.responses, 2);
  assert.equal(byDate.get('2026-01-31')!.score, 0); // Jan 1 left, Jan 31 came in
  assert.equal(byDate.get('2026-02-13')!.score, 0);
  assert.equal(byDate.get('2026-02-14')!.score, 100); // Jan 15 left (window Jan 16 – Feb 14)
  assert.equal(movingNps(answers, { from: '2026-01-31', to: '2026-01-31', windowDays: 1 })[0]!.score, 100);
  assert.throws(() => movingNps([], { from: '2026-02-01', to: '2026-01-01' }), RangeError);
  assert.throws(() => movingNps([], { from: '2026-13-01', to: '2026-13-01' }), RangeError);
});

test('the sliding window agrees with counting every window from scratch', () => {
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const start = Date.parse('2026-01-01T00:00:00Z');
  const answers = Array.from({ length: 2000 }, () => ({
    score: Math.floor(random() * 11),
    at: new Date(start + Math.floor(random() * 120 * 86_400_000)),
  }));
  for (const windowDays of [1, 7, 30]) {
    const series = movingNps(answers, { from: '2026-01-15', to: '2026-05-10', windowDays });
    for (const point of series) {
      const end = Date.parse(`${point.date}T00:00:00Z`) + 86_400_000;
      const inside = answers.filter((a) => a.at.getTime() >= end - windowDays * 86_400_000 && a.at.getTime() < end);
      assert.deepEqual(
        { date: point.date, ...nps(inside.map((a) => a.score)) },
        point,
        `${windowDays}-day window on ${point.date}`,
      );
    }
  }
});
