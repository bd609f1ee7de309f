/**
 * Everything billing needs for a batch of one account's subscriptions, read in a fixed number of queries
 * (not per subscription), so a renewal run costs the same few round trips for 1 or 1,000 subscriptions.
 */
import { and, eq, gte, isNull } from 'drizzle-orm';
import { Temporal } from 'temporal-polyfill';
import { anyOf, type Db } from '../../db/index.ts';
import {
  accounts,
  coupons,
  customers,
  discounts,
  invoiceItems,
  prices,
  products,
  subscriptionItems,
  subscriptionSchedules,
  taxRates,
  usageRecords,
} from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';
import type { PriceRow } from '../../modules/catalog/index.ts';
import { pricingOf } from '../../modules/catalog/index.ts';
import type { BillableItem, Coupon, InvoiceItemRow, TaxRate } from '../../modules/invoicing/index.ts';
import { DEFAULT_DUNNING, type DunningPolicy, type StageAction } from '../../modules/payments/index.ts';
import type { SubscriptionItemRow, SubscriptionRow } from '../../modules/subscriptions/index.ts';
import { aggregateUsage, type UsageAggregation, type UsageEvent } from '../../modules/usage/index.ts';

export type AccountSettings = {
  timeZone: string;
  invoicePrefix: string;
  /** Auto-advance: drafts from renewals are finalized this long after creation (Stripe: about an hour). */
  finalizeDelaySeconds: number;
  daysUntilDue: number;
  dunning: DunningPolicy;
};

/** settings.dunning as stored ({retry_days, stages: [{after_days, action}]}), else the documented default. */
function dunningOf(raw: unknown): DunningPolicy {
  const d = raw as { retry_days?: number[]; stages?: { after_days: number; action: StageAction }[] } | undefined;
  if (!d) return DEFAULT_DUNNING;
  return {
    retryDays: d.retry_days ?? DEFAULT_DUNNING.retryDays,
    stages: d.stages ? d.stages.map((s) => ({ afterDays: s.after_days, action: s.action })) : DEFAULT_DUNNING.stages,
  };
}

export type DiscountRecord = {
  id: string;
  customerId: string;
  subscriptionId: string | null;
  coupon: Coupon;
  start: Temporal.Instant;
  end: Temporal.Instant | null;
};

export type BillingData = {
  accountId: string;
  settings: AccountSettings;
  items: Map<string, SubscriptionItemRow[]>;
  prices: Map<string, PriceRow>;
  productNames: Map<string, string>;
  taxRates: Map<string, TaxRate>;
  discounts: DiscountRecord[];
  pendingItems: Map<string, InvoiceItemRow[]>;
  balances: Map<string, number>;
  /** Customers with a default payment method: a trial ends into billing for them, whatever the end behaviour. */
  withPaymentMethod: Set<string>;
  /** Balances as read, to write back only what billing changed. */
  loadedBalances: Map<string, number>;
  usage: Map<string, UsageEvent[]>;
  /** Active schedules of the loaded subscriptions, by id: a renewal that ends a phase moves its schedule on. */
  schedules: Map<string, typeof subscriptionSchedules.$inferSelect>;
};

export async function accountSettings(db: Db, accountId: string): Promise<AccountSettings> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, accountId));
  const s = (row?.settings ?? {}) as Record<string, unknown>;
  return {
    timeZone: row?.timeZone ?? 'UTC',
    invoicePrefix: typeof s.invoice_prefix === 'string' ? s.invoice_prefix : 'INV',
    finalizeDelaySeconds:
      typeof s.invoice_finalize_delay_seconds === 'number' ? s.invoice_finalize_delay_seconds : 3600,
    daysUntilDue: typeof s.days_until_due === 'number' ? s.days_until_due : 30,
    dunning: dunningOf(s.dunning),
  };
}

export function couponOf(row: typeof coupons.$inferSelect): Coupon {
  return {
    id: row.id,
    ...(row.percentOff !== null && { percent_off: row.percentOff }),
    ...(row.amountOff !== null && { amount_off: row.amountOff, currency: row.currency ?? undefined }),
    duration: row.duration,
    ...(row.durationInMonths !== null && { duration_in_months: row.durationInMonths }),
    ...(row.appliesToProducts && { applies_to_products: row.appliesToProducts }),
  };
}

