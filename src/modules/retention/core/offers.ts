/**
 * Which retention offers a cancellation session shows. An offer applies when it is active, lists the reason (or no
 * reason) and the subscription's plan (or no plan); none applies while the customer's last accepted offer is inside
 * the account's window (Chargebee Retention's "one offer per customer per period", against offer abuse).
 */

export interface OfferRule {
  id: string;
  active: boolean;
  /** Empty = every reason. */
  reasons: readonly string[];
  /** Price ids (plans); empty = every plan. */
  prices: readonly string[];
}

export interface SessionFacts {
  reason: string;
  /** The subscription's current price ids. */
  prices: readonly string[];
  /** When the customer last accepted an offer, if ever. */
  lastAcceptedAt: Date | null;
  now: Date;
  windowDays: number;
}

const DAY_MS = 86_400_000;

/** True while an accepted offer from `lastAcceptedAt` still blocks another one. */
export function insideOfferWindow(facts: Pick<SessionFacts, 'lastAcceptedAt' | 'now' | 'windowDays'>): boolean {
  if (!facts.lastAcceptedAt) return false;
  return facts.now.getTime() - facts.lastAcceptedAt.getTime() < facts.windowDays * DAY_MS;
}

/** The offers to show, in their given order. */
export function applicableOffers<T extends OfferRule>(offers: readonly T[], facts: SessionFacts): T[] {
  if (insideOfferWindow(facts)) return [];
  return offers.filter(
    (offer) =>
      offer.active &&
      (offer.reasons.length === 0 || offer.reasons.includes(facts.reason)) &&
      (offer.prices.length === 0 || offer.prices.some((price) => facts.prices.includes(price))),
  );
}

export interface RecurringAmount {
  unitAmount: number | null;
  quantity: number;
  interval: 'day' | 'week' | 'month' | 'year';
  intervalCount: number;
}

/** List MRR in minor units: each licensed item normalised to a month (year/12, week·52/12, day·365/12), rounded once. */
export function monthlyAmount(items: readonly RecurringAmount[]): number {
  const perMonth: Record<RecurringAmount['interval'], number> = {
    day: 365 / 12,
    week: 52 / 12,
    month: 1,
    year: 1 / 12,
  };
  let total = 0;
  for (const item of items) {
    if (item.unitAmount === null) continue; // metered or tiered: no fixed list amount
    total += (item.unitAmount * item.quantity * perMonth[item.interval]) / item.intervalCount;
  }
  return Math.round(total);
}
