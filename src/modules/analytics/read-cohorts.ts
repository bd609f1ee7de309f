import { and, asc, eq, lt } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { mrrMovements } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';
import { customerCohorts, customerLifespans, type Movement, monthIn, mrrCohorts } from './core/index.ts';
import { accountTimeZone, type ReportQuery, reportRange } from './report-range.ts';

export type CohortQuery = ReportQuery & { kind?: 'customer' | 'mrr'; interval?: 'month' };

/**
 * Monthly cohort retention matrix from the stored movements before `end`: cohorts are the months (in the account's
 * time zone) of the customers' first 'new' movement that fall in [start, end); columns run to the month of `end`.
 * kind=customer counts customers not yet churned at each month end; kind=mrr is the cohort's month-end MRR against
 * its New Business MRR (see core/cohorts.ts). Default window: the last 365 days.
 */
export async function cohortReport(ctx: AppContext, accountId: string, q: CohortQuery) {
  const { start, end, endDate } = reportRange(ctx, q, 365);
  const kind = q.kind ?? 'customer';
  const timeZone = await accountTimeZone(ctx, accountId);
  const rows = await ctx.db
    .select()
    .from(mrrMovements)
    .where(and(eq(mrrMovements.accountId, accountId), lt(mrrMovements.date, endDate)))
    .orderBy(asc(mrrMovements.date), asc(mrrMovements.eventId));
  const movements: Movement[] = rows.map((r) => ({
    at: toUnix(r.date),
    customer: r.customerId,
    type: r.type,
    amount: r.amount,
  }));
  const first = monthIn(start, timeZone);
  const through = monthIn(end - 1, timeZone);
  const matrix =
    kind === 'mrr'
      ? mrrCohorts(movements, through, { timeZone })
      : customerCohorts(customerLifespans(movements, timeZone), through);
  return {
    object: 'cohort_matrix',
    kind,
    interval: 'month',
    start,
    end,
    time_zone: timeZone,
    data: (matrix as Array<(typeof matrix)[number]>)
      .filter((row) => row.cohort >= first)
      .map((row) => ({ object: 'cohort', ...row })),
  };
}

/**
 * The matrix as CSV: one line per cohort, `cohort,customers[,value]`, then month_0…month_N (customers retained, or
 * MRR in minor units) and rate_0…rate_N (fractions); cells past the latest month are empty.
 */
export async function cohortCsv(ctx: AppContext, accountId: string, q: CohortQuery): Promise<string> {
  const report = await cohortReport(ctx, accountId, q);
  const rows = report.data as Array<
    { cohort: string; customers: number; value?: number; rate: number[] } & Record<string, unknown>
  >;
  const values = (r: (typeof rows)[number]) => (report.kind === 'mrr' ? (r.mrr as number[]) : (r.retained as number[]));
  const width = Math.max(0, ...rows.map((r) => r.rate.length));
  const cols = Array.from({ length: width }, (_, k) => k);
  const head = [
    'cohort',
    'customers',
    ...(report.kind === 'mrr' ? ['value'] : []),
    ...cols.map((k) => `month_${k}`),
    ...cols.map((k) => `rate_${k}`),
  ];
  const lines = rows.map((r) =>
    [
      r.cohort,
      String(r.customers),
      ...(report.kind === 'mrr' ? [String(r.value)] : []),
      ...cols.map((k) => (k < r.rate.length ? String(values(r)[k]) : '')),
      ...cols.map((k) => (k < r.rate.length ? String(r.rate[k]) : '')),
    ].join(','),
  );
  return `${[head.join(','), ...lines].join('\n')}\n`;
}
