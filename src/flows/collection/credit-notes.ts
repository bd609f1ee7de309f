/**
 * Credit notes (`cn_`) against finalized invoices, by line or amount with a reason. On an open invoice the note
 * lowers what is still due; on a paid one the amount is refunded through the gateway, credited to the customer's
 * balance, or recorded as settled outside Tenure. A void note takes back what it gave, unless it was refunded.
 */
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor, AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { creditNotes, invoiceLines, invoices } from '../../db/schema/index.ts';
import type { CreditNoteLine } from '../../db/schema/payments.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { conflict, invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { InvoiceRow } from '../../modules/invoicing/index.ts';
import { writeBalanceChanges } from '../../modules/payments/index.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import { refundInvoicePayments } from './refund-payments.ts';

type CreditNoteRow = typeof creditNotes.$inferSelect;

export type CreditNoteInput = {
  invoice: string;
  amount?: number;
  lines?: { invoice_line: string; amount: number }[];
  reason?: 'duplicate' | 'fraudulent' | 'order_change' | 'product_unsatisfactory' | 'service_outage';
  memo?: string;
  credit_amount?: number;
  refund_amount?: number;
  out_of_band_amount?: number;
  metadata?: Record<string, string>;
};

export function presentCreditNote(row: CreditNoteRow) {
  return {
    id: row.id,
    object: 'credit_note' as const,
    created: toUnix(row.created),
    invoice: row.invoiceId,
    customer: row.customerId,
    number: row.number,
    status: row.status,
    amount: row.amount,
    currency: row.currency.toLowerCase(),
    reason: row.reason,
    memo: row.memo,
    lines: row.lines,
    pre_payment_amount: row.preAmount,
    refund_amount: row.refundAmount,
    credit_amount: row.creditAmount,
    out_of_band_amount: row.outOfBandAmount,
    voided_at: row.voidedAt ? toUnix(row.voidedAt) : null,
    metadata: row.metadata,
  };
}

async function creditedSoFar(ctx: AppContext, inv: InvoiceRow): Promise<number> {
  const [row] = await ctx.db
    .select({ sum: sql<string>`coalesce(sum(${creditNotes.amount}), 0)` })
    .from(creditNotes)
    .where(
      and(eq(creditNotes.accountId, inv.accountId), eq(creditNotes.invoiceId, inv.id), ne(creditNotes.status, 'void')),
    );
  return Number(row?.sum ?? 0);
}

async function noteLines(ctx: AppContext, inv: InvoiceRow, input: CreditNoteInput): Promise<CreditNoteLine[]> {
  if (!input.lines) {
    if (!input.amount || input.amount <= 0) throw invalid('parameter_missing', 'Give amount or lines', 'amount');
    return [{ invoice_line: null, description: input.memo ?? 'Credit', amount: input.amount }];
  }
  const stored = await ctx.db
    .select()
    .from(invoiceLines)
    .where(and(eq(invoiceLines.accountId, inv.accountId), eq(invoiceLines.invoiceId, inv.id)));
  return input.lines.map((l, k) => {
    const line = stored.find((s) => s.id === l.invoice_line);
    if (!line)
      throw invalid('resource_missing', `No line ${l.invoice_line} on invoice ${inv.id}`, `lines[${k}].invoice_line`);
    if (l.amount <= 0 || l.amount > line.amount) {
      throw invalid('parameter_invalid', `Credit between 1 and the line's ${line.amount}`, `lines[${k}].amount`);
    }
    return { invoice_line: line.id, description: line.description ?? 'Credit', amount: l.amount };
  });
}

/** How the note's amount is given back; open invoices: less due first. Paid: as asked, else to the balance. */
function split(inv: InvoiceRow, total: number, input: CreditNoteInput) {
  const remaining = inv.status === 'open' ? inv.amountDue - inv.amountPaid : 0;
  const pre = Math.min(total, remaining);
  const rest = total - pre;
  const refund = input.refund_amount ?? 0;
  const outOfBand = input.out_of_band_amount ?? 0;
  const credit = input.credit_amount ?? rest - refund - outOfBand;
  if (refund + outOfBand + credit !== rest || credit < 0) {
    throw invalid(
      'credit_note_split',
      `Of ${total}, ${pre} lowers what is due; refund, credit and out-of-band amounts must add up to ${rest}`,
      'credit_amount',
    );
  }
  return { pre, refund, credit, outOfBand };
}

