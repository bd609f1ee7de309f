/**
 * RFM over an account's customers, from payments (recency of the last succeeded payment, number of payments,
 * amount net of refunds) or from engagement (last active day, active days in 365 days, minutes watched).
 */
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { rowsOf } from '../../db/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { type RfmInput, rfmScores, rfmSegmentRules } from './core/rfm.ts';

const DAY_MS = 86_400_000;

async function inputs(ctx: AppContext, accountId: string, source: 'payments' | 'engagement', now: Date) {
  if (source === 'payments') {
    const rows = rowsOf<{ id: string; last: number; n: number; m: string }>(
      await ctx.db.execute(sql`select p.customer_id as id, extract(epoch from max(p.created))::float8 as last,
          count(*)::int as n, sum(p.amount - p.amount_refunded)::text as m
        from payments p join customers c on c.account_id = p.account_id and c.id = p.customer_id and not c.deleted
        where p.account_id = ${accountId} and p.status = 'succeeded' and p.created <= ${now.toISOString()}
        group by p.customer_id`),
    );
    return rows.map(
      (r): RfmInput => ({
        customer: r.id,
        recencyDays: Math.floor((now.getTime() - r.last * 1000) / DAY_MS),
        frequency: r.n,
        monetary: Number(r.m),
      }),
    );
  }
  const today = now.toISOString().slice(0, 10);
  const rows = rowsOf<{ id: string; last: string; n: number; m: string }>(
    await ctx.db.execute(sql`select d.customer_id as id, max(d.day)::text as last, count(*)::int as n,
        sum(d.seconds_watched)::text as m
      from engagement_daily d join customers c on c.account_id = d.account_id and c.id = d.customer_id and not c.deleted
      where d.account_id = ${accountId} and d.events > 0 and d.day > ${today}::date - 365 and d.day <= ${today}::date
      group by d.customer_id`),
  );
  return rows.map(
    (r): RfmInput => ({
      customer: r.id,
      recencyDays: Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${r.last}T00:00:00Z`)) / DAY_MS),
      frequency: r.n,
      monetary: Math.round(Number(r.m) / 60),
    }),
  );
}

/** Scores and names every customer with activity, and counts each named segment (all names listed). */
export async function rfmReport(
  ctx: AppContext,
  accountId: string,
  options: { source?: 'payments' | 'engagement' | undefined; limit?: number | undefined },
) {
  const source = options.source ?? 'payments';
  const now = toDate(ctx.clock.now());
  const scored = rfmScores(await inputs(ctx, accountId, source, now));
  const segments: Record<string, number> = Object.fromEntries([
    ...rfmSegmentRules.map((r) => [r.segment, 0]),
    ['Others', 0],
  ]);
  for (const s of scored) segments[s.segment]!++;
  scored.sort((a, b) => (a.customer < b.customer ? -1 : 1));
  return {
    object: 'rfm_report' as const,
    source,
    as_of: toUnix(now),
    customers: scored.length,
    segments,
    data: scored.slice(0, options.limit ?? 100).map((s) => ({
      customer: s.customer,
      recency_days: s.recencyDays,
      frequency: s.frequency,
      monetary: s.monetary,
      r: s.r,
      f: s.f,
      m: s.m,
      segment: s.segment,
    })),
  };
}

/** Each customer's RFM segment name from payments as of `now`, for segment rules on `rfm_segment`. */
export async function rfmSegments(ctx: AppContext, accountId: string, now: Date): Promise<Map<string, string>> {
  return new Map(rfmScores(await inputs(ctx, accountId, 'payments', now)).map((s) => [s.customer, s.segment]));
}
