/**
 * The invoice's payment link for send_invoice customers: a page showing what is due, and a one-time charge of the
 * token the customer's browser obtained from the gateway (sandbox: any test token). No API key: the link's secret
 * token is the credential, and it stops working once the invoice is no longer open.
 */
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { invoices, payments } from '../../db/schema/index.ts';
import { transact } from '../../db/tx.ts';
import { conflict, invalid, notFound } from '../../kernel/errors.ts';
import { minorToDecimalString } from '../../kernel/money.ts';
import type { InvoiceRow } from '../../modules/invoicing/index.ts';
import { gatewayFor } from '../../modules/payments/index.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import { intendLinkCharge, pendingAttempt } from './charges.ts';

async function byToken(ctx: AppContext, token: string, lock = false): Promise<InvoiceRow> {
  const query = ctx.db.select().from(invoices).where(eq(invoices.hostedToken, token));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('invoice', 'this link', 'token');
  return row;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function paymentPage(ctx: AppContext, token: string): Promise<string> {
  const inv = await byToken(ctx, token);
  const due = minorToDecimalString(inv.amountDue - inv.amountPaid, inv.currency);
  const state =
    inv.status === 'open'
      ? `<p>Amount due: <strong>${escapeHtml(due)} ${inv.currency.toUpperCase()}</strong></p>`
      : `<p>This invoice is ${escapeHtml(inv.status)}.</p>`;
  const form =
    inv.status === 'open'
      ? `<form method="post"><label>Payment token <input name="token" value="tok_visa"></label> <button>Pay ${escapeHtml(due)} ${inv.currency.toUpperCase()}</button></form>`
      : '';
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Invoice ${escapeHtml(inv.number ?? '')}</title>
<body><h1>Invoice ${escapeHtml(inv.number ?? '')}</h1>${state}${form}</body></html>`;
}

/**
 * Charges the submitted token once for what is still due: the attempt is recorded as pending, the gateway called
 * after that commit, the outcome recorded on its own. A double submit waits on the invoice's row lock and then
 * finds the attempt pending or the invoice paid.
 */
export async function payByLink(ctx: AppContext, token: string, input: { token: string; gateway?: string }) {
  const { result: payment } = await transact(ctx, async (tx) => {
    const inv = await byToken(tx, token, true);
    if (inv.status !== 'open') throw conflict('invoice_not_open', `This invoice is ${inv.status}`);
    const gatewayName = input.gateway ?? 'sandbox';
    if (!gatewayFor(gatewayName))
      throw invalid('gateway_unavailable', `No gateway '${gatewayName}' is configured`, 'gateway');
    if (await pendingAttempt(tx.db, inv)) throw conflict('payment_pending', 'A payment of this invoice is under way');
    const at = await timeFor(tx, inv.accountId, inv.testClock);
    return intendLinkCharge(tx, inv, { gateway: gatewayName, token: input.token }, at);
  });
  const [row] = await ctx.db
    .select()
    .from(payments)
    .where(and(eq(payments.accountId, payment.accountId), eq(payments.id, payment.id)));
  return { status: row!.status, invoice: payment.invoiceId, decline_code: row!.declineCode };
}
