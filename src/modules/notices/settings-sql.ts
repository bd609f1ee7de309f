/** An account's notices settings read inside SQL, so scans select only the notices that are due. */
import { type SQL, sql } from 'drizzle-orm';
import { accounts } from '../../db/schema/index.ts';

/** `settings.notices.<path>` of the joined account (path segments comma-separated), else `fallback`. */
export const noticeSetting = (path: string, type: 'int' | 'boolean', fallback: number | boolean): SQL =>
  sql`coalesce((${accounts.settings} #>> ${`{notices,${path}}`}::text[])::${sql.raw(type)}, ${fallback})`;

/** `n` days as an interval of 24-hour days, as the JavaScript rules count them (DAY_MS), whatever the time zone. */
export const daysSql = (n: SQL): SQL => sql`make_interval(hours => 24 * ${n})`;
