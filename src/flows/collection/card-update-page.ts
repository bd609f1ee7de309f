/**
 * The hosted card-update page the dunning e-mails link to (`/pay/:token/payment_method`): the invoice link's
 * secret is the credential, as on the payment page. The customer submits a gateway token (never a card number);
 * it becomes their default payment method and their failed invoices are retried at once (attach-and-retry).
 * Answers are HTML pages, headings in the customer's language; a refusal also carries its domain error, so a
 * client that does not ask for HTML gets the usual problem+json. A declined card is a value (200), as elsewhere.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { accounts, customers, invoices, payments } from '../../db/schema/index.ts';
import { transact } from '../../db/tx.ts';
import { conflict, notFound, TenureError } from '../../kernel/errors.ts';
import type { InvoiceRow } from '../../modules/invoicing/index.ts';
import { direction, escapeHtml, formatMoney, type NoticeLocale, pickLocale } from '../../modules/notices/index.ts';
import { attachAndRetry } from './attach-and-retry.ts';
import { CARD_PAGE_TEXT, type CardPageText } from './card-update-texts.ts';

export type CardPageAnswer = { status: number; html: string; error?: TenureError };
type Page = { inv: InvoiceRow; locale: NoticeLocale; text: CardPageText };

async function load(ctx: AppContext, token: string, lock = false): Promise<Page | null> {
  const query = ctx.db.select().from(invoices).where(eq(invoices.hostedToken, token));
  const [inv] = lock ? await query.for('update') : await query;
  if (!inv) return null;
  const [customer] = await ctx.db
    .select({ locale: customers.locale })
    .from(customers)
    .where(and(eq(customers.accountId, inv.accountId), eq(customers.id, inv.customerId)));
  const [account] = await ctx.db
    .select({ locale: accounts.defaultLocale })
    .from(accounts)
    .where(eq(accounts.id, inv.accountId));
  const locale = pickLocale(customer?.locale, account?.locale);
  return { inv, locale, text: CARD_PAGE_TEXT[locale] };
}

function html(locale: NoticeLocale, title: string, body: string): string {
  const dir = direction(locale);
  return `<!doctype html><html lang="${locale}" dir="${dir}"><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<body dir="${dir}"><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

function form(p: Page): string {
  const due = formatMoney(p.inv.amountDue - p.inv.amountPaid, p.inv.currency, p.locale);
  return `<p>${escapeHtml(p.text.invoice)} ${escapeHtml(p.inv.number ?? '')} · ${escapeHtml(p.text.due)}: <strong>${escapeHtml(due)}</strong></p>
<form method="post"><label>${escapeHtml(p.text.token)} <input name="token" required autocomplete="off"></label> <button>${escapeHtml(p.text.submit)}</button></form>`;
}

const NOT_FOUND: CardPageAnswer = {
  status: 404,
  html: html('en', 'Link not found', '<p role="alert">This link is not valid. Use the link in your latest e-mail.</p>'),
  error: notFound('invoice', 'this link', 'token'),
};

const notOpen = (p: Page): CardPageAnswer => ({
  status: 409,
  html: html(p.locale, p.text.notOpen, ''),
  error: conflict('invoice_not_open', `This invoice is ${p.inv.status}`),
});

/** The page with the form; an invoice no longer open says so instead of offering a form. */
export async function cardUpdatePage(ctx: AppContext, token: string): Promise<CardPageAnswer> {
  const p = await load(ctx, token);
  if (!p) return NOT_FOUND;
  if (p.inv.status !== 'open') return notOpen(p);
  return { status: 200, html: html(p.locale, p.text.title, form(p)) };
}

const alert = (message: string) => `<p role="alert">${escapeHtml(message)}</p>`;

/**
 * Attaches the token as the default payment method and retries (in one transaction; the retry's charge runs after
 * its commit); the page then says what happened.
 */
export async function updateCardByLink(
  ctx: AppContext,
  token: string,
  input: { token: string; gateway?: string },
): Promise<CardPageAnswer> {
  const { result } = await transact(ctx, async (tx): Promise<CardPageAnswer | Page> => {
    const p = await load(tx, token, true);
    if (!p) return NOT_FOUND;
    if (p.inv.status !== 'open') return notOpen(p);
    const actor = { accountId: p.inv.accountId };
    const attach = {
      customer: p.inv.customerId,
      token: input.token,
      set_default: true,
      ...(input.gateway && { gateway: input.gateway }),
    };
    try {
      await attachAndRetry(tx, actor, attach);
    } catch (error) {
      // Domain errors are thrown before anything is written: the page shows them and the form again.
      if (!(error instanceof TenureError)) throw error;
      return { status: 400, html: html(p.locale, p.text.invalid, `${alert(error.message)}${form(p)}`), error };
    }
    return p;
  });
  if ('html' in result) return result;
  const p = result;
  const [inv] = await ctx.db
    .select()
    .from(invoices)
    .where(and(eq(invoices.accountId, p.inv.accountId), eq(invoices.id, p.inv.id)));
  if (inv!.status === 'paid')
    return { status: 200, html: html(p.locale, p.text.saved, `<p>${escapeHtml(p.text.paid)}</p>`) };
  const [last] = await ctx.db
    .select({ message: payments.failureMessage, code: payments.declineCode })
    .from(payments)
    .where(and(eq(payments.accountId, inv!.accountId), eq(payments.invoiceId, inv!.id)))
    .orderBy(desc(payments.created), desc(payments.attempt))
    .limit(1);
  const reason = last?.message ?? last?.code ?? '';
  return { status: 200, html: html(p.locale, p.text.declined, `${alert(reason)}${form({ ...p, inv: inv! })}`) };
}