export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

const unique = (xs: (string | null | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))];

/** Loads prices (and their products' names) for the given ids into `data`. */
export async function loadPrices(db: Db, data: BillingData, ids: string[]): Promise<void> {
  const missing = unique(ids).filter((id) => !data.prices.has(id));
  if (missing.length === 0) return;
  const rows = await db
    .select()
    .from(prices)
    .where(and(eq(prices.accountId, data.accountId), anyOf(prices.id, missing)));
  for (const row of rows) data.prices.set(row.id, row);
  const productIds = unique(rows.map((r) => r.productId)).filter((id) => !data.productNames.has(id));
  if (productIds.length === 0) return;
  const names = await db
    .select({ id: products.id, name: products.name })
    .from(products)
    .where(and(eq(products.accountId, data.accountId), anyOf(products.id, productIds)));
  for (const p of names) data.productNames.set(p.id, p.name);
}

export async function loadTaxRates(db: Db, data: BillingData, ids: string[]): Promise<void> {
  const missing = unique(ids).filter((id) => !data.taxRates.has(id));
  if (missing.length === 0) return;
  const rows = await db
    .select()
    .from(taxRates)
    .where(and(eq(taxRates.accountId, data.accountId), anyOf(taxRates.id, missing)));
  for (const r of rows) data.taxRates.set(r.id, { id: r.id, percentage: r.percentage, inclusive: r.inclusive });
}

/** Usage of metered items since `since` (the earliest period start that can still be billed in arrears). */
async function loadUsage(db: Db, data: BillingData, itemIds: string[], since: Date): Promise<void> {
  if (itemIds.length === 0) return;
  const rows = await db
    .select()
    .from(usageRecords)
    .where(
      and(
        eq(usageRecords.accountId, data.accountId),
        anyOf(usageRecords.subscriptionItemId, itemIds),
        gte(usageRecords.timestamp, since),
      ),
    );
  for (const [item, list] of groupBy(rows, (r) => r.subscriptionItemId)) {
    data.usage.set(
      item,
      list.map((r) => ({
        identifier: r.identifier,
        quantity: r.quantity,
        timestamp: toUnix(r.timestamp),
        ...(r.valueKey !== null && { value_key: r.valueKey }),
      })),
    );
  }
}

export function emptyBillingData(accountId: string, settings: AccountSettings): BillingData {
  return {
    accountId,
    settings,
    items: new Map(),
    prices: new Map(),
    productNames: new Map(),
    taxRates: new Map(),
    discounts: [],
    pendingItems: new Map(),
    balances: new Map(),
    loadedBalances: new Map(),
    withPaymentMethod: new Set(),
    usage: new Map(),
    schedules: new Map(),
  };
}

export async function loadBillingData(db: Db, accountId: string, subs: SubscriptionRow[]): Promise<BillingData> {
  const data = emptyBillingData(accountId, await accountSettings(db, accountId));
  const subIds = subs.map((s) => s.id);
  const customerIds = unique(subs.map((s) => s.customerId));
  const itemRows = subIds.length
    ? await db
        .select()
        .from(subscriptionItems)
        .where(and(eq(subscriptionItems.accountId, accountId), anyOf(subscriptionItems.subscriptionId, subIds)))
    : [];
  data.items = groupBy(itemRows, (r) => r.subscriptionId);
  const pendingPrices = subs.flatMap((s) => s.pendingChange?.items.map((i) => i.price) ?? []);
  await loadPrices(db, data, [...itemRows.map((r) => r.priceId), ...pendingPrices]);
  await loadTaxRates(db, data, [
    ...itemRows.flatMap((r) => r.taxRates ?? []),
    ...subs.flatMap((s) => s.defaultTaxRates),
  ]);
  await loadCustomerData(db, data, customerIds);
  const metered = itemRows.filter((r) => data.prices.get(r.priceId)?.usageType === 'metered').map((r) => r.id);
  const since = subs.reduce((min, s) => (s.currentPeriodStart < min ? s.currentPeriodStart : min), new Date(8.64e15));
  await loadUsage(db, data, metered, since);
  const scheduleIds = unique(subs.map((s) => s.scheduleId));
  if (scheduleIds.length) {
    const rows = await db
      .select()
      .from(subscriptionSchedules)
      .where(and(eq(subscriptionSchedules.accountId, accountId), anyOf(subscriptionSchedules.id, scheduleIds)));
    for (const row of rows) if (row.status === 'active') data.schedules.set(row.id, row);
  }
  return data;
}

