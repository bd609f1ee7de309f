/** Usage reports for metered items: one row per event, a retried identifier is the same usage (no double count). */
import { and, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { anyOf } from '../../db/index.ts';
import { prices, subscriptionItems, subscriptions, usageRecords } from '../../db/schema/index.ts';
import { fromUnix, toDate, toUnix } from '../../kernel/clock.ts';
import { invalid, notFound } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { timeFor } from '../test-clocks/index.ts';

export type UsageInput = {
  subscription_item: string;
  quantity: number;
  timestamp?: number;
  identifier?: string;
  value_key?: string;
};

/** Records a batch of usage events (all-or-nothing); duplicates by identifier are accepted and ignored. */
export async function recordUsage(ctx: AppContext, actor: Actor, records: UsageInput[], param = 'records') {
  const accountId = actor.accountId;
  const itemIds = [...new Set(records.map((r) => r.subscription_item))];
  const items = await ctx.db
    .select({
      id: subscriptionItems.id,
      usageType: prices.usageType,
      testClock: subscriptions.testClock,
      status: subscriptions.status,
    })
    .from(subscriptionItems)
    .innerJoin(prices, and(eq(prices.accountId, subscriptionItems.accountId), eq(prices.id, subscriptionItems.priceId)))
    .innerJoin(
      subscriptions,
      and(
        eq(subscriptions.accountId, subscriptionItems.accountId),
        eq(subscriptions.id, subscriptionItems.subscriptionId),
      ),
    )
    .where(and(eq(subscriptionItems.accountId, accountId), anyOf(subscriptionItems.id, itemIds)));
  const byId = new Map(items.map((i) => [i.id, i]));
  const rows = [];
  for (const [k, r] of records.entries()) {
    const item = byId.get(r.subscription_item);
    const at = `${param}[${k}]`;
    if (!item)
      throw notFound('subscription item', r.subscription_item, param === 'id' ? 'id' : `${at}.subscription_item`);
    if (item.usageType !== 'metered') {
      throw invalid(
        'item_not_metered',
        `Item ${item.id} has a licensed price: usage applies to metered prices only`,
        `${at}.subscription_item`,
      );
    }
    const now = await timeFor(ctx, accountId, item.testClock);
    const id = newId('mbur');
    rows.push({
      accountId,
      id,
      subscriptionItemId: item.id,
      quantity: r.quantity,
      timestamp: toDate(r.timestamp !== undefined ? fromUnix(r.timestamp) : now),
      identifier: r.identifier ?? id,
      valueKey: r.value_key ?? null,
      created: toDate(now),
    });
  }
  const inserted = await ctx.db
    .insert(usageRecords)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: usageRecords.id });
  return {
    object: 'usage_record_batch' as const,
    received: rows.length,
    recorded: inserted.length,
    duplicates: rows.length - inserted.length,
    data: rows.map((r) => ({
      id: r.id,
      object: 'usage_record' as const,
      subscription_item: r.subscriptionItemId,
      quantity: r.quantity,
      timestamp: toUnix(r.timestamp),
      identifier: r.identifier,
      duplicate: !inserted.some((i) => i.id === r.id),
    })),
  };
}
