import { invalid } from '../../kernel/errors.ts';
import type { Slice } from './aggregate-movements.ts';
import type { SeriesInterval } from './core/index.ts';

/**
 * Metric filters and breakdown, as query parameters: `plan` (a price id), `product`, `country` (the customer's
 * address country at the movement), `currency` (the movement's), `attributes[key]=value` (the customer's current
 * attribute), `segment` (a segment's members as of its last refresh), and `breakdown` = plan | product | country | currency | attributes.KEY.
 */
export type MetricsQuery = {
  start?: number;
  end?: number;
  interval?: SeriesInterval;
  plan?: string;
  product?: string;
  country?: string;
  currency?: string;
  attributes?: Record<string, string>;
  segment?: string;
  breakdown?: string | undefined;
};

/** The movements a query counts. Plan and product are share levels of their own, so they cannot be combined. */
export function sliceOf(q: MetricsQuery): Slice {
  const byPlan = q.plan !== undefined || q.breakdown === 'plan';
  const byProduct = q.product !== undefined || q.breakdown === 'product';
  if (byPlan && byProduct) {
    throw invalid('unsupported_filter', 'plan and product filters/breakdowns cannot be combined', 'product');
  }
  const attributes = Object.entries(q.attributes ?? {});
  if (attributes.length > 1) throw invalid('unsupported_filter', 'filter on one attribute at a time', 'attributes');
  const [attribute] = attributes;
  const b = q.breakdown;
  const groupBy =
    b === undefined
      ? undefined
      : b === 'plan' || b === 'product'
        ? ('key' as const)
        : b === 'country' || b === 'currency'
          ? b
          : { attribute: b.replace(/^attributes\./, '') };
  return {
    level: byPlan ? 'price' : byProduct ? 'product' : 'customer',
    key: q.plan ?? q.product,
    country: q.country,
    currency: q.currency,
    attribute: attribute ? { key: attribute[0], value: String(attribute[1]) } : undefined,
    segment: q.segment,
    groupBy,
  };
}
