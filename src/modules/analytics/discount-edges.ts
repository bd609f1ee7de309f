import { and, eq, isNotNull, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { customers, discounts, mrrDiscountEdges, testClocks } from '../../db/schema/index.ts';
import type { DueEdge } from './record-movements.ts';

type Edge = 'start' | 'end';

/**
 * Cause keys sort after `evt_` ids: a subscription event at the same instant (which already saw the discount)
 * comes first, so the edge then finds no change instead of counting the movement twice.
 */
const KEY_PREFIX: Record<Edge, string> = { start: 'grant_', end: 'expiry_' };

/** Discount edges due in the customer's time (wall time, or the test clock's frozen time) and not yet recorded. */
async function dueEdges(ctx: AppContext, edge: Edge, now: Date, limit: number) {
  const at: SQL = edge === 'start' ? sql`${discounts.start}` : sql`${discounts.end}`;
  return ctx.db
    .select({ accountId: discounts.accountId, id: discounts.id, customerId: discounts.customerId, at })
    .from(discounts)
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
        edge === 'end' ? isNotNull(discounts.end) : undefined,
        eq(discounts.deleted, false),
        isNull(mrrDiscountEdges.discountId),
        or(and(isNull(customers.testClock), lte(at, now)), lte(at, sql`${testClocks.frozenTime}`)),
      ),
    )
    .limit(limit);
}

/**
 * A discount added to a customer, or a repeating coupon running out, changes MRR without a subscription event
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
