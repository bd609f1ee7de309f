import { and, eq, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import {
  coupons,
  customers,
  discounts,
  invoiceLines,
  invoices,
  mrrDiscountEdges,
  testClocks,
} from '../../db/schema/index.ts';
import type { DueEdge } from './cause.ts';

type Edge = 'start' | 'end';

/**
 * Cause keys sort after `evt_` ids: a subscription event at the same instant (which already saw the discount)
 * comes first, so the edge then finds no change instead of counting the movement twice.
 */
const KEY_PREFIX: Record<Edge, string> = { start: 'grant_', end: 'expiry_' };

/**
 * When a discount stops counting toward MRR: its end date, or for a `once` coupon (which has none) the end of the
 * period of the first invoice it discounted; null while it runs (a once discount before its invoice counts).
 * Needs `coupons` joined to `discounts`.
 */
export function discountEndSql(): SQL<Date | null> {
  const applied = sql`jsonb_build_array(jsonb_build_object('discount', ${discounts.id}::text))`;
  const firstInvoice = sql`(select ${invoices.id} from ${invoices}
    where ${invoices.accountId} = ${discounts.accountId} and ${invoices.customerId} = ${discounts.customerId}
      and ${invoices.status} <> 'void' and ${invoices.totalDiscountAmounts} @> ${applied}
    order by ${invoices.created}, ${invoices.id} limit 1)`;
  const onceEnd = sql`(select max(${invoiceLines.periodEnd}) from ${invoiceLines}
    where ${invoiceLines.accountId} = ${discounts.accountId} and ${invoiceLines.invoiceId} = ${firstInvoice}
      and ${invoiceLines.discountAmounts} @> ${applied})`;
  return sql<Date | null>`coalesce(${discounts.end}, case when ${coupons.duration} = 'once' then ${onceEnd} end)`;
}

/**
 * Discount edges due in the customer's time (wall time, or the test clock's frozen time) and not yet recorded. The
 * edge's time is computed once per candidate (OFFSET 0 keeps PostgreSQL from copying the expression into each
 * condition: with a once coupon's subqueries that tripled planning and execution time on every worker pass).
 */
async function dueEdges(ctx: AppContext, edge: Edge, now: Date, limit: number, accountId?: string) {
  const at: SQL = edge === 'start' ? sql`${discounts.start}` : discountEndSql();
  const candidates = ctx.db
    .select({
      accountId: discounts.accountId,
      id: discounts.id,
      customerId: discounts.customerId,
      testClock: customers.testClock,
      frozenTime: testClocks.frozenTime,
      at: sql<Date | null>`${at}`.as('at'),
    })
    .from(discounts)
    .innerJoin(coupons, and(eq(coupons.accountId, discounts.accountId), eq(coupons.id, discounts.couponId)))
    .innerJoin(customers, and(eq(customers.accountId, discounts.accountId), eq(customers.id, discounts.customerId)))
    .leftJoin(testClocks, and(eq(testClocks.accountId, customers.accountId), eq(testClocks.id, customers.testClock)))
    .leftJoin(
      mrrDiscountEdges,
      and(
        eq(mrrDiscountEdges.accountId, discounts.accountId),
        eq(mrrDiscountEdges.discountId, discounts.id),
        eq(mrrDiscountEdges.edge, edge),
      ),
    )
    .where(
      and(
        accountId === undefined ? undefined : eq(discounts.accountId, accountId),
        edge === 'end' ? or(isNotNull(discounts.end), eq(coupons.duration, 'once')) : undefined,
        eq(discounts.deleted, false),
        isNull(mrrDiscountEdges.discountId),
      ),
    )
    // Drizzle drops a numeric offset of 0; the SQL form is kept.
    .offset(sql`0` as unknown as number)
    .as('candidates');
  return ctx.db
    .select({
      accountId: candidates.accountId,
      id: candidates.id,
      customerId: candidates.customerId,
      testClock: candidates.testClock,
      at: candidates.at,
    })
    .from(candidates)
    .where(
      and(
        isNotNull(candidates.at),
        or(and(isNull(candidates.testClock), lte(candidates.at, now)), lte(candidates.at, candidates.frozenTime)),
      ),
    )
    .limit(limit);
}

/**
 * A discount added to a customer, or a coupon running out (repeating at its end, once after its invoice's
 * period), changes MRR without a subscription event
 * (ChartMogul: a discount added is contraction, one expiring is expansion), so each start and end is a due item:
 * at that time the customer's MRR is recomputed once (merged in time order with the events) and the edge marked done.
 */
export async function dueDiscountEdges(ctx: AppContext, now: Date, limit: number): Promise<DueEdge[]> {
  const due: DueEdge[] = [];
  for (const edge of ['start', 'end'] as const) {
    for (const d of await dueEdges(ctx, edge, now, limit)) {
      const at = new Date(d.at as unknown as string | Date);
      due.push({
        accountId: d.accountId,
        cause: { key: `${KEY_PREFIX[edge]}${d.id}`, at, customerId: d.customerId, upToEvent: null },
        markDone: async (db) => {
          await db
            .insert(mrrDiscountEdges)
            .values({ accountId: d.accountId, discountId: d.id, edge })
            .onConflictDoNothing();
        },
      });
    }
  }
  return due;
}

/** The earliest discount edge of the account that is due but not recorded yet, per test clock ('' = live customers). */
export async function pendingDiscountEdges(ctx: AppContext, accountId: string, now: Date): Promise<Map<string, Date>> {
  const earliest = new Map<string, Date>();
  for (const edge of ['start', 'end'] as const) {
    for (const d of await dueEdges(ctx, edge, now, 1000, accountId)) {
      const at = new Date(d.at as unknown as string | Date);
      const key = d.testClock ?? '';
      if (!earliest.has(key) || at < earliest.get(key)!) earliest.set(key, at);
    }
  }
  return earliest;
}
