import type { Schemas } from '../../shared/api.ts';
import type { Formatters } from '../../shared/i18n.tsx';
import type { ConsoleMessages } from '../messages.ts';

type Price = Schemas['Price'];
type T = (key: keyof ConsoleMessages, values?: Record<string, string | number>) => string;

/** A price's name: its nickname, else its product's name when expanded, else its id. */
export function priceName(price: Price): string {
  if (price.nickname) return price.nickname;
  if (price.product && typeof price.product === 'object') return price.product.name;
  return price.id;
}

/** What a price charges, readably for each pricing model: per unit, per package, or by tiers. */
export function priceAmount(price: Price, f: Formatters, t: T): string {
  if (price.package?.amount !== undefined)
    return t('package', {
      amount: f.money(price.package.amount, price.currency),
      size: price.package.package_size ?? 1,
    });
  if (price.tiers) return t('tiered', { mode: price.tiers_mode ?? price.billing_scheme });
  if (price.unit_amount !== null) return f.money(price.unit_amount, price.currency);
  return price.unit_amount_decimal ?? price.billing_scheme;
}

/** "Gold · $25.00 per month". */
export function priceLabel(price: Price, f: Formatters, t: T): string {
  const interval = price.recurring?.interval as 'day' | 'week' | 'month' | 'year' | undefined;
  const count = price.recurring?.interval_count ?? 1;
  const every = !interval ? '' : count > 1 ? t('everyN', { count, unit: interval }) : t(`per_${interval}`);
  return [priceName(price), [priceAmount(price, f, t), every].filter(Boolean).join(' ')].join(' · ');
}
