/**
 * Every customer's segment facts in one query: declared and geographic fields, viewing windows from the daily
 * rollups, the event counts a rule asks for, MRR and recent payment failures. Read as of `today` (account-local).
 */
import { type SQL, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { rowsOf } from '../../db/index.ts';
import type { AttributeValue } from '../../db/schema/index.ts';
import { type CustomerFacts, eventKey } from './core/rules.ts';

/** Field names a rule may use besides `attributes.<key>` of the account's attribute definitions. */
export { SEGMENT_FIELDS } from './core/fields.ts';

type FactRow = {
  id: string;
  created: number;
  country: string | null;
  region: string | null;
  city: string | null;
  locale: string | null;
  tags: string[];
  attributes: Record<string, AttributeValue>;
  s7: number | null;
  s30: number | null;
  s90: number | null;
  a7: number | null;
  a30: number | null;
  a90: number | null;
  last_day: string | null;
  mrr: number | null;
  failures: number | null;
  counts: Record<string, number> | null;
  band: string | null;
  risk: number | null;
  nps: number | null;
};

const DAY_MS = 86_400_000;

/** NPS categories (0–6 detractor, 7–8 passive, 9–10 promoter) of the latest answer to an NPS survey. */
const npsCategory = (score: number) => (score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor');

export async function readSegmentFacts(
  ctx: AppContext,
  accountId: string,
  now: Date,
  today: string,
  windows: readonly { event: string; windowDays: number }[],
  /** The customers' RFM segment names (from payments), when the rule asks for them. */
  rfm?: Map<string, string>,
): Promise<Map<string, CustomerFacts>> {
  const countColumns: SQL[] = windows.map(
    (w) =>
      sql`${eventKey(w.event, w.windowDays)}::text, coalesce(sum(coalesce((counts->>${w.event})::int, 0)) filter (where day > ${today}::date - ${w.windowDays}::int), 0)`,
  );
  const counts = countColumns.length ? sql`jsonb_build_object(${sql.join(countColumns, sql`, `)})` : sql`null::jsonb`;
  const since = new Date(now.getTime() - 90 * DAY_MS).toISOString();
  const rows = rowsOf<FactRow>(
    await ctx.db.execute(sql`
      with d as (
        select customer_id,
          sum(seconds_watched) filter (where day > ${today}::date - 7) as s7,
          sum(seconds_watched) filter (where day > ${today}::date - 30) as s30,
          sum(seconds_watched) as s90,
          (count(*) filter (where events > 0 and day > ${today}::date - 7))::int as a7,
          (count(*) filter (where events > 0 and day > ${today}::date - 30))::int as a30,
          (count(*) filter (where events > 0))::int as a90,
          ${counts} as counts
        from engagement_daily
        where account_id = ${accountId} and day > ${today}::date - 90 and day <= ${today}::date
        group by customer_id),
      l as (
        select customer_id, max(day)::text as last_day from engagement_daily
        where account_id = ${accountId} and events > 0 and day <= ${today}::date group by customer_id),
      m as (
        select distinct on (customer_id) customer_id, mrr_after from mrr_movements
        where account_id = ${accountId} order by customer_id, date desc, event_id desc),
      f as (
        select customer_id, count(*)::int as n from payments
        where account_id = ${accountId} and status = 'failed' and created >= ${since} group by customer_id),
      n as (
        select distinct on (customer_id) customer_id, score from survey_requests
        where account_id = ${accountId} and kind = 'nps' and score is not null and answered_at <= ${now.toISOString()}
        order by customer_id, answered_at desc)
      select c.id, extract(epoch from c.created)::float8 as created, c.address->>'country' as country, c.address->>'region' as region,
        c.address->>'city' as city, c.locale, c.tags, c.attributes,
        d.s7::int, d.s30::int, d.s90::int, d.a7, d.a30, d.a90, d.counts, l.last_day, m.mrr_after as mrr, f.n as failures,
        r.band, r.score as risk, n.score as nps
      from customers c
        left join d on d.customer_id = c.id
        left join l on l.customer_id = c.id
        left join m on m.customer_id = c.id
        left join f on f.customer_id = c.id
        left join churn_scores r on r.account_id = c.account_id and r.customer_id = c.id
        left join n on n.customer_id = c.id
      where c.account_id = ${accountId} and not c.deleted
      order by c.id`),
  );
  const todayNumber = Date.parse(`${today}T00:00:00Z`) / DAY_MS;
  const out = new Map<string, CustomerFacts>();
  for (const r of rows) {
    const fields: CustomerFacts['fields'] = {
      country: r.country,
      region: r.region,
      city: r.city,
      locale: r.locale,
      tags: r.tags,
      viewing_minutes_7d: Math.round((r.s7 ?? 0) / 60),
      viewing_minutes_30d: Math.round((r.s30 ?? 0) / 60),
      viewing_minutes_90d: Math.round((r.s90 ?? 0) / 60),
      active_days_7d: r.a7 ?? 0,
      active_days_30d: r.a30 ?? 0,
      active_days_90d: r.a90 ?? 0,
      recency_days: r.last_day === null ? null : todayNumber - Date.parse(`${r.last_day}T00:00:00Z`) / DAY_MS,
      customer_age_days: Math.floor((now.getTime() - r.created * 1000) / DAY_MS),
      mrr: r.mrr === null ? 0 : Number(r.mrr),
      payment_failures_90d: r.failures ?? 0,
      churn_risk_band: r.band,
      churn_risk_score: r.risk,
      nps_category: r.nps === null ? null : npsCategory(r.nps),
      rfm_segment: rfm?.get(r.id) ?? null,
    };
    for (const [key, value] of Object.entries(r.attributes ?? {})) fields[`attributes.${key}`] = value;
    out.set(r.id, {
      fields,
      eventCounts: r.counts ?? {},
      ageDays: fields.customer_age_days as number,
    });
  }
  return out;
}
