/**
 * The facts a document shows, already localized: the PDF and HTML renderers draw the same model, so both
 * carry the same number, lines, taxes and totals. Pure: the caller loads invoice, customer and account.
 */
import { formatDate, formatMoney, formatNumber, formatPercent, formatPeriod } from './format.ts';
import { type DocumentLocale, isRightToLeft, type Labels, labelsFor } from './labels.ts';

export type Party = { name: string; lines: string[] };
export type DocumentLine = { description: string; period: string | null; quantity: string; amount: string };
export type DocumentModel = {
  locale: DocumentLocale;
  rtl: boolean;
  title: string;
  meta: [string, string][];
  seller: Party;
  buyer: Party;
  headings: { description: string; quantity: string; amount: string; period: string; seller: string; buyer: string };
  lines: DocumentLine[];
  totals: [string, string][];
};

type Address = {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  region?: string | null;
  postal_code?: string | null;
  country?: string | null;
} | null;
export type DocumentCustomer = {
  name: string | null;
  email: string | null;
  address: Address;
  tax_ids: { type: string; value: string }[];
};
export type DocumentSeller = { name: string; time_zone: string; address?: Address; tax_id?: string | null };
export type DocumentInvoice = {
  id: string;
  number: string | null;
  status: string;
  currency: string;
  created: number;
  due_date: number | null;
  period_start: number;
  period_end: number;
  lines: {
    data: {
      description: string | null;
      quantity: number | null;
      amount: number;
      period: { start: number; end: number };
      discount_amounts: { amount: number }[];
    }[];
  };
  subtotal: number;
  total_discount_amounts: { amount: number }[];
  total_tax_amounts: { amount: number; inclusive: boolean; percentage: string }[];
  total: number;
  amount_paid: number;
  amount_due: number;
  amount_remaining: number;
};
export type DocumentCreditNote = {
  id: string;
  number: string | null;
  status: string;
  currency: string;
  created: number;
  amount: number;
  reason: string | null;
  memo: string | null;
  lines: { description: string | null; amount: number }[];
};

function addressLines(address: Address): string[] {
  if (!address) return [];
  const city = [address.postal_code, address.city, address.region].filter(Boolean).join(' ');
  return [address.line1, address.line2, city, address.country].filter((x): x is string => Boolean(x));
}

function parties(l: Labels, seller: DocumentSeller, customer: DocumentCustomer) {
  return {
    seller: {
      name: seller.name,
      lines: [...addressLines(seller.address ?? null), ...(seller.tax_id ? [`${l.taxId}: ${seller.tax_id}`] : [])],
    },
    buyer: {
      name: customer.name ?? customer.email ?? '',
      lines: [
        ...(customer.name && customer.email ? [customer.email] : []),
        ...addressLines(customer.address),
        ...customer.tax_ids.map((t) => `${l.taxId} (${t.type}): ${t.value}`),
      ],
    },
  };
}

function headings(l: Labels) {
  return {
    description: l.description,
    quantity: l.quantity,
    amount: l.amount,
    period: l.period,
    seller: l.seller,
    buyer: l.billTo,
  };
}

/** An invoice's document: discounts as one negative row, each tax rate its own row (inclusive taxes noted). */
export function invoiceDocument(
  invoice: DocumentInvoice,
  customer: DocumentCustomer,
  seller: DocumentSeller,
  locale: DocumentLocale,
): DocumentModel {
  const l = labelsFor(locale);
  const money = (minor: number) => formatMoney(minor, invoice.currency, locale);
  const date = (unix: number) => formatDate(unix, locale, seller.time_zone);
  const discount = invoice.total_discount_amounts.reduce((sum, d) => sum + d.amount, 0);
  const meta: [string, string][] = [
    [l.number, invoice.number ?? invoice.id],
    [l.created, date(invoice.created)],
    ...(invoice.due_date ? [[l.dueDate, date(invoice.due_date)] as [string, string]] : []),
    [l.period, formatPeriod(invoice.period_start, invoice.period_end, locale, seller.time_zone)],
    [l.status, l.statuses[invoice.status] ?? invoice.status],
  ];
  const taxes = invoice.total_tax_amounts.map(
    (t) =>
      [`${l.tax} ${formatPercent(t.percentage, locale)}${t.inclusive ? ` (${l.inclusive})` : ''}`, money(t.amount)] as [
        string,
        string,
      ],
  );
  return {
    locale,
    rtl: isRightToLeft(locale),
    title: `${l.invoice} ${invoice.number ?? ''}`.trim(),
    meta,
    ...parties(l, seller, customer),
    headings: headings(l),
    lines: invoice.lines.data.map((line) => ({
      description: line.description ?? '',
      period:
        line.period.end > line.period.start
          ? formatPeriod(line.period.start, line.period.end, locale, seller.time_zone)
          : null,
      quantity: line.quantity === null ? '' : formatNumber(line.quantity, locale),
      amount: money(line.amount),
    })),
    totals: [
      [l.subtotal, money(invoice.subtotal)],
      ...(discount > 0 ? [[l.discount, money(-discount)] as [string, string]] : []),
      ...taxes,
      [l.total, money(invoice.total)],
      [l.amountPaid, money(invoice.amount_paid)],
      [l.amountDue, money(invoice.amount_remaining)],
    ],
  };
}

/** A credit note's document: which invoice it credits, its lines and its amount. */
export function creditNoteDocument(
  note: DocumentCreditNote,
  invoiceNumber: string,
  customer: DocumentCustomer,
  seller: DocumentSeller,
  locale: DocumentLocale,
): DocumentModel {
  const l = labelsFor(locale);
  const money = (minor: number) => formatMoney(minor, note.currency, locale);
  return {
    locale,
    rtl: isRightToLeft(locale),
    title: `${l.creditNote} ${note.number ?? ''}`.trim(),
    meta: [
      [l.number, note.number ?? note.id],
      [l.created, formatDate(note.created, locale, seller.time_zone)],
      [l.forInvoice, invoiceNumber],
      ...(note.reason ? [[l.reason, note.reason] as [string, string]] : []),
      [l.status, l.statuses[note.status] ?? note.status],
    ],
    ...parties(l, seller, customer),
    headings: headings(l),
    lines: note.lines.map((line) => ({
      description: line.description ?? '',
      period: null,
      quantity: '',
      amount: money(line.amount),
    })),
    totals: [[l.total, money(note.amount)]],
  };
}
