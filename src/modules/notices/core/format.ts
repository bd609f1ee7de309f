/** Locale formatting for notices: money by Intl for the currency and locale, dates in the locale's calendar. */
import { currencyExponent } from '../../../kernel/currency.ts';

export const NOTICE_LOCALES = ['en', 'pt-BR', 'nl', 'fa'] as const;
export type NoticeLocale = (typeof NOTICE_LOCALES)[number];

/**
 * The supported locale for a customer: exact match, then the language alone (pt-PT → pt-BR), then the account's
 * default, then English.
 */
export function pickLocale(
  customer: string | null | undefined,
  accountDefault: string | null | undefined,
): NoticeLocale {
  for (const wanted of [customer, accountDefault]) {
    if (!wanted) continue;
    const exact = NOTICE_LOCALES.find((l) => l.toLowerCase() === wanted.toLowerCase());
    if (exact) return exact;
    const language = wanted.split('-')[0]!.toLowerCase();
    const near = NOTICE_LOCALES.find((l) => l.split('-')[0]!.toLowerCase() === language);
    if (near) return near;
  }
  return 'en';
}

/** Persian is written right to left. */
export function direction(locale: NoticeLocale): 'rtl' | 'ltr' {
  return locale === 'fa' ? 'rtl' : 'ltr';
}

/** Minor units → "R$ 29,90", "€ 29,90", "$29.90", "‎۲۹٫۹۰ $" (fa uses Persian digits through Intl). */
export function formatMoney(minor: number, currency: string, locale: NoticeLocale): string {
  const exponent = currencyExponent(currency.toUpperCase());
  const major = minor / 10 ** exponent;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: currency.toUpperCase(),
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  }).format(major);
}

/** A calendar date in the account's time zone; fa shows it in the Solar Hijri calendar with Persian digits. */
export function formatDate(at: Date, locale: NoticeLocale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeZone,
    ...(locale === 'fa' && { calendar: 'persian', numberingSystem: 'arabext' }),
  }).format(at);
}
