import { and, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { anyOf } from '../../db/index.ts';
import { prices, products, subscriptionItems, subscriptions } from '../../db/schema/index.ts';
import { fromDate, fromUnix } from '../../kernel/clock.ts';
import type { ProductEntitlements, SubscriptionAccess } from './core/entitlements-at.ts';

export type SubscriptionRowForAccess = typeof subscriptions.$inferSelect;

export type AccessData = {
  /** Subscriptions that may grant access, with their customer and test clock. */
  subscriptions: (SubscriptionAccess & { customerId: string; testClock: string | null })[];
  products: Map<string, ProductEntitlements>;
};

const GRANTING = sql`${subscriptions.status} in ('trialing', 'active', 'past_due')`;

/** The subscriptions that may grant access (of these customers), or these subscriptions, and their products. */
export async function loadAccessData(
  db: Db,
  accountId: string,
  by: { customers?: readonly string[]; subscriptions?: readonly string[] },
): Promise<AccessData> {
  // By customer, only what can grant; a subscription asked for by id comes whatever its status (a line shows why).
  const which = or(
    by.customers ? and(anyOf(subscriptions.customerId, by.customers), GRANTING) : undefined,
    by.subscriptions ? anyOf(subscriptions.id, by.subscriptions) : undefined,
  );
  const subs = await db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.accountId, accountId), which));
  if (subs.length === 0) return { subscriptions: [], products: new Map() };
  const items = await db
    .select({
      sub: subscriptionItems.subscriptionId,
      price: subscriptionItems.priceId,
      quantity: subscriptionItems.quantity,
    })
    .from(subscriptionItems)
    .where(
      and(
        eq(subscriptionItems.accountId, accountId),
        anyOf(
          subscriptionItems.subscriptionId,
          subs.map((s) => s.id),
        ),
      ),
    );
  const priceIds = new Set(items.map((i) => i.price));
  for (const s of subs) for (const i of s.pendingChange?.items ?? []) priceIds.add(i.price);
  const priceRows = await db
    .select({ id: prices.id, product: prices.productId, entitlements: products.entitlements })
    .from(prices)
    .innerJoin(products, and(eq(products.accountId, prices.accountId), eq(products.id, prices.productId)))
    .where(and(eq(prices.accountId, accountId), anyOf(prices.id, [...priceIds])));
  return assembleAccess(subs, items, priceRows);
}

export type PriceGrant = { id: string; product: string; entitlements: Record<string, unknown> | null };

/** Access data from loaded rows: subscriptions, their items, and the prices (with product entitlements) they name. */
export function assembleAccess(
  subs: readonly SubscriptionRowForAccess[],
  items: readonly { sub: string; price: string; quantity: number }[],
  priceRows: readonly PriceGrant[],
): AccessData {
  const productOf = new Map(priceRows.map((p) => [p.id, p.product]));
  const entitlements = new Map(priceRows.map((p) => [p.product, (p.entitlements ?? {}) as ProductEntitlements]));
  const itemsOf = (price: string, quantity: number) => ({ product: productOf.get(price) ?? price, quantity });
  return {
    products: entitlements,
    subscriptions: subs.map((s) => ({
      id: s.id,
      customerId: s.customerId,
      testClock: s.testClock,
      status: s.status,
      items: items.filter((i) => i.sub === s.id).map((i) => itemsOf(i.price, i.quantity)),
      pendingChange: s.pendingChange
        ? { at: fromUnix(s.pendingChange.at), items: s.pendingChange.items.map((i) => itemsOf(i.price, i.quantity)) }
        : null,
      trialEnd: s.trialEnd ? fromDate(s.trialEnd) : null,
      currentPeriodEnd: fromDate(s.currentPeriodEnd),
      cancelAt: s.cancelAt ? fromDate(s.cancelAt) : null,
      endedAt: s.endedAt ? fromDate(s.endedAt) : null,
      accessBlockedAt: s.accessBlockedAt ? fromDate(s.accessBlockedAt) : null,
    })),
  };
}
