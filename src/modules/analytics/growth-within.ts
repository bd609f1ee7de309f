/** Conversions for attribution: which customers grew their MRR (new, reactivated or expanded) inside a window. */
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { rowsOf } from '../../db/index.ts';

export type GrowthWindow = { customer: string; from: Date; to: Date };

/** The customers of `windows` with a new, reactivation or expansion MRR movement inside their own window. */
export async function customersGrowingWithin(
  ctx: AppContext,
  accountId: string,
  windows: readonly GrowthWindow[],
): Promise<Set<string>> {
  if (windows.length === 0) return new Set();
  const rows = rowsOf<{ customer_id: string }>(
    await ctx.db.execute(sql`
      select distinct m.customer_id from mrr_movements m
        join unnest(${sql.param(windows.map((w) => w.customer))}::text[],
          ${sql.param(windows.map((w) => w.from.toISOString()))}::timestamptz[],
          ${sql.param(windows.map((w) => w.to.toISOString()))}::timestamptz[]) as w(customer, starts, ends)
          on m.customer_id = w.customer and m.date >= w.starts and m.date <= w.ends
      where m.account_id = ${accountId} and m.type in ('new', 'reactivation', 'expansion') and m.amount > 0`),
  );
  return new Set(rows.map((r) => r.customer_id));
}
