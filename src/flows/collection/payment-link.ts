/**
 * The invoice's payment link for send_invoice customers: a page showing what is due, and a one-time charge of the
 * token the customer's browser obtained from the gateway (sandbox: any test token). No API key: the link's secret
 * token is the credential, and it stops working once the invoice is no longer open.
 */
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { invoices, payments } from '../../db/schema/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { conflict, invalid, notFound } from '../../kernel/errors.ts';
import { minorToDecimalString } from '../../kernel/money.ts';
import type { InvoiceRow } from '../../modules/invoicing/present.ts';
import { gatewayFor } from '../../modules/payments/gateways/index.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import { paymentFor } from './present-payment.ts';
import { settlePaid } from './settle.ts';

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

/** Charges the submitted token once for what is still due; the key makes a double submit one charge. */
export async function payByLink(ctx: AppContext, token: string, input: { token: string; gateway?: string }) {
  const inv = await byToken(ctx, token, true);
  if (inv.status !== 'open') throw conflict('invoice_not_open', `This invoice is ${inv.status}`);
  const gatewayName = input.gateway ?? 'sandbox';
  const gateway = gatewayFor(gatewayName);
  if (!gateway) throw invalid('gateway_unavailable', `No gateway '${gatewayName}' is configured`, 'gateway');
  const actor = { accountId: inv.accountId };
  const at = await timeFor(ctx, inv.accountId, inv.testClock);
  const amount = inv.amountDue - inv.amountPaid;
  // One key per try: a declined card does not block the next one; a double submit waits on the row lock and then
  // finds the invoice paid.
  const attempt = inv.attemptCount + 1;
  const key = `${inv.id}:link:${attempt}`;
  const result = await gateway.charge({
    idempotencyKey: key,
    amount,
    currency: inv.currency,
    token: input.token,
    customer: inv.customerId,
    description: `Invoice ${inv.number}`,
    priorAttempts: 0,
    metadata: { invoice: inv.id, via: 'payment_link' },
  });
  const payment = paymentFor(inv, toDate(at), {
    amount,
    status: result.status,
    gateway: gatewayName,
    gatewayId: result.gatewayId,
    declineCode: result.declineCode,
    failureMessage: result.message,
    idempotencyKey: key,
    attempt,
    metadata: { via: 'payment_link' },
  });
  await ctx.db.insert(payments).values(payment);
  inv.attemptCount = attempt;
  await ctx.db
    .update(invoices)
    .set({ attemptCount: attempt })
    .where(and(eq(invoices.accountId, inv.accountId), eq(invoices.id, inv.id)));
  if (result.status === 'succeeded') await settlePaid(ctx.db, actor, inv, payment, at);
  return { status: result.status, invoice: inv.id, decline_code: result.declineCode };
}
