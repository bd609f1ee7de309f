import assert from 'node:assert/strict';
import { test } from 'node:test';
import { behaviourOf, type DailyFacts, wholeMonths } from './behaviour.ts';

const day = (d: string, minutes: number, genres: Record<string, number> = {}, events = 1): DailyFacts => ({
  day: d,
  secondsWatched: minutes * 60,
  events,
  genres,
  channels: { ch_a: minutes * 60 },
  devices: { tv: minutes * 60 },
});

test('behaviourOf: minutes and active days in 7/30/90-day windows ending on the day, recency, favourites', () => {
  const days = [
    day('2026-03-31', 10, { drama: 600 }), // today: in every window
    day('2026-03-25', 20, { sports: 1200 }), // 6 days ago: last day of the 7-day window
    day('2026-03-24', 40, { sports: 2400 }), // 7 days ago: outside 7, inside 30
    day('2026-03-02', 100, { news: 6000 }), // 29 days ago: last day of the 30-day window
    day('2026-03-01', 1000, { kids: 60000 }), // 30 days ago: outside 30, inside 90
    day('2026-01-01', 7, { drama: 420 }), // 89 days ago: inside 90
    day('2025-12-31', 5000, { movies: 300000 }), // 90 days ago: outside every window
    day('2026-04-01', 999, { future: 1 }), // after the day: ignored
    { ...day('2026-03-30', 0), events: 0 }, // a rollup day without events is not active
  ];
  const { behaviour, technographics } = behaviourOf(days, '2026-03-31');
  assert.deepEqual(behaviour.viewing_minutes, { last_7_days: 30, last_30_days: 170, last_90_days: 1177 });
  assert.deepEqual(behaviour.active_days, { last_7_days: 2, last_30_days: 4, last_90_days: 6 });
  assert.equal(behaviour.last_active_day, '2026-03-31');
  assert.equal(behaviour.recency_days, 0);
  assert.deepEqual(behaviour.favourite_genres, ['kids', 'news', 'sports']);
  assert.deepEqual(behaviour.favourite_channels, ['ch_a']);
  assert.deepEqual(technographics.devices, [{ device_type: 'tv', minutes_90_days: 1177 }]);
});

test('behaviourOf: a subscriber who never watched, and one last seen 14 days ago', () => {
  assert.deepEqual(behaviourOf([], '2026-03-31').behaviour, {
    viewing_minutes: { last_7_days: 0, last_30_days: 0, last_90_days: 0 },
    active_days: { last_7_days: 0, last_30_days: 0, last_90_days: 0 },
    last_active_day: null,
    recency_days: null,
    favourite_genres: [],
    favourite_channels: [],
  });
  assert.equal(behaviourOf([day('2026-03-17', 5)], '2026-03-31').behaviour.recency_days, 14);
});

test('wholeMonths counts calendar months by the day of month', () => {
  const cases: Array<[string, string, number]> = [
    ['2026-01-15', '2026-01-31', 0],
    ['2026-01-15', '2026-02-14', 0],
    ['2026-01-15', '2026-02-15', 1],
    ['2026-01-31', '2026-02-28', 0],
    ['2025-11-30', '2026-03-31', 4],
    ['2026-03-01', '2026-01-01', 0],
  ];
  for (const [from, to, months] of cases) assert.equal(wholeMonths(from, to), months, `${from} → ${to}`);
});
