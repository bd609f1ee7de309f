import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localDay, type RollupEvent, rollupEvents } from './rollup.ts';

const view = (customer: string, day: string, seconds: number, genre: string, device: string): RollupEvent => ({
  customer,
  day,
  type: 'viewing',
  name: 'viewing',
  secondsWatched: seconds,
  genre,
  deviceType: device,
  channel: 'ch1',
});

test('rollupEvents: per customer and day, viewing seconds by genre/device/channel, counts by name', () => {
  const rollups = rollupEvents([
    view('cus_b', '2026-01-02', 600, 'sports', 'tv'),
    view('cus_a', '2026-01-01', 1200, 'drama', 'tv'),
    view('cus_a', '2026-01-01', 300, 'sports', 'phone'),
    { customer: 'cus_a', day: '2026-01-01', type: 'login', name: 'login' },
    { customer: 'cus_a', day: '2026-01-01', type: 'custom', name: 'watchlist_add' },
    { customer: 'cus_a', day: '2026-01-03', type: 'app_open', name: 'app_open' },
    { ...view('cus_a', '2026-01-03', 0, '', ''), secondsWatched: null, genre: null },
  ]);
  assert.deepEqual(rollups, [
    {
      customer: 'cus_a',
      day: '2026-01-01',
      secondsWatched: 1500,
      sessions: 2,
      events: 4,
      counts: { viewing: 2, login: 1, watchlist_add: 1 },
      genres: { drama: 1200, sports: 300 },
      devices: { tv: 1200, phone: 300 },
      channels: { ch1: 1500 },
    },
    {
      customer: 'cus_a',
      day: '2026-01-03',
      secondsWatched: 0,
      sessions: 1,
      events: 2,
      counts: { app_open: 1, viewing: 1 },
      genres: {},
      devices: {},
      channels: { ch1: 0 },
    },
    {
      customer: 'cus_b',
      day: '2026-01-02',
      secondsWatched: 600,
      sessions: 1,
      events: 1,
      counts: { viewing: 1 },
      genres: { sports: 600 },
      devices: { tv: 600 },
      channels: { ch1: 600 },
    },
  ]);
  assert.deepEqual(rollupEvents([]), []);
});

test('localDay: the calendar day in the account time zone, across midnight and DST', () => {
  const cases: Array<[string, string, string]> = [
    ['2026-01-01T02:00:00Z', 'UTC', '2026-01-01'],
    ['2026-01-01T02:00:00Z', 'America/Sao_Paulo', '2025-12-31'],
    ['2026-01-01T03:00:00Z', 'America/Sao_Paulo', '2026-01-01'],
    // midnight is 23:00Z in winter (UTC+1) and 22:00Z once summer time starts on 29 March (UTC+2)
    ['2026-03-28T22:59:59Z', 'Europe/Amsterdam', '2026-03-28'],
    ['2026-03-28T23:00:00Z', 'Europe/Amsterdam', '2026-03-29'],
    ['2026-03-29T21:59:59Z', 'Europe/Amsterdam', '2026-03-29'],
    ['2026-03-29T22:00:00Z', 'Europe/Amsterdam', '2026-03-30'],
    ['2026-01-01T20:29:00Z', 'Asia/Tehran', '2026-01-01'],
    ['2026-01-01T20:30:00Z', 'Asia/Tehran', '2026-01-02'],
  ];
  for (const [at, zone, day] of cases) assert.equal(localDay(new Date(at), zone), day, `${at} ${zone}`);
});
