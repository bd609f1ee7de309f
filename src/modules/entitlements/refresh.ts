import { and, eq, sql } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../context.ts';
import { anyOf, type Db } from '../../db/index.ts';
import { customerEntitlements, customers, prices, subscriptionItems, subscriptions } from '../../db/schema/index.ts';
import { type NewEvent, previousAttributes, recordEvents } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { entitlementsAt } from './core/entitlements-at.ts';
import { loadAccessData } from './load.ts';
import { comparable, presentEntitlements } from './present.ts';

/** Subscription fields whose change can change what the customer may use; a plain renewal touches none. */
const ACCESS_FIELDS = ['status', 'items', 'access_blocked', 'cancel_at', 'ended_at', 'pending_update'];

/**
 * The customers whose entitlements a batch of events may have changed: created, deleted, paused and resumed
 * subscriptions always; updates only when an access field moved (so a renewal run stays cheap).
 */
export function customersToRefresh(events: readonly NewEvent[]): string[] {
  const out = new Set<string>();
  for (const e of events) {
    if (!e.type.startsWith('customer.subscription.') || e.type.endsWith('.trial_will_end')) continue;
    const previous = e.previousAttributes ?? {};
    if (e.type.endsWith('.updated') && !ACCESS_FIELDS.some((f) => f in previous)) continue;
    const customer = (e.object as { customer?: unknown }).customer;
    if (typeof customer === 'string') out.add(customer);
  }
  return [...out];
}

/**
 * Recomputes these customers' entitlements at `at` and, for each that changed since the last one told, stores it
 * and writes `entitlements.updated` — in the caller's transaction, so access and billing commit together.
 */
export async function refreshEntitlements(db: Db, actor: Actor, customerIds: readonly string[], at: Temporal.Instant) {
  if (customerIds.length === 0) return;
  const accountId = actor.accountId;
  const data = await loadAccessData(db, accountId, { customers: customerIds });
  const stored = await db
    .select()
    .from(customerEntitlements)
    .where(and(eq(customerEntitlements.accountId, accountId), anyOf(customerEntitlements.customerId, customerIds)));
  const storedBy = new Map(stored.map((r) => [r.customerId, r.value]));
  const clocks = await db
    .select({ id: customers.id, testClock: customers.testClock })
    .from(customers)
    .where(and(eq(customers.accountId, accountId), anyOf(customers.id, customerIds)));
  const events: NewEvent[] = [];
  for (const { id: customerId, testClock } of clocks) {
    const subs = data.subscriptions.filter((s) => s.customerId === customerId);
    const now = presentEntitlements(customerId, entitlementsAt(subs, data.products, at), at);
    const before = storedBy.get(customerId);
    const previous = before ? previousAttributes(before, comparable(now)) : undefined;
    if (previous ? Object.keys(previous).length === 0 : !now.access) continue;
    await db
      .insert(customerEntitlements)
      .values({ accountId, customerId, value: comparable(now), updated: toDate(at) })
      .onConflictDoUpdate({
        target: [customerEntitlements.accountId, customerEntitlements.customerId],
        set: { value: sql`excluded.value`, updated: sql`excluded.updated` },
      });
    events.push({ type: 'entitlements.updated', object: now, previousAttributes: previous, at, testClock });
  }
  await recordEvents(db, actor, events);
}

/**
 * After a product's entitlements changed: every customer with a subscription that may grant it is recomputed (in
 * their test clock's time, if any), and told by `entitlements.updated` if what they get changed.
 */
export async function refreshProductCustomers(
  db: Db,
  actor: Actor,
  productId: string,
  timeOf: (testClock: string | null) => Promise<Temporal.Instant>,
) {
  const rows = await db
    .selectDistinct({ customer: subscriptions.customerId, testClock: subscriptions.testClock })
    .from(subscriptions)
    .innerJoin(
      subscriptionItems,
      and(
        eq(subscriptionItems.accountId, subscriptions.accountId),
        eq(subscriptionItems.subscriptionId, subscriptions.id),
      ),
    )
    .innerJoin(prices, and(eq(prices.accountId, subscriptionItems.accountId), eq(prices.id, subscriptionItems.priceId)))
    .where(
      and(
        eq(subscriptions.accountId, actor.accountId),
        eq(prices.productId, productId),
        sql`${subscriptions.status} in ('trialing', 'active', 'past_due')`,
      ),
    );
  const byClock = new Map<string | null, string[]>();
  for (const r of rows) byClock.set(r.testClock, [...(byClock.get(r.testClock) ?? []), r.customer]);
  for (const [clock, customerIds] of byClock) await refreshEntitlements(db, actor, customerIds, await timeOf(clock));
}
