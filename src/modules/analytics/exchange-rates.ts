import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { accounts, exchangeRates } from '../../db/schema/index.ts';
import { isSupportedCurrency } from '../../kernel/currency.ts';
import { invalid } from '../../kernel/errors.ts';
import { movementCurrencies } from './aggregate-movements.ts';
import { analyticsOptions } from './options.ts';

/**
 * Exchange rates for metrics in one reporting currency. A rate says one unit (major) of `currency` is worth `rate`
 * units of `quote_currency` from `date` (a UTC day) until the next rate; the inverse pair is used when only it is
 * stored. A movement converts at the rate of its own day (ChartMogul), so history does not move with later rates.
 */
export type ExchangeRateInput = { currency: string; quote_currency: string; rate: string | number; date: string };

function code(value: string, param: string): string {
  const c = value.toLowerCase();
  if (!isSupportedCurrency(c)) throw invalid('invalid_currency', `Unsupported currency ${value}`, param);
  return c;
}

function present(r: typeof exchangeRates.$inferSelect) {
  return { object: 'exchange_rate', currency: r.currency, quote_currency: r.quoteCurrency, date: r.date, rate: r.rate };
}

/** Stores (or replaces) the rate of one currency pair on one day. */
export async function setExchangeRate(db: Db, accountId: string, input: ExchangeRateInput) {
  const currency = code(input.currency, 'currency');
  const quote = code(input.quote_currency, 'quote_currency');
  if (currency === quote)
    throw invalid('invalid_currency', 'currency and quote_currency must differ', 'quote_currency');
  const rate = String(input.rate);
  if (!/^\d+(\.\d+)?$/.test(rate) || Number(rate) <= 0) throw invalid('invalid_rate', 'rate must be > 0', 'rate');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date) || Number.isNaN(Date.parse(input.date))) {
    throw invalid('invalid_date', 'date must be YYYY-MM-DD', 'date');
  }
  const row = { accountId, currency, quoteCurrency: quote, date: input.date, rate };
  await db
    .insert(exchangeRates)
    .values(row)
    .onConflictDoUpdate({
      target: [exchangeRates.accountId, exchangeRates.currency, exchangeRates.quoteCurrency, exchangeRates.date],
      set: { rate },
    });
  return present(row);
}

/** Every stored rate, by pair and day. */
export async function listExchangeRates(db: Db, accountId: string) {
  const rows = await db
    .select()
    .from(exchangeRates)
    .where(eq(exchangeRates.accountId, accountId))
    .orderBy(asc(exchangeRates.currency), asc(exchangeRates.quoteCurrency), asc(exchangeRates.date));
  return { object: 'list', url: '/v1/exchange_rates', has_more: false, data: rows.map(present) };
}

/**
 * The account's reporting currency (settings.analytics.reporting_currency), else its only movement currency;
 * movements in several currencies with none set is an error, as one total would mix units.
 */
export async function reportingCurrency(db: Db, accountId: string): Promise<string> {
  const [row] = await db.select({ settings: accounts.settings }).from(accounts).where(eq(accounts.id, accountId));
  const set = analyticsOptions((row?.settings ?? {}) as Record<string, unknown>).reportingCurrency;
  if (set) return set;
  const found = await movementCurrencies(db, accountId);
  if (found.length > 1) {
    throw invalid(
      'reporting_currency_required',
      'Movements are in several currencies: set settings.analytics.reporting_currency with POST /v1/account',
      'reporting_currency',
    );
  }
  return found[0] ?? 'usd';
}
