/**
 * Monthly Recurring Revenue of one subscription, after ChartMogul's definition (help.chartmogul.com/hc/en-us/articles/
 * 203299812): the recurring price normalised to one month, discounts deducted, metered charges, one-time charges and
 * tax excluded. Everything is exact decimal maths in minor units; the single half-up rounding happens when reported.
 */
import type { Decimal } from 'decimal.js';
import { MoneyDecimal, roundToMinor } from '../../../kernel/money.ts';

/** Billing interval unit of a price; a period is `interval_count` of these. */
export type MrrInterval = 'day' | 'week' | 'month' | 'year';

/** One subscription item: a recurring price × quantity. */
export interface MrrItem {
  /** Price per unit per billing period, in minor units, exclusive of tax. */
  unit_amount: number;
  quantity: number;
  interval: MrrInterval;
  interval_count: number;
  usage_type: 'licensed' | 'metered';
  /** Price and product ids, for MRR shares per plan and product (see shares.ts); not needed for the total. */
  price?: string;
  product?: string;
}

/** A discount currently applied to the subscription (the caller drops coupons that have already run out). */
export interface MrrDiscount {
  percent_off?: number;
  /** Minor units off each invoice, i.e. per billing period (Stripe semantics), not per month. */
  amount_off?: number;
  duration: 'once' | 'repeating' | 'forever';
}

/** Stripe's subscription statuses; only `active` and (optionally) `past_due` carry MRR. */
export type MrrStatus =
  | 'trialing'
  | 'active'
  | 'past_due'
  | 'paused'
  | 'canceled'
  | 'unpaid'
  | 'incomplete'
  | 'incomplete_expired';

/** How to count the edge cases on which ChartMogul and Stripe disagree. */
export interface MrrOptions {
  /** 'all' (ChartMogul, default) deducts every applied discount; 'forever_only' (Stripe) only forever coupons. */
  discountPolicy?: 'all' | 'forever_only';
  /** Days after which a past_due subscription stops counting; null (default) keeps it until canceled. */
  pastDueChurnAfterDays?: number | null;
}

/** A subscription as seen at one instant. */
export interface SubscriptionState {
  items: MrrItem[];
  discounts?: MrrDiscount[];
  status: MrrStatus;
  /** Unix seconds the subscription became past_due; needed only with a numeric pastDueChurnAfterDays. */
  past_due_since?: number;
  /** Unix seconds at which MRR is measured; needed only with a numeric pastDueChurnAfterDays. */
  at?: number;
}

/** Input of subscriptionMrr: the subscription plus counting options. */
export interface SubscriptionMrrInput extends SubscriptionState {
  options?: MrrOptions;
}

/** MRR in minor units: `mrr` is rounded half-up once; `mrr_decimal` keeps 12 places for display and audit. */
export interface MrrResult {
  mrr: number;
  mrr_decimal: string;
}

// Billing periods per year. Weeks and days use fixed 52 and 365 (ignoring the 52.14th week and leap days) so a
// weekly or daily plan has the same MRR every month instead of wobbling with the month's length.
const PERIODS_PER_YEAR: Record<MrrInterval, number> = { day: 365, week: 52, month: 12, year: 1 };

const SECONDS_PER_DAY = 86_400;