export async function createCreditNote(ctx: AppContext, actor: Actor, input: CreditNoteInput) {
  const inv = await findOne<InvoiceRow>(ctx.db, invoices, actor.accountId, input.invoice, 'invoice', {
    param: 'invoice',
    lock: true,
  });
  if (inv.status !== 'open' && inv.status !== 'paid') {
    throw conflict(
      'invoice_not_creditable',
      `Invoice ${inv.id} is ${inv.status}; credit notes need a finalized open or paid invoice`,
      'invoice',
    );
  }
  const lines = await noteLines(ctx, inv, input);
  const total = lines.reduce((a, l) => a + l.amount, 0);
  const creditable = inv.total - (await creditedSoFar(ctx, inv));
  if (total > creditable)
    throw invalid(
      'credit_note_too_large',
      `At most ${creditable} can still be credited`,
      input.lines ? 'lines' : 'amount',
    );
  const parts = split(inv, total, input);
  const at = await timeFor(ctx, actor.accountId, inv.testClock);
  const count = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(creditNotes)
    .where(and(eq(creditNotes.accountId, actor.accountId), eq(creditNotes.invoiceId, inv.id)));
  const row: CreditNoteRow = {
    accountId: actor.accountId,
    id: newId('cn'),
    invoiceId: inv.id,
    customerId: inv.customerId,
    number: `${inv.number}-CN-${(count[0]?.n ?? 0) + 1}`,
    status: 'issued',
    amount: total,
    currency: inv.currency,
    reason: input.reason ?? null,
    memo: input.memo ?? null,
    lines,
    preAmount: parts.pre,
    refundAmount: parts.refund,
    creditAmount: parts.credit,
    outOfBandAmount: parts.outOfBand,
    voidedAt: null,
    testClock: inv.testClock,
    metadata: input.metadata ?? {},
    created: toDate(at),
  };
  await ctx.db.insert(creditNotes).values(row);
  await applyToInvoice(ctx, inv, parts.pre, at);
  if (parts.credit) {
    const change = {
      customerId: inv.customerId,
      amount: -parts.credit,
      type: 'credit_note' as const,
      currency: inv.currency,
      invoiceId: inv.id,
      creditNoteId: row.id,
    };
    await writeBalanceChanges(ctx.db, actor.accountId, [change], toDate(at));
  }
  if (parts.refund) await refundInvoicePayments(ctx, actor, inv, parts.refund, row.id, at);
  const object = presentCreditNote(row);
  await recordEvent(ctx.db, actor, { type: 'credit_note.created', object, at, testClock: row.testClock });
  return object;
}

/** A pre-payment credit lowers the invoice's amount due; an invoice credited to zero is paid. */
async function applyToInvoice(ctx: AppContext, inv: InvoiceRow, pre: number, at: Temporal.Instant) {
  if (pre === 0) return;
  const amountDue = inv.amountDue - pre;
  const paid = amountDue <= inv.amountPaid;
  await ctx.db
    .update(invoices)
    .set({
      amountDue,
      ...(paid && { status: 'paid' as const, paidAt: toDate(at), nextPaymentAttempt: null, collectionDueAt: null }),
    })
    .where(and(eq(invoices.accountId, inv.accountId), eq(invoices.id, inv.id)));
}

export async function voidCreditNote(ctx: AppContext, actor: Actor, id: string) {
  const row = await findOne<CreditNoteRow>(ctx.db, creditNotes, actor.accountId, id, 'credit note', { lock: true });
  if (row.status === 'void') throw conflict('credit_note_void', `Credit note ${id} is already void`);
  if (row.refundAmount > 0)
    throw conflict('credit_note_refunded', 'A refunded credit note cannot be voided: the money has left');
  const inv = await findOne<InvoiceRow>(ctx.db, invoices, actor.accountId, row.invoiceId, 'invoice', { lock: true });
  if (row.preAmount > 0 && inv.status !== 'open')
    throw conflict('credit_note_applied', 'The invoice was settled with this credit; it cannot be taken back');
  const at = await timeFor(ctx, actor.accountId, row.testClock);
  if (row.preAmount) {
    await ctx.db
      .update(invoices)
      .set({ amountDue: inv.amountDue + row.preAmount })
      .where(and(eq(invoices.accountId, inv.accountId), eq(invoices.id, inv.id)));
  }
  if (row.creditAmount) {
    const change = {
      customerId: row.customerId,
      amount: row.creditAmount,
      type: 'credit_note' as const,
      currency: row.currency,
      invoiceId: inv.id,
      creditNoteId: row.id,
      description: 'Credit note voided',
    };
    await writeBalanceChanges(ctx.db, actor.accountId, [change], toDate(at));
  }
  await ctx.db
    .update(creditNotes)
    .set({ status: 'void', voidedAt: toDate(at) })
    .where(and(eq(creditNotes.accountId, actor.accountId), eq(creditNotes.id, id)));
  const object = presentCreditNote({ ...row, status: 'void', voidedAt: toDate(at) });
  await recordEvent(ctx.db, actor, { type: 'credit_note.voided', object, at, testClock: row.testClock });
  return object;
}

export async function getCreditNote(ctx: AppContext, accountId: string, id: string) {
  return presentCreditNote(await findOne<CreditNoteRow>(ctx.db, creditNotes, accountId, id, 'credit note'));
}

export async function listCreditNotes(
  ctx: AppContext,
  accountId: string,
  params: ListParams & { invoice?: string; customer?: string },
) {
  const where = and(
    params.invoice ? eq(creditNotes.invoiceId, params.invoice) : undefined,
    params.customer ? eq(creditNotes.customerId, params.customer) : undefined,
  );
  return listPage(ctx.db, creditNotes, accountId, params, where, presentCreditNote);
}
