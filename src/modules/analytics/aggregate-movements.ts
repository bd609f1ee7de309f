import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { rowsOf } from '../../db/index.ts';
import type { MrrLevel, MrrMovementType } from '../../db/schema/index.ts';
import { CURRENCY_CODES, currencyExponent } from '../../kernel/currency.ts';
import { invalid } from '../../kernel/errors.ts';

/** Which movements a metric counts, and what it breaks them down by. */
export type Slice = {
  level: MrrLevel;
  /** The price or product id at those levels. */
  key?: string | undefined;
  country?: string | undefined;
  currency?: string | undefined;
  /** Customer attribute equality (current value, compared as text). */
  attribute?: { key: string; value: string } | undefined;
  /** Only the members of this segment (as of its last refresh). */
  segment?: string | undefined;
  groupBy?: 'key' | 'country' | 'currency' | { attribute: string } | undefined;
};

/** Summed movements of one type in one bucket (0 = before the first edge) and group, in the reporting currency. */
export type AggregateRow = {
  bucket: number;
  type: MrrMovementType;
  group: string | null;
  amount: number;
  count: number;
};

const DAY = 86_400;
const EXPONENTS = JSON.stringify(Object.fromEntries(CURRENCY_CODES.map((c) => [c, currencyExponent(c)])));
const dayEpoch = (col: SQL) => sql`((${col} - date '1970-01-01') * 86400)::float8`;
const isoDay = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

function filters(alias: string, accountId: string, slice: Slice): SQL {
  const t = sql.raw(alias);
  const parts = [sql`${t}.account_id = ${accountId}`, sql`${t}.level = ${slice.level}`];
  if (slice.key !== undefined) parts.push(sql`${t}.key = ${slice.key}`);
  if (slice.country !== undefined) parts.push(sql`${t}.country = ${slice.country.toUpperCase()}`);
  if (slice.currency !== undefined) parts.push(sql`${t}.currency = ${slice.currency.toLowerCase()}`);
  if (slice.attribute) parts.push(sql`c.attributes ->> ${slice.attribute.key} = ${slice.attribute.value}`);
  if (slice.segment)
    parts.push(sql`exists (select 1 from segment_members sm where sm.account_id = ${accountId}
      and sm.segment_id = ${slice.segment} and sm.customer_id = ${t}.customer_id)`);
  return sql.join(parts, sql` and `);
}

function groupExpr(alias: string, slice: Slice): SQL {
  const g = slice.groupBy;
  if (!g) return sql`null::text`;
  if (typeof g === 'object') return sql`c.attributes ->> ${g.attribute}`;
  return sql.raw(`${alias}.${g}`);
}

const customerJoin = (slice: Slice) =>
  slice.attribute || typeof slice.groupBy === 'object'
    ? sql`join customers c on c.account_id = l.account_id and c.id = l.customer_id`
    : sql``;

/**
 * The rows to sum, each with its bucket. Whole UTC days come from the daily rollups; a day cut by a bucket edge (a
 * time zone, or a range not starting at midnight) is corrected from its movement lines: each line moves from its
 * day's bucket to its own. Customer attributes are not rolled up, so those slices read the lines (slower).
 */
function sourceRows(accountId: string, slice: Slice, edges: readonly number[]): SQL {
  const e = sql`${`{${edges.join(',')}}`}::float8[]`;
  const end = edges.at(-1)!;
  // Customer attributes and segment membership are not rolled up: those slices read the lines.
  if (slice.attribute || slice.segment || typeof slice.groupBy === 'object') {
    return sql`select width_bucket(extract(epoch from l.date)::float8, ${e}) as b, l.type, ${groupExpr('l', slice)} as g,
      l.currency, (l.date at time zone 'UTC')::date as day, l.amount, 1 as n
      from mrr_movement_lines l ${customerJoin(slice)}
      where ${filters('l', accountId, slice)} and l.date < ${new Date(end * 1000).toISOString()}::timestamptz`;
  }
  const rollups = sql`select width_bucket(${dayEpoch(sql`r.day`)}, ${e}) as b, r.type, ${groupExpr('r', slice)} as g,
    r.currency, r.day, r.amount, r.movements as n
    from mrr_daily_rollups r where ${filters('r', accountId, slice)} and r.day < ${isoDay(Math.ceil(end / DAY) * DAY)}::date`;
  const cut = [...new Set(edges.filter((x) => x % DAY !== 0).map((x) => Math.floor(x / DAY) * DAY))];
  if (cut.length === 0) return rollups;
  // One index range per cut day (an OR the planner turns into a bitmap of index scans).
  const days = sql.join(
    cut.map((x) => {
      const from = new Date(x * 1000).toISOString();
      const to = new Date((x + DAY) * 1000).toISOString();
      return sql`(l.date >= ${from}::timestamptz and l.date < ${to}::timestamptz)`;
    }),
    sql` or `,
  );
  const lines = sql`from mrr_movement_lines l where ${filters('l', accountId, slice)} and (${days})`;
  const g = groupExpr('l', slice);
  const day = sql`(l.date at time zone 'UTC')::date`;
  return sql`${rollups}
    union all select width_bucket(extract(epoch from l.date)::float8, ${e}), l.type, ${g}, l.currency, ${day}, l.amount, 1 ${lines}
    union all select width_bucket(${dayEpoch(day)}, ${e}), l.type, ${g}, l.currency, ${day}, -l.amount, -1 ${lines}`;
}

