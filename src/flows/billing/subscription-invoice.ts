/** The invoice a subscription produces for a billed period, with pending invoice items and its discounts. */
import { Temporal } from 'temporal-polyfill';
import type { Db } from '../../db/index.ts';
import { toDate } from '../../kernel/clock.ts';
import type { InvoiceItemRow } from '../../modules/invoicing/index.ts';
import {
  type AppliedDiscount,
  composeInvoice,
  type DraftLine,
  discountAppliesAt,
  finalizeRow,
  type NewInvoice,
  newInvoice,
  subscriptionLines,
  takeInvoiceNumbers,
} from '../../modules/invoicing/index.ts';
import type { BalanceChange } from '../../modules/payments/index.ts';
import type { SubscriptionRow } from '../../modules/subscriptions/index.ts';
import { type BillingData, billableItems, instantOf, usageFor } from './billing-data.ts';

type Instant = Temporal.Instant;

export type BilledPeriods = {
  cycleAt: Instant | null;
  licensed: { start: Instant; end: Instant } | null;
  metered: { start: Instant; end: Instant } | null;
};

export type InvoiceOptions = {
  reason: string;
  at: Instant;
  trial?: boolean;
  stubAnchor?: Instant | null;
  previousPeriodStart: Instant | null;
  extraLines?: DraftLine<Instant>[];
  /** Finalize at once (first invoice, always_invoice) instead of after the account's auto-advance delay. */
  finalizeNow?: boolean;
};

/** Subscription discounts before customer ones (Stripe's order), each only while its coupon's duration lasts. */
export function discountsFor(data: BillingData, sub: SubscriptionRow, periodStart: Instant, previous: Instant | null) {
  const applicable: AppliedDiscount[] = [];
  const mine = data.discounts.filter((d) => d.customerId === sub.customerId);
  const ordered = [...mine.filter((d) => d.subscriptionId === sub.id), ...mine.filter((d) => !d.subscriptionId)];
  for (const d of ordered) {
    if (d.end && Temporal.Instant.compare(periodStart, d.end) >= 0) continue;
    const options = { previousPeriodStart: previous, timeZone: data.settings.timeZone };
    if (discountAppliesAt({ coupon: d.coupon, start: d.start }, periodStart, options)) {
      applicable.push({ id: d.id, coupon: d.coupon });
    }
  }
  return applicable;
}

/** A pending invoice item as an invoice line (one-off charge or proration). */
export function invoiceItemLine(data: BillingData, i: InvoiceItemRow): DraftLine<Instant> {
  return {
    type: 'invoiceitem',
    description: i.description ?? 'Invoice item',
    amount: i.amount,
    quantity: i.quantity,
    unit_amount_decimal: i.unitAmountDecimal,
    period: { start: instantOf(i.periodStart), end: instantOf(i.periodEnd) },
    proration: i.proration,
    discountable: i.discountable,
    tax_rates: i.taxRates.map((id) => data.taxRates.get(id)).filter((r) => r !== undefined),
    refs: {
      invoice_item: i.id,
      ...(i.subscriptionId && { subscription: i.subscriptionId }),
      ...(i.priceId && { price: i.priceId }),
    },
  };
}

/** Pending one-off items and prorations of the customer in this currency; taken out of `data` once used. */
function pendingLines(data: BillingData, sub: SubscriptionRow): DraftLine<Instant>[] {
  const pending = data.pendingItems.get(sub.customerId) ?? [];
  const mine = pending.filter((i) => i.currency === sub.currency && (!i.subscriptionId || i.subscriptionId === sub.id));
  data.pendingItems.set(
    sub.customerId,
    pending.filter((i) => !mine.includes(i)),
  );
  return mine.map((i) => invoiceItemLine(data, i));
}

/** Builds (not writes) the invoice for `billed`; null when there is nothing to bill. */
export function subscriptionInvoice(
  data: BillingData,
  sub: SubscriptionRow,
  billed: BilledPeriods,
  options: InvoiceOptions,
): NewInvoice | null {
  const items = data.items.get(sub.id) ?? [];
  const billable = billableItems(data, sub, items);
  const tz = data.settings.timeZone;
  const stub = options.stubAnchor
    ? { cycleAnchor: options.stubAnchor, interval: sub.interval, intervalCount: sub.intervalCount, timeZone: tz }
    : null;
  // Prorations and one-off items first (they concern the period behind), then the new period's lines (Stripe's order).
  const lines = [
    ...(options.extraLines ?? []),
    ...pendingLines(data, sub),
    ...subscriptionLines({
      subscription: sub.id,
      items: billable,
      licensed: billed.licensed,
      metered: billed.metered,
      usage: billed.metered ? usageFor(data, items, billed.metered) : new Map(),
      trial: options.trial ?? false,
      stub,
    }),
  ];
  if (lines.length === 0) return null;
  const period = billed.licensed ?? billed.metered ?? { start: options.at, end: options.at };
  const composed = composeInvoice({
    currency: sub.currency,
    lines,
    discounts: options.trial ? [] : discountsFor(data, sub, period.start, options.previousPeriodStart),
    startingBalance: data.balances.get(sub.customerId) ?? 0,
  });
  const delay = data.settings.finalizeDelaySeconds;
  const finalizeNow = options.finalizeNow || delay === 0;
  return newInvoice({
    accountId: data.accountId,
    customerId: sub.customerId,
    subscriptionId: sub.id,
    currency: sub.currency,
    billingReason: options.reason,
    collectionMethod: sub.collectionMethod,
    cycleAt: billed.cycleAt,
    period,
    composed,
    at: options.at,
    testClock: sub.testClock,
    autoAdvance: true,
    finalizeAt: finalizeNow ? options.at : options.at.add({ seconds: delay }),
    dueDate:
      sub.collectionMethod === 'send_invoice'
        ? options.at.add({ hours: 24 * (sub.daysUntilDue ?? data.settings.daysUntilDue) })
        : null,
  });
}

/**
 * Finalizes, in memory and in order, the invoices whose finalize time has come: customer balances applied and
 * tracked in `data.balances`. Numbers come later (numberInvoices), as late in the transaction as possible.
 */
export function finalizeDue(
  data: BillingData,
  list: NewInvoice[],
  at: Instant,
): { finalized: NewInvoice[]; changes: BalanceChange[] } {
  const finalized = list.filter((i) => i.row.finalizeAt && i.row.finalizeAt.getTime() <= at.epochMilliseconds);
  const changes: BalanceChange[] = [];
  for (const inv of finalized) {
    const balance = data.balances.get(inv.row.customerId) ?? 0;
    const after = finalizeRow(inv.row, null, balance, toDate(at));
    data.balances.set(inv.row.customerId, after);
    changes.push(appliedToInvoice(inv.row, after - balance));
  }
  return { finalized, changes };
}

/**
 * Numbers for finalized invoices from the account's gapless sequence. Its row lock lasts to commit and serializes
 * every transaction of the account that finalizes, so callers take numbers last and write only numbered rows after.
 */
export async function numberInvoices(db: Db, data: BillingData, finalized: NewInvoice[]): Promise<void> {
  const numbers = await takeInvoiceNumbers(db, data.accountId, data.settings.invoicePrefix, finalized.length);
  finalized.forEach((inv, k) => {
    inv.row.number = numbers[k]!;
  });
}

/** The ledger entry for the balance an invoice used (credit consumed, debt added, or a negative total credited). */
export function appliedToInvoice(row: NewInvoice['row'], amount: number): BalanceChange {
  return { customerId: row.customerId, amount, type: 'applied_to_invoice', currency: row.currency, invoiceId: row.id };
}
