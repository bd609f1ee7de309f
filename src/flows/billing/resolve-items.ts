import type { AppContext } from '../../context.ts';
import { invalid } from '../../kernel/errors.ts';
import type { PriceRow } from '../../modules/catalog/index.ts';
import { findPrice } from '../../modules/catalog/index.ts';

export type ItemInput = { price: string; quantity?: number; metadata?: Record<string, string>; tax_rates?: string[] };

/**
 * Prices of a subscription's items: recurring, active, one currency and one billing interval (a period is shared
 * by all items). Errors name the item, e.g. `items[1].price`.
 */
export async function resolveItems(ctx: AppContext, accountId: string, items: ItemInput[], param = 'items') {
  if (items.length === 0) throw invalid('parameter_missing', 'A subscription needs at least one item', param);
  const rows: PriceRow[] = [];
  for (const [i, item] of items.entries()) {
    const at = `${param}[${i}].price`;
    const price = await findPrice(ctx, accountId, item.price, at);
    if (price.type !== 'recurring') throw invalid('price_not_recurring', `Price ${price.id} is not recurring`, at);
    if (!price.active) throw invalid('price_inactive', `Price ${price.id} is archived`, at);
    const first = rows[0];
    if (first && first.currency !== price.currency) {
      throw invalid(
        'currency_mismatch',
        `All items must be in ${first.currency}; ${price.id} is in ${price.currency}`,
        at,
      );
    }
    if (first && (first.interval !== price.interval || first.intervalCount !== price.intervalCount)) {
      throw invalid('interval_mismatch', 'All items must share one billing interval', at);
    }
    if (price.usageType === 'metered' && item.quantity !== undefined) {
      throw invalid('parameter_invalid', 'Metered items take no quantity: usage sets it', `${param}[${i}].quantity`);
    }
    if (rows.some((r) => r.id === price.id)) throw invalid('duplicate_price', `Price ${price.id} appears twice`, at);
    rows.push(price);
  }
  return rows;
}