/**
 * Movement totals per bucket of `edges` (bucket 0 = all history before edges[0]), type and group, converted to
 * `reporting` at each day's stored rate and rounded half-up once per total.
 */
export async function aggregateMovements(
  db: Db,
  accountId: string,
  slice: Slice,
  edges: readonly number[],
  reporting: string,
): Promise<AggregateRow[]> {
  const rc = reporting.toLowerCase();
  const result = await db.execute(sql`with src as (${sourceRows(accountId, slice, edges)}),
    agg as (select b, type, g, currency, day, sum(amount) as amount, sum(n) as n from src where b < ${edges.length}
      group by b, type, g, currency, day)
    select a.b as bucket, a.type, a.g as "group", round(sum(a.amount * fx.factor))::bigint as amount,
      sum(a.n)::bigint as count, count(*) filter (where fx.factor is null)::int as missing, min(a.currency) as currency
    from agg a left join lateral (
      select case when a.currency = ${rc} then 1::numeric
        else (select case when x.currency = a.currency then x.rate else 1 / x.rate end
          from exchange_rates x where x.account_id = ${accountId} and x.date <= a.day
            and ((x.currency = a.currency and x.quote_currency = ${rc}) or (x.currency = ${rc} and x.quote_currency = a.currency))
          order by x.date desc limit 1)
          * power(10::numeric, ${currencyExponent(rc)} - coalesce((${EXPONENTS}::jsonb ->> a.currency)::int, 2)) end as factor
    ) fx on true
    group by a.b, a.type, a.g`);
  const rows = rowsOf<{
    bucket: number;
    type: MrrMovementType;
    group: string | null;
    amount: number | string;
    count: number | string;
    missing: number;
    currency: string;
  }>(result);
  const missing = rows.find((r) => Number(r.missing) > 0);
  if (missing) {
    throw invalid(
      'exchange_rate_missing',
      `No exchange rate from ${missing.currency} to ${rc} on or before a movement's day; add one with POST /v1/exchange_rates`,
    );
  }
  return rows.map((r) => ({
    bucket: Number(r.bucket),
    type: r.type,
    group: r.group,
    amount: Number(r.amount),
    count: Number(r.count),
  }));
}

/** The currencies the account's movements are in (at most two are looked up: one means no conversion is needed). */
export async function movementCurrencies(db: Db, accountId: string): Promise<string[]> {
  const first = rowsOf<{ currency: string }>(
    await db.execute(
      sql`select currency from mrr_daily_rollups where account_id = ${accountId} and level = 'customer' limit 1`,
    ),
  )[0]?.currency;
  if (!first) return [];
  const other = rowsOf<{ currency: string }>(
    await db.execute(
      sql`select currency from mrr_daily_rollups where account_id = ${accountId} and level = 'customer' and currency <> ${first} limit 1`,
    ),
  )[0]?.currency;
  return other ? [first, other] : [first];
}

/**
 * Churn lines in [start, end) per group, and how many of them belong to a customer who joined (new or reactivation,
 * at the same level and key) in that window: ChartMogul's customer churn rate leaves those out.
 */
export async function churnInWindow(db: Db, accountId: string, slice: Slice, start: number, end: number) {
  const result = await db.execute(sql`with w as (
      select l.customer_id, l.key, l.type, ${groupExpr('l', slice)} as g from mrr_movement_lines l ${customerJoin(slice)}
      where ${filters('l', accountId, slice)} and l.date >= ${new Date(start * 1000).toISOString()}::timestamptz
        and l.date < ${new Date(end * 1000).toISOString()}::timestamptz)
    select g as "group", count(*)::int as churned, count(*) filter (where exists (select 1 from w j
      where j.customer_id = w.customer_id and j.key = w.key and j.type in ('new', 'reactivation')))::int as joined
    from w where type = 'churn' group by g`);
  return rowsOf<{ group: string | null; churned: number; joined: number }>(result);
}
