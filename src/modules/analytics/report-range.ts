import { eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { accounts } from '../../db/schema/index.ts';
import { fromUnix, toDate, toUnix } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';

export type ReportQuery = { start?: number; end?: number };

/** The report window [start, end) in unix seconds; end defaults to now, start to `defaultDays` before end. */
export function reportRange(ctx: AppContext, q: ReportQuery, defaultDays: number) {
  const end = q.end ?? toUnix(ctx.clock.now());
  const start = q.start ?? end - defaultDays * 86_400;
  if (end <= start) throw invalid('invalid_range', 'end must be after start', 'end');
  return { start, end, startDate: toDate(fromUnix(start)), endDate: toDate(fromUnix(end)) };
}

/** The account's time zone, in which months are laid out. */
export async function accountTimeZone(ctx: AppContext, accountId: string): Promise<string> {
  const [row] = await ctx.db.select({ tz: accounts.timeZone }).from(accounts).where(eq(accounts.id, accountId));
  return row?.tz ?? 'UTC';
}

/** Unix seconds of a nullable timestamp column. */
export const unixOrNull = (d: Date | null): number | null => (d === null ? null : toUnix(d));
