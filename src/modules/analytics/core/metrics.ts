/**
 * SaaS metric formulas over aggregated numbers, after ChartMogul's Standard (B2B) formulas
 * (help.chartmogul.com/hc/en-us/articles/207340419 "Churn rate formulas"). Rates are fractions (0.1 = 10%) computed
 * in decimal and converted once; money results are integer minor units rounded half-up once. A zero denominator
 * gives null, never NaN or Infinity.
 *
 * Movement inputs are sign-agnostic: ChartMogul's API and mrrSeries report churn and contraction as negative amounts,
 * people usually quote them positive; every category has one sign, so the magnitude is used either way.
 */
import type { Decimal } from 'decimal.js';
import { MoneyDecimal, roundToMinor } from '../../../kernel/money.ts';

/** Movement totals of one period in minor units (either sign convention). */
export interface MovementTotals {
  new_business: number;
  expansion: number;
  contraction: number;
  churn: number;
  reactivation: number;
}

function magnitude(value: number, name: string): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
  return new MoneyDecimal(value).abs();
}

function count(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

function start(value: number, name: string): Decimal {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be ≥ 0, got ${String(value)}`);
  return new MoneyDecimal(value);
}

function ratio(numerator: Decimal, denominator: Decimal): number | null {
  return denominator.isZero() ? null : numerator.div(denominator).toNumber();
}

/**
 * Customer churn rate = churned customers ÷ customers at start, where churned excludes customers who joined in the
 * period (they were not in the starting base) and those who churned and reactivated within it (ChartMogul B2B).
 */
export function customerChurnRate(input: {
  customers_at_start: number;
  churned: number;
  churned_joined_in_period?: number;
  churned_reactivated_in_period?: number;
}): number | null {
  const churned =
    count(input.churned, 'churned') -
    count(input.churned_joined_in_period ?? 0, 'churned_joined_in_period') -
    count(input.churned_reactivated_in_period ?? 0, 'churned_reactivated_in_period');
  if (churned < 0) throw new RangeError('churned must include the excluded joined/reactivated customers');
  return ratio(new MoneyDecimal(churned), new MoneyDecimal(count(input.customers_at_start, 'customers_at_start')));
}

/** Gross MRR churn rate = (churn + contraction) ÷ MRR at start; expansion never offsets it (ChartMogul 203359341). */
export function grossMrrChurnRate(input: { start_mrr: number; churn: number; contraction: number }): number | null {
  const lost = magnitude(input.churn, 'churn').plus(magnitude(input.contraction, 'contraction'));
  return ratio(lost, start(input.start_mrr, 'start_mrr'));
}

/**
 * Net MRR churn rate = (churn + contraction − expansion − reactivation) ÷ MRR at start; negative is good.
 * Reactivation is subtracted because ChartMogul's B2B formula does (articles 203359341, 4414075567250); pass
 * reactivation: 0 for the stricter "existing base only" variant. Required, so the choice is always explicit.
 */
export function netMrrChurnRate(input: Omit<MovementTotals, 'new_business'> & { start_mrr: number }): number | null {
  const lost = magnitude(input.churn, 'churn').plus(magnitude(input.contraction, 'contraction'));
  const regained = magnitude(input.expansion, 'expansion').plus(magnitude(input.reactivation, 'reactivation'));
  return ratio(lost.minus(regained), start(input.start_mrr, 'start_mrr'));
}

/**
 * Net revenue retention = (start MRR + expansion − contraction − churn) ÷ start MRR. New business and reactivation
 * are excluded, as in ChartMogul's Net MRR Retention chart (6886664393500); can exceed 1.
 */
export function netRevenueRetention(input: {
  start_mrr: number;
  expansion: number;
  contraction: number;
  churn: number;
}): number | null {
  const base = start(input.start_mrr, 'start_mrr');
  const kept = base
    .plus(magnitude(input.expansion, 'expansion'))
    .minus(magnitude(input.contraction, 'contraction'))
    .minus(magnitude(input.churn, 'churn'));
  return ratio(kept, base);
}

/** Gross revenue retention = (start MRR − contraction − churn) ÷ start MRR; ignores expansion, so never above 1. */
export function grossRevenueRetention(input: { start_mrr: number; contraction: number; churn: number }): number | null {
  const base = start(input.start_mrr, 'start_mrr');
  const kept = base.minus(magnitude(input.contraction, 'contraction')).minus(magnitude(input.churn, 'churn'));
  return ratio(kept, base);
}

/** ARPA = total MRR ÷ paying customers (a customer's subscriptions count once), rounded half-up to minor units. */
export function arpa(totalMrr: number, payingCustomers: number): number | null {
  const customers = count(payingCustomers, 'payingCustomers');
  if (customers === 0) return null;
  return roundToMinor(start(totalMrr, 'totalMrr').div(customers));
}

/**
 * LTV = ARPA ÷ customer churn rate (minor units, half-up); null when churn is 0. ChartMogul divides by the six-month
 * trailing average of customer churn rate excluding the current month (203359061): pass that for parity.
 */
export function ltv(arpaMinor: number, customerChurn: number): number | null {
  const rate = start(customerChurn, 'customerChurn');
  if (rate.isZero()) return null;
  return roundToMinor(start(arpaMinor, 'arpa').div(rate));
}

/** Quick ratio = (new + expansion + reactivation) ÷ (churn + contraction); null when nothing was lost. */
export function quickRatio(input: MovementTotals): number | null {
  const gained = magnitude(input.new_business, 'new_business')
    .plus(magnitude(input.expansion, 'expansion'))
    .plus(magnitude(input.reactivation, 'reactivation'));
  const lost = magnitude(input.churn, 'churn').plus(magnitude(input.contraction, 'contraction'));
  return ratio(gained, lost);
}