function assertInt(value: unknown, min: number, name: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer ≥ ${min}, got ${String(value)}`);
  }
}

function assertItem(item: MrrItem, i: number): void {
  assertInt(item.unit_amount, 0, `items[${i}].unit_amount`);
  assertInt(item.quantity, 0, `items[${i}].quantity`);
  assertInt(item.interval_count, 1, `items[${i}].interval_count`);
  if (!(item.interval in PERIODS_PER_YEAR)) {
    throw new RangeError(`items[${i}].interval is not day|week|month|year: ${String(item.interval)}`);
  }
}

/** Months per billing period as an exact ratio: one period's amount × this = its monthly share. */
export function monthlyFactor(interval: MrrInterval, intervalCount: number): Decimal {
  // ChartMogul divides the amount by the months the period covers: $1,200/year → $100; 3-monthly $30 → $10.
  return new MoneyDecimal(PERIODS_PER_YEAR[interval]).div(12 * intervalCount);
}

/** Whether the status contributes MRR at `at` (trials are not revenue yet; paused and canceled pay nothing). */
function countsTowardMrr(sub: SubscriptionState, options: MrrOptions): boolean {
  if (sub.status === 'active') return true;
  if (sub.status !== 'past_due') return false;
  // ChartMogul keeps past-due subscribers until canceled unless "Handling Past-due Subscriptions" churns them
  // after N days (help.chartmogul.com, customer and subscription statuses).
  const limit = options.pastDueChurnAfterDays ?? null;
  if (limit === null) return true;
  assertInt(limit, 0, 'options.pastDueChurnAfterDays');
  assertInt(sub.past_due_since, 0, 'past_due_since');
  assertInt(sub.at, 0, 'at');
  const daysPastDue = Math.floor((sub.at - sub.past_due_since) / SECONDS_PER_DAY);
  return daysPastDue < limit;
}

/** The shared billing period of the licensed items, needed to turn a per-invoice amount_off into a monthly one. */
function invoiceFactor(items: MrrItem[]): Decimal {
  const first = items[0];
  if (!first) return new MoneyDecimal(0);
  if (items.some((it) => it.interval !== first.interval || it.interval_count !== first.interval_count)) {
    throw new RangeError('amount_off needs all licensed items on one billing interval (as Stripe requires)');
  }
  return monthlyFactor(first.interval, first.interval_count);
}

/** Deducts discounts in the order given, each on the running amount, never below zero. */
function applyDiscounts(gross: Decimal, licensed: MrrItem[], discounts: MrrDiscount[], options: MrrOptions): Decimal {
  const policy = options.discountPolicy ?? 'all';
  let net = gross;
  discounts.forEach((d, i) => {
    // Stripe's MRR ignores once/repeating coupons as temporary; ChartMogul deducts whatever was invoiced.
    if (policy === 'forever_only' && d.duration !== 'forever') return;
    if ((d.percent_off == null) === (d.amount_off == null)) {
      throw new RangeError(`discounts[${i}] needs exactly one of percent_off and amount_off`);
    }
    if (d.percent_off != null) {
      if (!(d.percent_off > 0 && d.percent_off <= 100)) {
        throw new RangeError(`discounts[${i}].percent_off must be in (0, 100], got ${d.percent_off}`);
      }
      net = net.times(new MoneyDecimal(100).minus(d.percent_off)).div(100);
    } else {
      assertInt(d.amount_off, 1, `discounts[${i}].amount_off`);
      net = net.minus(invoiceFactor(licensed).times(d.amount_off));
    }
    if (net.isNegative()) net = new MoneyDecimal(0);
  });
  return net;
}

/** Exact (unrounded) MRR of one subscription, for summing before the single rounding. */
export function exactSubscriptionMrr(sub: SubscriptionState, options: MrrOptions = {}): Decimal {
  sub.items.forEach(assertItem);
  if (!countsTowardMrr(sub, options)) return new MoneyDecimal(0);
  // Metered usage is variable, not recurring: ChartMogul and Stripe both leave it out of MRR.
  const licensed = sub.items.filter((it) => it.usage_type === 'licensed');
  const gross = licensed.reduce(
    (sum, it) => sum.plus(monthlyFactor(it.interval, it.interval_count).times(it.unit_amount).times(it.quantity)),
    new MoneyDecimal(0),
  );
  return applyDiscounts(gross, licensed, sub.discounts ?? [], options);
}

/** Rounds an exact MRR once, half-up, for reporting. */
export function toMrrResult(exact: Decimal): MrrResult {
  return { mrr: roundToMinor(exact), mrr_decimal: exact.toDecimalPlaces(12).toFixed() };
}

/** Monthly-normalised MRR of one subscription; 0 for trials, free plans and past_due beyond the churn limit. */
export function subscriptionMrr(input: SubscriptionMrrInput): MrrResult {
  return toMrrResult(exactSubscriptionMrr(input, input.options));
}

/** A customer's MRR: subscriptions summed exactly, then rounded once (not a sum of rounded subscription MRRs). */
export function customerMrr(subscriptions: SubscriptionState[], options: MrrOptions = {}): MrrResult {
  const total = subscriptions.reduce((sum, sub) => sum.plus(exactSubscriptionMrr(sub, options)), new MoneyDecimal(0));
  return toMrrResult(total);
}
