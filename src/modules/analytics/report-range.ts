import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { accounts } from '../../db/schema/index.ts';
import { fromUnix, toDate, toUnix } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';

export type ReportQuery = { start?: number; end?: number };

/** The longest window a report reads: a century covers any business, and a longer one only costs the server. */
const MAX_SPAN_SECONDS = 100 * 366 * 86_400;
/** The most buckets one series answer holds: ten years by day. */
export const MAX_BUCKETS = 3_660;
const SHORTEST_BUCKET = {
  day: 86_400,
  week: 7 * 86_400,
  month: 28 * 86_400,
  quarter: 89 * 86_400,
  year: 365 * 86_400,
} as const;

/** The report window [start, end) in unix seconds; end defaults to now, start to `defaultDays` before end. */
export function reportRange(ctx: AppContext, q: ReportQuery, defaultDays: number) {
  const end = q.end ?? toUnix(ctx.clock.now());
  const start = q.start ?? end - defaultDays * 86_400;
  if (end <= start) throw invalid('invalid_range', 'end must be after start', 'end');
  if (end - start > MAX_SPAN_SECONDS) throw invalid('invalid_range', 'A report spans at most 100 years', 'end');
  return { start, end, startDate: toDate(fromUnix(start)), endDate: toDate(fromUnix(end)) };
}

/** Refuses a series whose buckets could number over MAX_BUCKETS, before any is computed. */
export function assertBucketCount(start: number, end: number, interval: keyof typeof SHORTEST_BUCKET): void {
  if ((end - start) / SHORTEST_BUCKET[interval] > MAX_BUCKETS) {
    throw invalid('invalid_range', `A series holds at most ${MAX_BUCKETS} buckets; use a longer interval`, 'interval');
  }
}

/** The account's time zone, in which months are laid out. */
export async function accountTimeZone(ctx: AppContext, accountId: string): Promise<string> {
  const [row] = await ctx.db.select({ tz: accounts.timeZone }).from(accounts).where(eq(accounts.id, accountId));
  return row?.tz ?? 'UTC';
}

/** Unix seconds of a nullable timestamp column. */
export const unixOrNull = (d: Date | null): number | null => (d === null ? null : toUnix(d));