/** Discounts, pending invoice items and balances of the given customers. */
export async function loadCustomerData(db: Db, data: BillingData, customerIds: string[]): Promise<void> {
  if (customerIds.length === 0) return;
  const accountId = data.accountId;
  // Sequential: inside a transaction the queries share one connection.
  const discountRows = await db
    .select({ d: discounts, c: coupons })
    .from(discounts)
    .innerJoin(coupons, and(eq(coupons.accountId, discounts.accountId), eq(coupons.id, discounts.couponId)))
    .where(
      and(eq(discounts.accountId, accountId), anyOf(discounts.customerId, customerIds), eq(discounts.deleted, false)),
    );
  const pending = await db
    .select()
    .from(invoiceItems)
    .where(
      and(
        eq(invoiceItems.accountId, accountId),
        anyOf(invoiceItems.customerId, customerIds),
        isNull(invoiceItems.invoiceId),
      ),
    );
  const balances = await db
    .select({ id: customers.id, balance: customers.balance, pm: customers.defaultPaymentMethod })
    .from(customers)
    .where(and(eq(customers.accountId, accountId), anyOf(customers.id, customerIds)));
  data.discounts = discountRows.map(({ d, c }) => ({
    id: d.id,
    customerId: d.customerId,
    subscriptionId: d.subscriptionId,
    coupon: couponOf(c),
    start: Temporal.Instant.fromEpochMilliseconds(d.start.getTime()),
    end: d.end ? Temporal.Instant.fromEpochMilliseconds(d.end.getTime()) : null,
  }));
  data.pendingItems = groupBy(pending, (r) => r.customerId);
  for (const b of balances) {
    if (b.pm) data.withPaymentMethod.add(b.id);
    data.balances.set(b.id, b.balance);
    data.loadedBalances.set(b.id, b.balance);
  }
}

/** The items of a subscription as the pricing core sees them. */
export function billableItems(data: BillingData, sub: SubscriptionRow, items: SubscriptionItemRow[]): BillableItem[] {
  return items.map((item) => {
    const price = data.prices.get(item.priceId);
    if (!price) throw new Error(`price ${item.priceId} of ${item.id} not loaded`);
    const rateIds = item.taxRates ?? sub.defaultTaxRates;
    return {
      id: item.id,
      quantity: item.quantity,
      tax_rates: rateIds.map((id) => data.taxRates.get(id)).filter((r): r is TaxRate => !!r),
      price: {
        id: price.id,
        product: price.productId,
        label: price.nickname ?? data.productNames.get(price.productId) ?? price.id,
        usage_type: price.usageType ?? 'licensed',
        pricing: pricingOf(price),
      },
    };
  });
}

/** Aggregated usage per metered item over [start, end). */
export function usageFor(
  data: BillingData,
  items: SubscriptionItemRow[],
  period: { start: Temporal.Instant; end: Temporal.Instant },
): Map<string, number> {
  const result = new Map<string, number>();
  for (const item of items) {
    const price = data.prices.get(item.priceId);
    if (price?.usageType !== 'metered') continue;
    const aggregation = (price.aggregateUsage ?? 'sum') as UsageAggregation;
    result.set(item.id, aggregateUsage(data.usage.get(item.id) ?? [], period, aggregation));
  }
  return result;
}

export const instantOf = (d: Date) => Temporal.Instant.fromEpochMilliseconds(d.getTime());
