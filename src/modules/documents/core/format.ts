/** Number, money and date formatting for documents through Intl, in the document's locale and the account's zone. */
import { minorToDecimalString } from '../../../kernel/money.ts';
import type { DocumentLocale } from './labels.ts';

/** Persian uses Persian digits and the Solar Hijri calendar; the others keep their Intl defaults. */
function intlTag(locale: DocumentLocale): string {
  return locale === 'fa' ? 'fa-IR-u-ca-persian-nu-arabext' : locale;
}

/** Minor units → localized money; the decimal string keeps precision (Intl accepts decimal strings, no float). */
export function formatMoney(minor: number, currency: string, locale: DocumentLocale): string {
  const major = minorToDecimalString(minor, currency);
  return new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency: currency.toUpperCase() }).format(
    major as unknown as number,
  );
}

export function formatNumber(value: number | string, locale: DocumentLocale): string {
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 12 }).format(value as number);
}

/** Percentages arrive as decimal strings ('21.0000'); shown without trailing zeros ('21%'). */
export function formatPercent(percentage: string, locale: DocumentLocale): string {
  return new Intl.NumberFormat(intlTag(locale), { style: 'percent', maximumFractionDigits: 4 }).format(
    `${percentage}E-2` as unknown as number,
  );
}

/**
 * A calendar day in the account's time zone. Persian is numeric (۱۴۰۵/۰۸/۳۰): pdfkit does not reorder
 * right-to-left runs, so month names in Arabic script would not survive text extraction.
 */
export function formatDate(unixSeconds: number, locale: DocumentLocale, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions =
    locale === 'fa' ? { year: 'numeric', month: '2-digit', day: '2-digit' } : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(intlTag(locale), { ...options, timeZone }).format(new Date(unixSeconds * 1000));
}

export function formatPeriod(start: number, end: number, locale: DocumentLocale, timeZone: string): string {
  return `${formatDate(start, locale, timeZone)} – ${formatDate(end, locale, timeZone)}`;
}
