/**
 * Monthly cohort retention matrices, after ChartMogul's cohort analyses: customers are grouped by the calendar month
 * of their first paid subscription; column k is k whole months later (help.chartmogul.com/hc/en-us/articles/
 * 203359411 "Cohort: Net MRR Retention"). Months are 'YYYY-MM' strings; instants are bucketed in `timeZone` (UTC).
 */
import { Temporal } from 'temporal-polyfill';
import { MoneyDecimal } from '../../../kernel/money.ts';
import type { Movement } from './movements.ts';

/** A customer's first paid month and, if they churned, the month they churned ('YYYY-MM'). */
export interface CustomerLifespan {
  first_paid: string;
  churned?: string | null;
}

/** One cohort row; arrays are indexed by months since the cohort month, up to `through`. */
export interface CustomerCohortRow {
  cohort: string;
  customers: number;
  retained: number[];
  /** Fraction retained (0.5 = 50%). */
  rate: number[];
}

/** One MRR cohort row; `value` is the cohort's New Business MRR, the 100% line. */
export interface MrrCohortRow {
  cohort: string;
  customers: number;
  value: number;
  mrr: number[];
  /** Fraction of `value`; above 1 when expansion outweighs churn. */
  rate: number[];
}

function month(value: string, name: string): Temporal.PlainYearMonth {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}$/.test(value)) {
    throw new RangeError(`${name} must be a 'YYYY-MM' month, got ${String(value)}`);
  }
  return Temporal.PlainYearMonth.from(value);
}

/** Whole months from a to b (negative when b is earlier). */
function monthsBetween(a: Temporal.PlainYearMonth, b: Temporal.PlainYearMonth): number {
  return (b.year - a.year) * 12 + (b.month - a.month);
}

function fraction(part: number, whole: number): number {
  return whole === 0 ? 0 : new MoneyDecimal(part).div(whole).toNumber();
}

/** Rows in cohort order ('YYYY-MM' sorts chronologically as text). */
function sortedRows<T extends { cohort: string }>(rows: Map<string, T>): T[] {
  return [...rows.values()].sort((a, b) => (a.cohort < b.cohort ? -1 : 1));
}

/**
 * Customer retention by cohort: a customer counts as retained in column k while they have not churned by the end of
 * month cohort+k, so one who churns in their first month is already missing from column 0. Reactivation is ignored.
 */
export function customerCohorts(customers: readonly CustomerLifespan[], through: string): CustomerCohortRow[] {
  const end = month(through, 'through');
  const rows = new Map<string, CustomerCohortRow>();
  customers.forEach((c, i) => {
    const first = month(c.first_paid, `customers[${i}].first_paid`);
    const churnAt = c.churned == null ? null : monthsBetween(first, month(c.churned, `customers[${i}].churned`));
    if (churnAt !== null && churnAt < 0) throw new RangeError(`customers[${i}] churned before first paying`);
    const width = monthsBetween(first, end) + 1;
    if (width <= 0) return;
    const key = first.toString();
    const row = rows.get(key) ?? { cohort: key, customers: 0, retained: new Array<number>(width).fill(0), rate: [] };
    row.customers++;
    for (let k = 0; k < width; k++) if (churnAt === null || churnAt > k) row.retained[k]!++;
    rows.set(key, row);
  });
  return sortedRows(rows).map((row) => ({ ...row, rate: row.retained.map((r) => fraction(r, row.customers)) }));
}

function monthOf(at: number, timeZone: string): Temporal.PlainYearMonth {
  return Temporal.Instant.fromEpochMilliseconds(at * 1000)
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toPlainYearMonth();
}

/** A customer's movements in time order (stable, so same-second movements keep their order). */
function byCustomer(movements: readonly Movement[]): Map<string, Movement[]> {
  const map = new Map<string, Movement[]>();
  for (const m of movements) {
    const list = map.get(m.customer) ?? [];
    list.push(m);
    map.set(m.customer, list);
  }
  for (const list of map.values()) list.sort((a, b) => a.at - b.at);
  return map;
}

/** MRR at the end of each month from `first` to `end` (inclusive), by running the movements forward. */
function monthEndMrr(list: Movement[], first: Temporal.PlainYearMonth, width: number, timeZone: string): number[] {
  const out: number[] = [];
  let mrr = 0;
  let i = 0;
  for (let k = 0; k < width; k++) {
    while (i < list.length && monthsBetween(first, monthOf(list[i]!.at, timeZone)) <= k) mrr += list[i++]!.amount;
    out.push(mrr);
  }
  return out;
}

/**
 * Net MRR retention by cohort: column k is the cohort's MRR at the end of month cohort+k ÷ its New Business MRR, so
 * expansion and reactivation raise it and contraction and churn lower it. Customers with no 'new' movement (history
 * cut off before they joined) are left out, since their cohort is unknown.
 */
export function mrrCohorts(
  movements: readonly Movement[],
  through: string,
  options: { timeZone?: string } = {},
): MrrCohortRow[] {
  const end = month(through, 'through');
  const timeZone = options.timeZone ?? 'UTC';
  const rows = new Map<string, MrrCohortRow>();
  for (const list of byCustomer(movements).values()) {
    const start = list.find((m) => m.type === 'new');
    if (!start) continue;
    const first = monthOf(start.at, timeZone);
    const width = monthsBetween(first, end) + 1;
    if (width <= 0) continue;
    const key = first.toString();
    const row = rows.get(key) ?? {
      cohort: key,
      customers: 0,
      value: 0,
      mrr: new Array<number>(width).fill(0),
      rate: [],
    };
    row.customers++;
    row.value += start.amount;
    // Movements before the 'new' one (none in a well-formed history) are ignored rather than counted.
    const history = list.slice(list.indexOf(start));
    monthEndMrr(history, first, width, timeZone).forEach((v, k) => {
      row.mrr[k]! += v;
    });
    rows.set(key, row);
  }
  return sortedRows(rows).map((row) => ({ ...row, rate: row.mrr.map((v) => fraction(v, row.value)) }));
}
