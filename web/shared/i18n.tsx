import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { currencyExponent } from '../../src/kernel/currency.ts';

export const LOCALES = ['en', 'pt-BR', 'nl', 'fa'] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  'pt-BR': 'Português',
  nl: 'Nederlands',
  fa: 'فارسی',
};

/** Every language has every message: a catalogue missing one fails the type check. */
export type Catalogue<M extends Record<string, string>> = Record<Locale, { [K in keyof M]: string }>;

const STORAGE = 'tenure.locale';

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE);
  if (stored && (LOCALES as readonly string[]).includes(stored)) return stored as Locale;
  const wanted = navigator.language;
  return LOCALES.find((l) => l === wanted) ?? LOCALES.find((l) => wanted.startsWith(l.slice(0, 2))) ?? 'en';
}

/** Formatting by Intl: fa writes Persian digits and Solar Hijri dates, the others their own conventions. */
export function formatters(locale: Locale) {
  const tag = locale === 'fa' ? 'fa-IR' : locale;
  const dateTag = locale === 'fa' ? 'fa-IR-u-ca-persian' : locale;
  const dates = new Intl.DateTimeFormat(dateTag, { dateStyle: 'medium' });
  const dateTimes = new Intl.DateTimeFormat(dateTag, { dateStyle: 'medium', timeStyle: 'short' });
  const numbers = new Intl.NumberFormat(tag);
  const percents = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  return {
    /** An amount in integer minor units of its currency (ISO 4217 exponent, as the API stores it). */
    money(minor: number, currency: string): string {
      const code = currency.toUpperCase();
      const exponent = currencyExponent(code);
      return new Intl.NumberFormat(tag, {
        style: 'currency',
        currency: code,
        minimumFractionDigits: exponent,
        maximumFractionDigits: exponent,
      }).format(minor / 10 ** exponent);
    },
    /** API times are Unix seconds. */
    date: (seconds: number) => dates.format(seconds * 1000),
    dateTime: (seconds: number) => dateTimes.format(seconds * 1000),
    number: (n: number) => numbers.format(n),
    percent: (ratio: number) => percents.format(ratio),
  };
}

export type Formatters = ReturnType<typeof formatters>;
type I18n<M extends Record<string, string>> = {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: keyof M, values?: Record<string, string | number>): string;
  f: Formatters;
};

/** One app's messages: a provider that sets <html lang dir> and a hook for text and formatting. */
export function createI18n<M extends Record<string, string>>(catalogue: Catalogue<M>) {
  const Context = createContext<I18n<M> | null>(null);
  function I18nProvider({ children }: { children: ReactNode }) {
    const [locale, setLocale] = useState<Locale>(initialLocale);
    useEffect(() => {
      document.documentElement.lang = locale;
      document.documentElement.dir = locale === 'fa' ? 'rtl' : 'ltr';
      localStorage.setItem(STORAGE, locale);
    }, [locale]);
    const value = useMemo<I18n<M>>(() => {
      const messages = catalogue[locale];
      const f = formatters(locale);
      return {
        locale,
        setLocale,
        f,
        t: (key, values) =>
          String(messages[key]).replace(/\{(\w+)\}/g, (_, name: string) => {
            const v = values?.[name];
            return v === undefined ? `{${name}}` : typeof v === 'number' ? f.number(v) : v;
          }),
      };
    }, [locale]);
    return <Context.Provider value={value}>{children}</Context.Provider>;
  }
  function useI18n(): I18n<M> {
    const value = useContext(Context);
    if (!value) throw new Error('useI18n outside I18nProvider');
    return value;
  }
  return { I18nProvider, useI18n };
}
