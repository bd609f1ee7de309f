/**
 * A subscriber's behaviour and technographics from their daily engagement rollups, as of a day. Pure: windows are
 * the last N calendar days ending on `asOfDay` (inclusive), so "7 days" on the 10th is the 4th…10th.
 */

export type DailyFacts = {
  day: string;
  secondsWatched: number;
  events: number;
  genres: Record<string, number>;
  channels: Record<string, number>;
  devices: Record<string, number>;
};

export type Behaviour = {
  viewing_minutes: { last_7_days: number; last_30_days: number; last_90_days: number };
  active_days: { last_7_days: number; last_30_days: number; last_90_days: number };
  last_active_day: string | null;
  /** Whole days from the last active day to `asOfDay`; null when never active. */
  recency_days: number | null;
  favourite_genres: string[];
  favourite_channels: string[];
};

export type Technographics = { devices: { device_type: string; minutes_90_days: number }[] };

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

/** Keys by their summed value, biggest first (ties by name), at most `limit`. */
function top(maps: Record<string, number>[], limit: number): [string, number][] {
  const sums = new Map<string, number>();
  for (const map of maps) for (const [k, v] of Object.entries(map)) sums.set(k, (sums.get(k) ?? 0) + v);
  return [...sums]
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit);
}

export function behaviourOf(
  days: readonly DailyFacts[],
  asOfDay: string,
): { behaviour: Behaviour; technographics: Technographics } {
  const today = dayNumber(asOfDay);
  const within = (n: number) => days.filter((d) => today - dayNumber(d.day) < n && dayNumber(d.day) <= today);
  const minutes = (n: number) => Math.round(within(n).reduce((s, d) => s + d.secondsWatched, 0) / 60);
  const active = (n: number) => within(n).filter((d) => d.events > 0).length;
  const past = days.filter((d) => d.events > 0 && dayNumber(d.day) <= today).map((d) => d.day);
  const last = past.length ? past.reduce((a, b) => (a > b ? a : b)) : null;
  const quarter = within(90);
  return {
    behaviour: {
      viewing_minutes: { last_7_days: minutes(7), last_30_days: minutes(30), last_90_days: minutes(90) },
      active_days: { last_7_days: active(7), last_30_days: active(30), last_90_days: active(90) },
      last_active_day: last,
      recency_days: last === null ? null : today - dayNumber(last),
      favourite_genres: top(
        quarter.map((d) => d.genres),
        3,
      ).map(([k]) => k),
      favourite_channels: top(
        quarter.map((d) => d.channels),
        3,
      ).map(([k]) => k),
    },
    technographics: {
      devices: top(
        quarter.map((d) => d.devices),
        20,
      ).map(([device_type, seconds]) => ({ device_type, minutes_90_days: Math.round(seconds / 60) })),
    },
  };
}

/** Whole months from `from` to `to` (calendar days, the day of month decides): Jan 31 → Feb 28 is 0 months. */
export function wholeMonths(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  const months = (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
  return Math.max(0, months);
}
