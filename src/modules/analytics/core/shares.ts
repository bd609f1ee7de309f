/**
 * A customer's MRR split per price and per product, and the movements of each share. A subscription's discounts are
 * spread over its licensed items in proportion to their gross monthly amount; each share is rounded once, half-up.
 * Filtering metrics by plan classifies at that level, as ChartMogul's plan filter does: moving from plan A to plan B
 * is churn in A and new business (or reactivation, if the customer paid on B before) in B.
 */
import type { Decimal } from 'decimal.js';
import { MoneyDecimal, roundToMinor } from '../../../kernel/money.ts';
import { classifyMovement, type MovementType } from './movements.ts';
import { exactSubscriptionMrr, type MrrOptions, monthlyFactor, type SubscriptionState } from './mrr.ts';

/** MRR in minor units per price id and per product id; a key paid before stays with 0 (it remembers "paid before"). */
export type MrrShares = { price: Record<string, number>; product: Record<string, number> };
export type ShareLevel = keyof MrrShares;
/** One share's movement: level and key say which slice of MRR moved. */
export type ShareMovement = { level: ShareLevel; key: string; type: MovementType; amount: number };

function grossOf(item: SubscriptionState['items'][number]): Decimal {
  return monthlyFactor(item.interval, item.interval_count).times(item.unit_amount).times(item.quantity);
}

/** Exact per-key MRR of the subscriptions; items without a price (or product) id go under ''. */
function exactShares(states: readonly SubscriptionState[], options: MrrOptions) {
  const out = { price: new Map<string, Decimal>(), product: new Map<string, Decimal>() };
  for (const sub of states) {
    const net = exactSubscriptionMrr(sub, options);
    if (net.isZero()) continue;
    const licensed = sub.items.filter((it) => it.usage_type === 'licensed');
    const gross = licensed.reduce((s, it) => s.plus(grossOf(it)), new MoneyDecimal(0));
    if (gross.isZero()) continue;
    for (const it of licensed) {
      const share = net.times(grossOf(it)).div(gross);
      for (const level of ['price', 'product'] as const) {
        const key = it[level] ?? '';
        out[level].set(key, (out[level].get(key) ?? new MoneyDecimal(0)).plus(share));
      }
    }
  }
  return out;
}

/** The shares after `states`, keeping every key of `previous` (at 0 when no longer paid). */
export function mrrShares(
  states: readonly SubscriptionState[],
  options: MrrOptions = {},
  previous: MrrShares = { price: {}, product: {} },
): MrrShares {
  const exact = exactShares(states, options);
  const round = (level: ShareLevel) => {
    const out: Record<string, number> = {};
    for (const key of Object.keys(previous[level])) out[key] = 0;
    for (const [key, value] of exact[level]) if (roundToMinor(value) > 0 || key in out) out[key] = roundToMinor(value);
    return out;
  };
  return { price: round('price'), product: round('product') };
}

/** Movements of each share from `before` to `after`, keys sorted; a key present in `before` has paid before. */
export function shareMovements(before: MrrShares, after: MrrShares): ShareMovement[] {
  const out: ShareMovement[] = [];
  for (const level of ['price', 'product'] as const) {
    const keys = [...new Set([...Object.keys(before[level]), ...Object.keys(after[level])])].sort();
    for (const key of keys) {
      const from = before[level][key] ?? 0;
      const to = after[level][key] ?? 0;
      const type = classifyMovement(from, to, key in before[level]);
      if (type) out.push({ level, key, type, amount: to - from });
    }
  }
  return out;
}
