import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import { type Keyset, keysetPage, type ListParams } from '../../db/paginate.ts';
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
  if (!isSupportedCurrency(c)) throw invalid('currency_unsupported', `Unsupported currency ${value}`, param);
  return c;
}

// A rate is identified by its natural key, so its id is that key: xr_usd_brl_2025-01-31.
const ID = /^xr_([a-z]{3})_([a-z]{3})_(\d{4}-\d{2}-\d{2})$/;

function present(r: typeof exchangeRates.$inferSelect) {
  return {
    id: `xr_${r.currency}_${r.quoteCurrency}_${r.date}`,
    object: 'exchange_rate' as const,
    currency: r.currency,
    quote_currency: r.quoteCurrency,
    date: r.date,
    rate: r.rate,
  };
}

const byPairAndDay: Keyset = {
  columns: [exchangeRates.currency, exchangeRates.quoteCurrency, exchangeRates.date],
  order: 'asc',
  cursor(id, param) {
    const match = ID.exec(id);
    if (!match) throw invalid('parameter_invalid', `'${id}' is not an exchange rate id (xr_usd_brl_2025-01-31)`, param);
    return [match[1], match[2], match[3]];
  },
};

/** Stores (or replaces) the rate of one currency pair on one day. */
export async function setExchangeRate(db: Db, accountId: string, input: ExchangeRateInput) {
  const currency = code(input.currency, 'currency');
  const quote = code(input.quote_currency, 'quote_currency');
  if (currency === quote)
    throw invalid('currency_unsupported', 'currency and quote_currency must differ', 'quote_currency');
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

export type ExchangeRateList = ListParams & { currency?: string | undefined; quote_currency?: string | undefined };

/**
 * Stored rates by pair, then day (oldest first), in Stripe's list envelope: `starting_after`/`ending_before` take a
 * rate's id, and the page is one range scan of the primary key.
 */
export async function listExchangeRates(db: Db, accountId: string, params: ExchangeRateList = {}) {
  const filters = and(
    params.currency ? eq(exchangeRates.currency, params.currency.toLowerCase()) : undefined,
    params.quote_currency ? eq(exchangeRates.quoteCurrency, params.quote_currency.toLowerCase()) : undefined,
  );
  return keysetPage(db, exchangeRates, accountId, byPairAndDay, params, filters, present);
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
