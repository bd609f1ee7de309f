import type { Temporal } from 'temporal-polyfill';
import { type EventType, type NewEvent, previousAttributes } from '../../events/index.ts';
import { presentPrice } from '../../modules/catalog/index.ts';
import {
  presentSubscription,
  presentSubscriptionItem,
  type SubscriptionItemRow,
  type SubscriptionRow,
} from '../../modules/subscriptions/index.ts';
import type { BillingData } from './billing-data.ts';

/** The subscription as the API shows it, from rows already loaded for billing. */
export function presentLoaded(data: BillingData, sub: SubscriptionRow) {
  const items = (data.items.get(sub.id) ?? []).map((item) => {
    const price = data.prices.get(item.priceId);
    return presentSubscriptionItem(item, price ? presentPrice(price) : item.priceId);
  });
  return presentSubscription(sub, items);
}

type ItemRows = SubscriptionItemRow[];

/** What identifies a plan: prices and quantities (item rows are rewritten on every change, so not their ids). */
const planOf = (items: ItemRows | undefined) =>
  JSON.stringify((items ?? []).map((i) => [i.priceId, i.quantity]).sort());

/**
 * `beforeItems` are the item rows as they were before the change: `data.items` already holds the new ones, so
 * without them a price change would not show in previous_attributes (and plan_changed would never be noticed).
 */
export function subscriptionEvent(
  data: BillingData,
  type: EventType,
  sub: SubscriptionRow,
  before: SubscriptionRow,
  at: Temporal.Instant,
  beforeItems?: ItemRows,
): NewEvent {
  const object = presentLoaded(data, sub);
  // The old items are compared below by plan, so presenting them (each with its price) here would be wasted work.
  const { items: _a, ...was } = presentSubscription(before, []);
  const { items, ...now } = object;
  const previous = previousAttributes(was, now);
  const current = data.items.get(sub.id);
  // Changes replace the item array, so the same array means no change (the renewal run's usual case: no stringify).
  if (beforeItems && beforeItems !== current && planOf(beforeItems) !== planOf(current)) {
    const old = new Map(data.items);
    old.set(sub.id, beforeItems);
    previous.items = presentLoaded({ ...data, items: old }, before).items;
  }
  return { type, object, previousAttributes: previous, at, testClock: sub.testClock };
}
