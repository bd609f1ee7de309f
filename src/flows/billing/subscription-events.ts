import type { Temporal } from 'temporal-polyfill';
import { type NewEvent, previousAttributes } from '../../events/index.ts';
import { presentPrice } from '../../modules/catalog/present.ts';
import {
  presentSubscription,
  presentSubscriptionItem,
  type SubscriptionRow,
} from '../../modules/subscriptions/present.ts';
import type { BillingData } from './billing-data.ts';

/** The subscription as the API shows it, from rows already loaded for billing. */
export function presentLoaded(data: BillingData, sub: SubscriptionRow) {
  const items = (data.items.get(sub.id) ?? []).map((item) => {
    const price = data.prices.get(item.priceId);
    return presentSubscriptionItem(item, price ? presentPrice(price) : item.priceId);
  });
  return presentSubscription(sub, items);
}

export function subscriptionEvent(
  data: BillingData,
  type: string,
  sub: SubscriptionRow,
  before: SubscriptionRow,
  at: Temporal.Instant,
): NewEvent {
  const object = presentLoaded(data, sub);
  const { items: _a, ...was } = presentLoaded(data, before);
  const { items: _b, ...now } = object;
  return {
    type,
    object,
    previousAttributes: previousAttributes(was, now),
    at,
    testClock: sub.testClock,
  };
}
