/** Daily rollups of engagement events: what one batch adds to each customer's day. Pure. */

export type RollupEvent = {
  customer: string;
  /** The account-local calendar day, YYYY-MM-DD. */
  day: string;
  type: string;
  name: string;
  secondsWatched?: number | null | undefined;
  genre?: string | null | undefined;
  deviceType?: string | null | undefined;
  channel?: string | null | undefined;
};

export type DailyRollup = {
  customer: string;
  day: string;
  secondsWatched: number;
  sessions: number;
  events: number;
  counts: Record<string, number>;
  genres: Record<string, number>;
  devices: Record<string, number>;
  channels: Record<string, number>;
};

const add = (into: Record<string, number>, key: string | null | undefined, amount: number) => {
  if (key) into[key] = (into[key] ?? 0) + amount;
};

/**
 * One rollup per customer and day, sorted by customer then day (so concurrent writers lock rows in one order).
 * A viewing event is a session; genres, devices and channels add up its seconds watched.
 */
export function rollupEvents(events: readonly RollupEvent[]): DailyRollup[] {
  const byKey = new Map<string, DailyRollup>();
  for (const e of events) {
    const key = `${e.customer}\u0000${e.day}`;
    let r = byKey.get(key);
    if (!r) {
      r = {
        customer: e.customer,
        day: e.day,
        secondsWatched: 0,
        sessions: 0,
        events: 0,
        counts: {},
        genres: {},
        devices: {},
        channels: {},
      };
      byKey.set(key, r);
    }
    r.events++;
    add(r.counts, e.name, 1);
    if (e.type === 'viewing') {
      const seconds = e.secondsWatched ?? 0;
      r.sessions++;
      r.secondsWatched += seconds;
      add(r.genres, e.genre, seconds);
      add(r.devices, e.deviceType, seconds);
      add(r.channels, e.channel, seconds);
    }
  }
  return [...byKey.values()].sort((a, b) =>
    a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : a.day < b.day ? -1 : a.day > b.day ? 1 : 0,
  );
}

/** A formatter per time zone, and the day per 15-minute slot: every zone's offset is a multiple of 15 minutes. */
const formatters = new Map<string, Intl.DateTimeFormat>();
const slots = new Map<string, string>();

/** The calendar day (YYYY-MM-DD) of an instant in a time zone. */
export function localDay(at: Date, timeZone: string): string {
  if (timeZone === 'UTC') return at.toISOString().slice(0, 10);
  const slot = `${timeZone}|${Math.floor(at.getTime() / 900_000)}`;
  const known = slots.get(slot);
  if (known) return known;
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  const day = format.format(at);
  if (slots.size > 100_000) slots.clear();
  slots.set(slot, day);
  return day;
}
