import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, formatMoney, formatPercent, formatPeriod } from './format.ts';
import { documentLocale, isRightToLeft, labelsFor } from './labels.ts';
import { visualOrderForPdf } from './visual-order.ts';

const NBSP = '\u00a0';
const LRM = '\u200e';
// 2026-01-15T12:00:00Z: 25 Dey 1404 in the Solar Hijri calendar.
const JAN_15 = 1768478400;

test('money: minor units in the currency exponent, localized digits and separators', () => {
  const cases: [number, string, Parameters<typeof formatMoney>[2], string][] = [
    [123456, 'usd', 'en', '$1,234.56'],
    [123456, 'usd', 'pt-BR', `US$${NBSP}1.234,56`],
    [123456, 'brl', 'pt-BR', `R$${NBSP}1.234,56`],
    [123456, 'eur', 'nl', `€${NBSP}1.234,56`],
    [500, 'jpy', 'en', '¥500'],
    [1234, 'bhd', 'en', `BHD${NBSP}1.234`],
    [2750, 'usd', 'fa', `${LRM}$۲۷٫۵۰`],
    [-2500, 'usd', 'en', '-$25.00'],
    [9007199254740991, 'usd', 'en', '$90,071,992,547,409.91'],
  ];
  for (const [minor, currency, locale, expected] of cases) {
    assert.equal(formatMoney(minor, currency, locale), expected, `${minor} ${currency} ${locale}`);
  }
});

test('dates: the account time zone decides the day; fa is Solar Hijri in Persian digits', () => {
  const cases: [number, Parameters<typeof formatDate>[1], string, string][] = [
    [JAN_15, 'en', 'UTC', 'Jan 15, 2026'],
    [JAN_15, 'pt-BR', 'UTC', '15 de jan. de 2026'],
    [JAN_15, 'nl', 'UTC', '15 jan 2026'],
    [JAN_15, 'fa', 'UTC', '۱۴۰۴/۱۰/۲۵'],
    [JAN_15, 'en', 'Pacific/Kiritimati', 'Jan 16, 2026'],
    [1742515200, 'fa', 'UTC', '۱۴۰۴/۰۱/۰۱'], // 2025-03-21: Nowruz
  ];
  for (const [unix, locale, zone, expected] of cases) assert.equal(formatDate(unix, locale, zone), expected);
  assert.equal(formatPeriod(JAN_15, JAN_15 + 31 * 86400, 'en', 'UTC'), 'Jan 15, 2026 – Feb 15, 2026');
});

test('percentages from decimal strings', () => {
  const cases: [string, Parameters<typeof formatPercent>[1], string][] = [
    ['21.0000', 'en', '21%'],
    ['7.25', 'nl', '7,25%'],
    ['10', 'fa', '۱۰٪'],
  ];
  for (const [p, locale, expected] of cases) assert.equal(formatPercent(p, locale), expected);
});

test('locale: customer first, then the account default, by language, else English', () => {
  const cases: [(string | null)[], string][] = [
    [['fa', 'en'], 'fa'],
    [['fa-IR'], 'fa'],
    [['pt-PT'], 'pt-BR'],
    [[null, 'nl-BE'], 'nl'],
    [['de', 'pt-BR'], 'pt-BR'],
    [['de', null], 'en'],
    [[], 'en'],
  ];
  for (const [candidates, expected] of cases) assert.equal(documentLocale(...candidates), expected);
  assert.equal(isRightToLeft('fa'), true);
  assert.equal(isRightToLeft('nl'), false);
  for (const locale of ['en', 'pt-BR', 'nl', 'fa'] as const) {
    const labels = labelsFor(locale);
    assert.deepEqual(Object.keys(labels).sort(), Object.keys(labelsFor('en')).sort(), locale);
    assert.ok(
      Object.values(labels).every((v) => v !== ''),
      locale,
    );
  }
});

test('PDF visual order: Persian digit pieces are pre-reversed for fontkit; Latin text is untouched', () => {
  const cases: [string, string][] = [
    ['INV-0001', 'INV-0001'],
    ['$27.50', '$27.50'],
    ['$۲۷٫۵۰', '۰۵٫۷۲$'],
    ['۱۴۰۴/۱۰/۲۵', '۵۲/۰۱/۴۰۴۱'],
    ['مالیات ۱۰٪', 'مالیات ٪۰۱'],
    ['شماره INV-0001', 'شماره INV-0001'],
    ['دوره ۱۴۰۴/۱۰/۲۵', 'دوره ۵۲/۰۱/۴۰۴۱'],
  ];
  for (const [text, expected] of cases) assert.equal(visualOrderForPdf(text), expected, text);
});
