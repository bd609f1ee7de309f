import assert from 'node:assert/strict';
import { test } from 'node:test';
import { direction, formatDate, formatMoney, pickLocale } from './format.ts';

test('pickLocale: customer, its language, the account default, then English', () => {
  const cases: [string | null, string | null, string][] = [
    ['pt-BR', 'en', 'pt-BR'],
    ['pt-PT', 'en', 'pt-BR'],
    ['nl-BE', 'en', 'nl'],
    ['FA', null, 'fa'],
    [null, 'nl', 'nl'],
    ['de', 'fa', 'fa'],
    ['de', 'ja', 'en'],
  ];
  for (const [customer, account, want] of cases)
    assert.equal(pickLocale(customer, account), want, `${customer}/${account}`);
});

test('formatMoney: Intl for the currency and locale, exponent from ISO 4217', () => {
  const cases: [number, string, Parameters<typeof formatMoney>[2], string][] = [
    [2990, 'usd', 'en', '$29.90'],
    [2990, 'brl', 'pt-BR', 'R$\u00a029,90'],
    [2990, 'eur', 'nl', '€\u00a029,90'],
    [500, 'jpy', 'en', '¥500'],
    [2990, 'usd', 'fa', '\u200e$۲۹٫۹۰'],
  ];
  for (const [minor, currency, locale, want] of cases) assert.equal(formatMoney(minor, currency, locale), want);
});

test('formatDate: long date in the time zone; fa in the Solar Hijri calendar with Persian digits', () => {
  const at = new Date('2026-02-01T01:00:00Z');
  const cases: [Parameters<typeof formatDate>[1], string, string][] = [
    ['en', 'UTC', 'February 1, 2026'],
    ['en', 'America/Sao_Paulo', 'January 31, 2026'],
    ['pt-BR', 'UTC', '1 de fevereiro de 2026'],
    ['nl', 'UTC', '1 februari 2026'],
    ['fa', 'UTC', '۱۲ بهمن ۱۴۰۴'],
  ];
  for (const [locale, zone, want] of cases) assert.equal(formatDate(at, locale, zone), want);
  assert.equal(direction('fa'), 'rtl');
  assert.equal(direction('nl'), 'ltr');
});
