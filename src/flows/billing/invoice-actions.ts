/** Invoice use cases: read, list, finalize, pay out of band, void, mark uncollectible, one-off items, manual invoices. */
import { and, eq, type SQL } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { customers, invoiceItems, invoices, payments } from '../../db/schema/index.ts';
import { type EventType, recordEvent, recordEvents } from '../../events/index.ts';
import { fromUnix, toDate } from '../../kernel/clock.ts';
import { conflict, invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import { findCustomer } from '../../modules/customers/index.ts';
import {
  composeInvoice,
  type InvoiceAction,
  type InvoiceRow,
  type InvoiceStatus,
  insertInvoices,
  invoiceTransition,
  newInvoice,
  presentInvoice,
  presentInvoiceItem,
} from '../../modules/invoicing/index.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import { collectInvoice } from '../collection/collect-invoices.ts';
import { paymentFor } from '../collection/present-payment.ts';
import { settlePaid } from '../collection/settle.ts';
import { accountSettings, emptyBillingData, loadCustomerData, loadTaxRates } from './billing-data.ts';
import { finalizeInvoices, linesOf } from './finalize-invoices.ts';
import { invoiceEvents } from './invoice-events.ts';
import { invoiceItemLine } from './subscription-invoice.ts';

async function present(ctx: AppContext, row: InvoiceRow) {
  const lines = await linesOf(ctx.db, row.accountId, [row.id]);
  return presentInvoice(row, lines.get(row.id) ?? []);
}

const lock = (ctx: AppContext, accountId: string, id: string) =>
  findOne<InvoiceRow>(ctx.db, invoices, accountId, id, 'invoice', { lock: true });

export async function getInvoice(ctx: AppContext, accountId: string, id: string) {
  return present(ctx, await findOne<InvoiceRow>(ctx.db, invoices, accountId, id, 'invoice'));
}

export type InvoiceSearch = ListParams & { customer?: string; subscription?: string; status?: string };

export async function listInvoices(ctx: AppContext, accountId: string, params: InvoiceSearch) {
  const filters: SQL[] = [];
  if (params.customer) filters.push(eq(invoices.customerId, params.customer));
  if (params.subscription) filters.push(eq(invoices.subscriptionId, params.subscription));
  if (params.status) filters.push(eq(invoices.status, params.status as InvoiceRow['status']));
  const page = await listPage(ctx.db, invoices, accountId, params, and(...filters), (row: InvoiceRow) => row);
  const lines = await linesOf(
    ctx.db,
    accountId,
    page.data.map((r) => r.id),
  );
  return { ...page, data: page.data.map((r) => presentInvoice(r, lines.get(r.id) ?? [])) };
}

async function clockTime(ctx: AppContext, row: InvoiceRow) {
  return timeFor(ctx, row.accountId, row.testClock);
}

export async function finalizeInvoice(ctx: AppContext, actor: Actor, id: string) {
  const row = await lock(ctx, actor.accountId, id);
  statusAfter(row, 'finalize', 'only drafts are finalized');
  await finalizeInvoices(ctx.db, actor, [row], await clockTime(ctx, row));
  return present(ctx, row);
}

/** The status `action` leads to (invoice-status core), or the conflict that refuses it. */
function statusAfter(row: InvoiceRow, action: InvoiceAction, rule: string): InvoiceStatus {
  const next = invoiceTransition(row.status, action);
  if (!next.ok) throw conflict(next.refusal, `Invoice ${row.id} is ${row.status}; ${rule}`);
  return next.to;
}

async function transition(ctx: AppContext, actor: Actor, row: InvoiceRow, patch: Partial<InvoiceRow>, type: EventType) {
  Object.assign(row, patch);
  await ctx.db
    .update(invoices)
    .set(patch)
    .where(and(eq(invoices.accountId, actor.accountId), eq(invoices.id, row.id)));
  const object = await present(ctx, row);
  await recordEvent(ctx.db, actor, { type, object, at: await clockTime(ctx, row), testClock: row.testClock });
  return object;
}

/**
 * Pays an invoice now: charges the customer's default payment method, or with paid_out_of_band records money
 * received outside Tenure (cash, bank transfer) as a payment, so reconciliation still adds up.
 */
export async function payInvoice(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { paid_out_of_band?: boolean; amount?: number },
) {
  let row = await lock(ctx, actor.accountId, id);
  if (row.status === 'draft') {
    [row] = (await finalizeInvoices(ctx.db, actor, [row], await clockTime(ctx, row))) as [InvoiceRow];
  }
  statusAfter(row, 'pay', 'only open invoices are paid');
  const at = await clockTime(ctx, row);
  const remaining = row.amountDue - row.amountPaid;
  if (input.amount !== undefined && (input.amount < 1 || input.amount > remaining)) {
    throw invalid('parameter_invalid', `Pay between 1 and the ${remaining} still due`, 'amount');
  }
  if (input.paid_out_of_band) {
    await settlePaid(ctx.db, actor, row, await outOfBandPayment(ctx, row, at, input.amount ?? remaining), at);
    await ctx.db
      .update(invoices)
      .set({ paidOutOfBand: true })
      .where(and(eq(invoices.accountId, actor.accountId), eq(invoices.id, id)));
    return present(ctx, { ...row, paidOutOfBand: true });
  }
  const [customer] = await ctx.db
    .select({ pm: customers.defaultPaymentMethod })
    .from(customers)
    .where(and(eq(customers.accountId, actor.accountId), eq(customers.id, row.customerId)));
  if (!customer?.pm) {
    throw invalid(
      'payment_method_unavailable',
      'The customer has no default payment method; attach one or pass paid_out_of_band=true',
      'paid_out_of_band',
    );
  }
  row.nextPaymentAttempt = toDate(at);
  await collectInvoice(ctx, actor, await accountSettings(ctx.db, actor.accountId), row, at);
  return present(ctx, row);
}

async function outOfBandPayment(ctx: AppContext, row: InvoiceRow, at: ReturnType<typeof fromUnix>, amount: number) {
  const payment = paymentFor(row, toDate(at), {
    amount,
    status: 'succeeded',
    gateway: 'out_of_band',
    idempotencyKey: `${row.id}:out_of_band:${row.amountPaid}`,
    attempt: row.attemptCount + 1,
    outOfBand: true,
  });
  await ctx.db.insert(payments).values(payment);
  return payment;
}

export async function voidInvoice(ctx: AppContext, actor: Actor, id: string) {
  const row = await lock(ctx, actor.accountId, id);
  const status = statusAfter(row, 'void', 'only open or uncollectible invoices are voided');
  const at = toDate(await clockTime(ctx, row));
  return transition(ctx, actor, row, { status, voidedAt: at }, 'invoice.voided');
}

export async function markUncollectible(ctx: AppContext, actor: Actor, id: string) {
  const row = await lock(ctx, actor.accountId, id);
  const status = statusAfter(row, 'mark_uncollectible', 'only open invoices are written off');
  const at = toDate(await clockTime(ctx, row));
  return transition(ctx, actor, row, { status, markedUncollectibleAt: at }, 'invoice.marked_uncollectible');
}

export async function updateInvoice(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { description?: string | null; metadata?: Record<string, string | null> },
) {
  const row = await lock(ctx, actor.accountId, id);
  const patch: Partial<InvoiceRow> = { metadata: mergeMetadata(row.metadata, input.metadata) };
  if (input.description !== undefined) {
    if (row.status !== 'draft') throw conflict('invoice_finalized', 'A finalized invoice is immutable', 'description');
    patch.description = input.description;
  }
  return transition(ctx, actor, row, patch, 'invoice.updated');
}

export type InvoiceItemInput = {
  customer: string;
  amount?: number;
  unit_amount?: number;
  quantity?: number;
  currency: string;
  description?: string;
  subscription?: string;
  period?: { start: number; end: number };
  tax_rates?: string[];
  discountable?: boolean;
  metadata?: Record<string, string>;
};

export async function createInvoiceItem(ctx: AppContext, actor: Actor, input: InvoiceItemInput) {
  const customer = await findCustomer(ctx, actor.accountId, input.customer, 'customer');
  const at = await timeFor(ctx, actor.accountId, customer.testClock);
  if ((input.amount === undefined) === (input.unit_amount === undefined)) {
    throw invalid('parameter_invalid', 'Give exactly one of amount and unit_amount', 'amount');
  }
  const quantity = input.quantity ?? 1;
  const amount = input.amount ?? input.unit_amount! * quantity;
  if (!Number.isSafeInteger(amount)) throw invalid('parameter_invalid', 'The amount is too large', 'amount');
  const period = input.period ?? {
    start: Math.floor(at.epochMilliseconds / 1000),
    end: Math.floor(at.epochMilliseconds / 1000),
  };
  const row = {
    accountId: actor.accountId,
    id: newId('ii'),
    customerId: customer.id,
    subscriptionId: input.subscription ?? null,
    invoiceId: null,
    priceId: null,
    description: input.description ?? null,
    currency: input.currency.toLowerCase(),
    quantity,
    unitAmountDecimal: input.unit_amount !== undefined ? String(input.unit_amount) : null,
    amount,
    periodStart: toDate(fromUnix(period.start)),
    periodEnd: toDate(fromUnix(period.end)),
    proration: false,
    discountable: input.discountable ?? true,
    taxRates: input.tax_rates ?? [],
    testClock: customer.testClock,
    metadata: input.metadata ?? {},
    created: toDate(at),
  };
  await ctx.db.insert(invoiceItems).values(row);
  const object = presentInvoiceItem(row);
  await recordEvent(ctx.db, actor, { type: 'invoiceitem.created', object, at, testClock: row.testClock });
  return object;
}

export type CreateInvoiceInput = {
  customer: string;
  currency?: string;
  auto_advance?: boolean;
  description?: string;
  collection_method?: 'charge_automatically' | 'send_invoice';
  days_until_due?: number;
  metadata?: Record<string, string>;
};

/** A manual invoice of the customer's pending invoice items, as a draft (auto-advanced after the account's delay). */
export async function createInvoice(ctx: AppContext, actor: Actor, input: CreateInvoiceInput) {
  const accountId = actor.accountId;
  const customer = await findCustomer(ctx, accountId, input.customer, 'customer');
  const at = await timeFor(ctx, accountId, customer.testClock);
  const settings = await accountSettings(ctx.db, accountId);
  const data = emptyBillingData(accountId, settings);
  await loadCustomerData(ctx.db, data, [customer.id]);
  const currency = (input.currency ?? customer.preferredCurrency ?? 'USD').toLowerCase();
  const pending = (data.pendingItems.get(customer.id) ?? []).filter((i) => i.currency === currency);
  await loadTaxRates(
    ctx.db,
    data,
    pending.flatMap((i) => i.taxRates),
  );
  const lines = pending.map((i) => invoiceItemLine(data, i));
  const composed = composeInvoice({
    currency,
    lines,
    discounts: [],
    startingBalance: data.balances.get(customer.id) ?? 0,
  });
  const autoAdvance = input.auto_advance ?? true;
  const method = input.collection_method ?? 'charge_automatically';
  const invoice = newInvoice({
    accountId,
    customerId: customer.id,
    subscriptionId: null,
    currency,
    billingReason: 'manual',
    collectionMethod: method,
    cycleAt: null,
    period: { start: at, end: at },
    composed,
    at,
    testClock: customer.testClock,
    autoAdvance,
    finalizeAt: autoAdvance ? at.add({ seconds: settings.finalizeDelaySeconds }) : null,
    dueDate: method === 'send_invoice' ? at.add({ hours: 24 * (input.days_until_due ?? settings.daysUntilDue) }) : null,
    description: input.description ?? null,
    metadata: input.metadata ?? {},
  });
  await insertInvoices(ctx.db, accountId, [invoice]);
  await recordEvents(ctx.db, actor, invoiceEvents(invoice));
  return presentInvoice(invoice.row, invoice.lines);
}
