/** Decides and records one notice for one customer: locale, template (override or built-in), consent, headers. */
import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/index.ts';
import { accounts, customers, messages, noticeTemplates } from '../../db/schema/index.ts';
import { newId } from '../../kernel/ids.ts';
import {
  BUILT_IN,
  direction,
  formatDate,
  formatMoney,
  type NoticeLocale,
  type NoticeTemplateName,
  noticeKind,
  pickLocale,
  renderNotice,
  type TemplateVars,
} from './core/index.ts';
import { unsubscribeToken } from './unsubscribe.ts';

export type NoticeFormat = {
  money(minor: number, currency: string): string;
  date(at: Date): string;
  /** A count in the locale's digits (Persian digits for fa). */
  number(n: number): string;
  /** The locale the notice is written in, for texts the account supplies per locale (survey questions). */
  locale: NoticeLocale;
};

export type NoticeRequest = {
  accountId: string;
  customerId: string;
  template: NoticeTemplateName;
  /** The event that caused it (or a scheduled notice's key): with template and customer, sent at most once. */
  eventId: string;
  vars: (format: NoticeFormat) => TemplateVars;
  /** An invoice whose PDF goes with the e-mail. */
  attachInvoice?: string | undefined;
  /** Extra headers (a support reply's Reply-To); the template header is always set. */
  headers?: Record<string, string> | undefined;
  /** Work done only when the notice is queued (not when merely found due), before `vars` is called. */
  prepare?: ((deps: PrepareDeps) => Promise<void>) | undefined;
};

/**
 * What a notice may look up when it is queued. renewalTotal is the subscription's upcoming invoice total (flows
 * compute it; injected by the server), so a reminder quotes what the renewal will really cost.
 */
export type PrepareDeps = {
  ctx: AppContext;
  renewalTotal: (ctx: AppContext, accountId: string, subscriptionId: string) => Promise<number | null>;
};

export type NoticeOptions = { publicUrl: string };

/**
 * The rows a batch of notices shares (its accounts, their template overrides, its customers), read once per batch
 * rather than once per notice: a month of renewals queues four notices per subscription. Good for one batch in one
 * transaction only (nothing in it changes these rows).
 */
export type NoticeLookups = {
  accounts: Map<string, Promise<typeof accounts.$inferSelect | undefined>>;
  overrides: Map<string, Promise<typeof noticeTemplates.$inferSelect | undefined>>;
  customers: Map<string, typeof customers.$inferSelect>;
};
export const noticeLookups = (): NoticeLookups => ({ accounts: new Map(), overrides: new Map(), customers: new Map() });

const memo = <T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> => {
  const kept = map.get(key);
  if (kept) return kept;
  const value = load();
  map.set(key, value);
  return value;
};

/** Reads the customers of the requests in one query per account, for the notices of a batch. */
export async function preloadCustomers(
  db: Db,
  lookups: NoticeLookups,
  reqs: Pick<NoticeRequest, 'accountId' | 'customerId'>[],
) {
  const byAccount = Map.groupBy(reqs, (r) => r.accountId);
  for (const [accountId, list] of byAccount) {
    const ids = [...new Set(list.map((r) => r.customerId))].filter(
      (id) => !lookups.customers.has(`${accountId}/${id}`),
    );
    if (ids.length === 0) continue;
    const rows = await db
      .select()
      .from(customers)
      .where(and(eq(customers.accountId, accountId), inArray(customers.id, ids)));
    for (const row of rows) lookups.customers.set(`${accountId}/${row.id}`, row);
  }
}

/** Queues the notice in the caller's transaction; null when skipped (no e-mail, or marketing without consent). */
export async function queueNotice(
  db: Db,
  at: Date,
  options: NoticeOptions,
  req: NoticeRequest,
  lookups: NoticeLookups = noticeLookups(),
) {
  const customer =
    lookups.customers.get(`${req.accountId}/${req.customerId}`) ??
    (
      await db
        .select()
        .from(customers)
        .where(and(eq(customers.accountId, req.accountId), eq(customers.id, req.customerId)))
    )[0];
  const account = await memo(lookups.accounts, req.accountId, async () => {
    const [row] = await db.select().from(accounts).where(eq(accounts.id, req.accountId));
    return row;
  });
  if (!customer?.email || !account) return null;
  const marketing = noticeKind(req.template) === 'marketing';
  if (marketing && !customer.marketingConsent) return null;
  const locale: NoticeLocale = pickLocale(customer.locale, account.defaultLocale);
  const override = await memo(lookups.overrides, `${req.accountId}/${req.template}/${locale}`, async () => {
    const [row] = await db
      .select()
      .from(noticeTemplates)
      .where(
        and(
          eq(noticeTemplates.accountId, req.accountId),
          eq(noticeTemplates.template, req.template),
          eq(noticeTemplates.locale, locale),
        ),
      );
    return row;
  });
  const format: NoticeFormat = {
    money: (minor, currency) => formatMoney(minor, currency, locale),
    date: (d) => formatDate(d, locale, account.timeZone),
    number: (n) => new Intl.NumberFormat(locale).format(n),
    locale,
  };
  const headers: Record<string, string> = { ...req.headers, 'X-Tenure-Template': req.template };
  let unsubscribeUrl = '';
  if (marketing) {
    unsubscribeUrl = `${options.publicUrl}/unsubscribe/${await unsubscribeToken(db, req.accountId, req.customerId)}`;
    headers['List-Unsubscribe'] = `<${unsubscribeUrl}>`;
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
  }
  const vars: TemplateVars = {
    customer: { name: customer.name ?? '', email: customer.email },
    account: { name: account.name },
    unsubscribe_url: unsubscribeUrl,
    ...req.vars(format),
  };
  const rendered = renderNotice(override ?? BUILT_IN[req.template][locale], vars, direction(locale), locale);
  const [row] = await db
    .insert(messages)
    .values({
      accountId: req.accountId,
      id: newId('msg'),
      customerId: req.customerId,
      to: customer.email,
      template: req.template,
      locale,
      subject: rendered.subject,
      content: {
        text: rendered.text,
        html: rendered.html,
        headers,
        ...(req.attachInvoice && { invoice: req.attachInvoice }),
      },
      eventId: req.eventId,
      nextAttemptAt: at,
      created: at,
    })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}
