/**
 * The lines a subscription bills for a period: licensed items in advance for `licensed`, metered items in arrears
 * for `metered` from their aggregated usage, the first period's stub prorated by days, and $0 trial lines.
 */
import type { Temporal } from 'temporal-polyfill';
import { type PricingInput, priceQuantity } from '../../catalog/index.ts';
import { type BillingInterval, firstPeriodStubAmount } from '../../subscriptions/index.ts';
import type { DraftLine, Period } from './compose.ts';
import type { TaxRate } from './taxes.ts';

type Instant = Temporal.Instant;

export interface BillableItem {
  id: string;
  quantity: number;
  tax_rates: readonly TaxRate[];
  price: {
    id: string;
    product: string;
    label: string;
    usage_type: 'licensed' | 'metered';
    pricing: PricingInput;
  };
}

export interface SubscriptionLinesInput {
  subscription: string;
  items: readonly BillableItem[];
  licensed: Period<Instant> | null;
  metered: Period<Instant> | null;
  /** Aggregated usage per metered item id over `metered`. */
  usage: ReadonlyMap<string, number>;
  /** Trial invoices bill licensed items at 0. */
  trial?: boolean;
  /** The first period is a stub up to billing_cycle_anchor: prorate licensed items by days. */
  stub?: { cycleAnchor: Instant; interval: BillingInterval; intervalCount: number; timeZone: string } | null;
}

function line(
  sub: string,
  item: BillableItem,
  period: Period<Instant>,
  quantity: number,
  amount: number,
  text: string,
) {
  return {
    type: 'subscription',
    description: text,
    amount,
    quantity,
    unit_amount_decimal: perUnit(item),
    period,
    proration: false,
    discountable: true,
    product: item.price.product,
    tax_rates: item.tax_rates,
    refs: { subscription: sub, subscription_item: item.id, price: item.price.id },
  } satisfies DraftLine<Instant>;
}

function perUnit(item: BillableItem): string | null {
  const p = item.price.pricing;
  if (p.billing_scheme !== 'per_unit') return null;
  return p.unit_amount_decimal ?? String(p.unit_amount);
}

export function subscriptionLines(input: SubscriptionLinesInput): DraftLine<Instant>[] {
  const { subscription: sub, items, licensed, metered, usage, trial, stub } = input;
  const lines: DraftLine<Instant>[] = [];
  if (licensed) {
    for (const item of items.filter((i) => i.price.usage_type === 'licensed')) {
      const label = `${item.quantity} × ${item.price.label}`;
      if (trial) {
        lines.push(line(sub, item, licensed, item.quantity, 0, `Trial period for ${item.price.label}`));
        continue;
      }
      const full = priceQuantity(item.price.pricing, item.quantity).amount;
      if (!stub) {
        lines.push(line(sub, item, licensed, item.quantity, full, label));
        continue;
      }
      const prorated = firstPeriodStubAmount({ fullAmountMinor: full, start: licensed.start, ...stub });
      const text = `${label} (${prorated.stubDays}/${prorated.periodDays} days until the billing date)`;
      lines.push({
        ...line(sub, item, licensed, item.quantity, prorated.amount, text),
        proration: prorated.stubDays !== prorated.periodDays,
      });
    }
  }
  if (metered) {
    for (const item of items.filter((i) => i.price.usage_type === 'metered')) {
      const quantity = usage.get(item.id) ?? 0;
      const amount = priceQuantity(item.price.pricing, quantity).amount;
      lines.push(line(sub, item, metered, quantity, amount, `${quantity} × ${item.price.label} (usage)`));
    }
  }
  return lines;
}
