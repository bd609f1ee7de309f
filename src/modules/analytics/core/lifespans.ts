/**
 * Customer lifespans for the customer cohort matrix, from stored MRR movements (ChartMogul's customer retention
 * cohort: a customer belongs to the month of their first 'new' movement and leaves at their first 'churn').
 */
import { Temporal } from 'temporal-polyfill';
import type { CustomerLifespan } from './cohorts.ts';
import type { Movement } from './movements.ts';

/** 'YYYY-MM' of a unix-seconds instant in `timeZone`. */
export function monthIn(at: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(at * 1000)
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toPlainYearMonth()
    .toString();
}

/**
 * One lifespan per customer with a 'new' movement: first_paid is that movement's month, churned the month of the
 * first 'churn' after it. A later reactivation does not bring the customer back into their cohort (the cohort core
 * ignores reactivation), and customers whose history starts before the stored movements (no 'new') are left out.
 */
export function customerLifespans(movements: readonly Movement[], timeZone = 'UTC'): CustomerLifespan[] {
  const sorted = [...movements].sort((a, b) => a.at - b.at);
  const first = new Map<string, number>();
  const churn = new Map<string, number>();
  for (const m of sorted) {
    if (m.type === 'new' && !first.has(m.customer)) first.set(m.customer, m.at);
    else if (m.type === 'churn' && first.has(m.customer) && !churn.has(m.customer)) churn.set(m.customer, m.at);
  }
  return [...first].map(([customer, at]) => {
    const churned = churn.get(customer);
    return { first_paid: monthIn(at, timeZone), churned: churned === undefined ? null : monthIn(churned, timeZone) };
  });
}
