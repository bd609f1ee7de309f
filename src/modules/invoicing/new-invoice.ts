/**
 * Invoices as rows in memory, built from a composed invoice, finalized in memory when due at once, and written in
 * bulk: the renewal run creates thousands per second this way.
 */

import { and, eq } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import { anyOf, bulkInsert, type Db } from '../../db/index.ts';
import { invoiceItems, invoiceLines, invoices } from '../../db/schema/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { newId, newSecret } from '../../kernel/ids.ts';
import type { ComposedInvoice } from './core/index.ts';
import { invoiceTransition } from './core/index.ts';
import type { InvoiceLineRow, InvoiceRow } from './present.ts';

type Instant = Temporal.Instant;

export type NewInvoice = { row: InvoiceRow; lines: InvoiceLineRow[]; consumedItems: string[] };

export type NewInvoiceArgs = {
  accountId: string;
  customerId: string;
  subscriptionId: string | null;
  currency: string;
  billingReason: string;
  collectionMethod: string;
  cycleAt: Instant | null;
  period: { start: Instant; end: Instant };
  composed: ComposedInvoice<Instant>;
  at: Instant;
  testClock: string | null;
  autoAdvance: boolean;
  finalizeAt: Instant | null;
  dueDate?: Instant | null;
  description?: string | null;
  metadata?: Record<string, string>;
};

export function newInvoice(args: NewInvoiceArgs): NewInvoice {
  const id = newId('in');
  const t = args.composed.totals;
  const row: InvoiceRow = {
    accountId: args.accountId,
    id,
    customerId: args.customerId,
    subscriptionId: args.subscriptionId,
    cycleAt: args.cycleAt ? toDate(args.cycleAt) : null,
    status: 'draft',
    number: null,
    currency: args.currency,
    billingReason: args.billingReason,
    collectionMethod: args.collectionMethod,
    description: args.description ?? null,
    periodStart: toDate(args.period.start),
    periodEnd: toDate(args.period.end),
    subtotal: t.subtotal,
    totalDiscountAmounts: args.composed.lines
      .flatMap((l) => l.discount_amounts)
      .reduce<{ coupon: string; discount: string | null; amount: number }[]>((acc, d) => {
        const seen = acc.find((x) => x.discount === d.discount);
        if (seen) seen.amount += d.amount;
        else acc.push({ ...d });
        return acc;
      }, []),
    totalExcludingTax: t.total_excluding_tax,
    tax: t.tax,
    totalTaxAmounts: args.composed.total_tax_amounts,
    total: t.total,
    startingBalance: t.starting_balance,
    endingBalance: null,
    amountDue: t.amount_due,
    amountPaid: 0,
    paidOutOfBand: false,
    attemptCount: 0,
    nextPaymentAttempt: null,
    dunningStage: 0,
    collectionDueAt: null,
    hostedToken: null,
    autoAdvance: args.autoAdvance,
    finalizeAt: args.finalizeAt ? toDate(args.finalizeAt) : null,
    dueDate: args.dueDate ? toDate(args.dueDate) : null,
    finalizedAt: null,
    paidAt: null,
    voidedAt: null,
    markedUncollectibleAt: null,
    testClock: args.testClock,
    metadata: args.metadata ?? {},
    created: toDate(args.at),
  };
  const lines: InvoiceLineRow[] = args.composed.lines.map((l, position) => ({
    accountId: args.accountId,
    id: newId('il'),
    invoiceId: id,
    position,
    type: l.type,
    subscriptionId: l.refs.subscription ?? null,
    subscriptionItemId: l.refs.subscription_item ?? null,
    invoiceItemId: l.refs.invoice_item ?? null,
    priceId: l.refs.price ?? null,
    description: l.description,
    quantity: l.quantity,
    unitAmountDecimal: l.unit_amount_decimal,
    amount: l.amount,
    periodStart: toDate(l.period.start),
    periodEnd: toDate(l.period.end),
    proration: l.proration,
    discountAmounts: l.discount_amounts,
    taxAmounts: l.tax_amounts,
    metadata: {},
  }));
  const consumedItems = args.composed.lines.flatMap((l) => (l.refs.invoice_item ? [l.refs.invoice_item] : []));
  return { row, lines, consumedItems };
}

/**
 * Finalizes in memory: applies the customer's balance (negative = credit) and the number; a zero amount due is
 * paid at once. Returns the customer's balance after this invoice.
 */
export function finalizeRow(row: InvoiceRow, number: string | null, balance: number, at: Date): number {
  const net = row.total + balance;
  const next = invoiceTransition(row.status, net <= 0 ? 'finalize_settled' : 'finalize');
  if (!next.ok) throw new Error(`finalizeRow: invoice ${row.id} is ${row.status}, not a draft`);
  row.status = next.to;
  row.number = number;
  row.startingBalance = balance;
  row.endingBalance = Math.min(0, net);
  row.amountDue = Math.max(0, net);
  row.finalizedAt = at;
  row.finalizeAt = null;
  if (row.status === 'paid') row.paidAt = at;
  // send_invoice: the customer pays through the invoice's payment link.
  if (row.status === 'open' && row.collectionMethod === 'send_invoice') row.hostedToken = newSecret('inv_link');
  // charge_automatically: the first attempt is due at once (the collection worker makes it).
  if (row.status === 'open' && row.collectionMethod === 'charge_automatically') {
    row.nextPaymentAttempt = at;
    row.collectionDueAt = at;
  }
  return Math.min(0, net);
}

/** Writes invoices with their lines and attaches the pending invoice items they consumed. */
export async function insertInvoices(db: Db, accountId: string, list: NewInvoice[]): Promise<void> {
  await insertInvoiceLines(db, accountId, list);
  await insertInvoiceRows(db, list);
}

/** The lines of new invoices, and the pending invoice items they consumed (nothing here holds an invoice number). */
export async function insertInvoiceLines(db: Db, accountId: string, list: NewInvoice[]): Promise<void> {
  if (list.length === 0) return;
  await bulkInsert(
    db,
    invoiceLines,
    list.flatMap((i) => i.lines),
  );
  for (const inv of list) {
    if (inv.consumedItems.length === 0) continue;
    await db
      .update(invoiceItems)
      .set({ invoiceId: inv.row.id })
      .where(and(eq(invoiceItems.accountId, accountId), anyOf(invoiceItems.id, inv.consumedItems)));
  }
}

/** The invoice rows themselves: written last, as a finalized one holds a number whose sequence lock lasts to commit. */
export async function insertInvoiceRows(db: Db, list: NewInvoice[]): Promise<void> {
  if (list.length === 0) return;
  await bulkInsert(
    db,
    invoices,
    list.map((i) => i.row),
  );
}
