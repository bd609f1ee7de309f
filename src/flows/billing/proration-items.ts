/** Proration as pending invoice items: credit for unused time of old items, charge for the rest of the period. */
import { Temporal } from 'temporal-polyfill';
import { toDate } from '../../kernel/clock.ts';
import { newId } from '../../kernel/ids.ts';
import { priceQuantity, pricingOf } from '../../modules/catalog/index.ts';
import type { InvoiceItemRow } from '../../modules/invoicing/index.ts';
import type { SubscriptionRow } from '../../modules/subscriptions/index.ts';
import { type ProrationItem, prorationLines } from '../../modules/subscriptions/index.ts';
import type { BillingData } from './billing-data.ts';

export type ItemState = { price: string; quantity: number };

/** Licensed items only: metered usage is billed in arrears at the period end, whatever changes in between. */
function prorationItem(data: BillingData, item: ItemState): ProrationItem | null {
  const price = data.prices.get(item.price)!;
  if (price.usageType === 'metered') return null;
  return { price_id: price.id, unit_amount: priceQuantity(pricingOf(price), item.quantity).amount, quantity: 1 };
}

export function prorationItems(
  data: BillingData,
  sub: SubscriptionRow,
  before: ItemState[],
  after: ItemState[],
  at: Temporal.Instant,
): InvoiceItemRow[] {
  // Unchanged items are neither credited nor charged again.
  const same = (a: ItemState, b: ItemState) => a.price === b.price && a.quantity === b.quantity;
  const removed = before.filter((b) => !after.some((a) => same(a, b)));
  const added = after.filter((a) => !before.some((b) => same(a, b)));
  const toItems = (list: ItemState[]) => list.flatMap((i) => prorationItem(data, i) ?? []);
  const start = sub.currentPeriodStart;
  const end = sub.currentPeriodEnd;
  if (at.epochMilliseconds >= end.getTime() || at.epochMilliseconds < start.getTime()) return [];
  const lines = prorationLines({
    periodStart: instant(start),
    periodEnd: instant(end),
    changeAt: at,
    oldItems: toItems(removed),
    newItems: toItems(added),
  });
  return lines.map((line) => {
    const price = data.prices.get(line.price_id)!;
    const label = price.nickname ?? data.productNames.get(price.productId) ?? price.id;
    return {
      accountId: sub.accountId,
      id: newId('ii'),
      customerId: sub.customerId,
      subscriptionId: sub.id,
      invoiceId: null,
      priceId: line.price_id,
      description: `${line.amount < 0 ? 'Unused time on' : 'Remaining time on'} ${label}`,
      currency: sub.currency,
      quantity: 1,
      unitAmountDecimal: null,
      amount: line.amount,
      periodStart: toDate(line.period.start),
      periodEnd: toDate(line.period.end),
      proration: true,
      discountable: false,
      taxRates: sub.defaultTaxRates,
      testClock: sub.testClock,
      metadata: {},
      created: toDate(at),
    };
  });
}

const instant = (d: Date) => Temporal.Instant.fromEpochMilliseconds(d.getTime());
