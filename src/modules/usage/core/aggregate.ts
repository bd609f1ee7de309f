/**
 * Usage aggregation for metered prices: reported events → one whole quantity per billing period, ready for
 * priceQuantity. Events are de-duplicated by idempotency identifier before anything else is looked at.
 */
import { Temporal } from 'temporal-polyfill';
import { MoneyDecimal } from '../../../kernel/money.ts';

/** How a period's events become one quantity (Stripe meters: sum, count, max, last; plus distinct value_key). */
export type UsageAggregation = 'sum' | 'count' | 'max' | 'unique_count' | 'last';

/** One reported usage event; `identifier` is the client's idempotency id, `timestamp` unix seconds. */
export interface UsageEvent {
  identifier: string;
  quantity: number;
  timestamp: number;
  /** What unique_count counts distinct values of (e.g. a user id for monthly active users). */
  value_key?: string;
}

/** Half-open [start, end): an event exactly at `end` belongs to the next period. Unix seconds or Instants. */
export interface UsagePeriod {
  start: Temporal.Instant | number;
  end: Temporal.Instant | number;
}

const AGGREGATIONS: ReadonlySet<string> = new Set(['sum', 'count', 'max', 'unique_count', 'last']);

function epochMillis(at: Temporal.Instant | number, what: string): number {
  if (at instanceof Temporal.Instant) return at.epochMilliseconds;
  if (!Number.isSafeInteger(at)) throw new RangeError(`${what} must be whole unix seconds, got ${String(at)}`);
  return at * 1000;
}

function assertEvent(event: UsageEvent, index: number): void {
  if (typeof event?.identifier !== 'string' || event.identifier === '') {
    throw new RangeError(`events[${index}].identifier must be a non-empty string`);
  }
  // Quantities are whole because prices only accept whole quantities; fractional usage must be scaled upstream
  // (e.g. report milliseconds, not seconds) so it is never silently rounded here.
  if (!Number.isSafeInteger(event.quantity) || event.quantity < 0) {
    throw new RangeError(`events[${index}].quantity must be a non-negative integer, got ${String(event.quantity)}`);
  }
  if (!Number.isSafeInteger(event.timestamp)) {
    throw new RangeError(`events[${index}].timestamp must be whole unix seconds, got ${String(event.timestamp)}`);
  }
}

/**
 * Keeps the first event seen for each identifier, across ALL events (not only the period's): a retried report of
 * the same event is the same usage even if the retry carries a different timestamp, quantity or value_key.
 */
export function dedupeUsageEvents(events: readonly UsageEvent[]): UsageEvent[] {
  const seen = new Set<string>();
  const unique: UsageEvent[] = [];
  for (const [i, event] of events.entries()) {
    assertEvent(event, i);
    if (seen.has(event.identifier)) continue;
    seen.add(event.identifier);
    unique.push(event);
  }
  return unique;
}

/** Sum in decimal so a total past 2**53 throws instead of silently losing units. */
function sumQuantities(events: readonly UsageEvent[]): number {
  const total = events.reduce((acc, e) => acc.plus(e.quantity), new MoneyDecimal(0)).toNumber();
  if (!Number.isSafeInteger(total)) throw new RangeError('summed usage exceeds the largest safe integer');
  return total;
}

/** Latest timestamp wins; on a tie the event later in the input wins (it was reported last). */
function lastQuantity(events: readonly UsageEvent[]): number {
  let last: UsageEvent | undefined;
  for (const event of events) {
    if (last === undefined || event.timestamp >= last.timestamp) last = event;
  }
  return last?.quantity ?? 0;
}

function uniqueCount(events: readonly UsageEvent[]): number {
  const keys = new Set<string>();
  for (const event of events) {
    // A missing key would silently under-bill, so it is an error rather than "not counted".
    if (typeof event.value_key !== 'string') {
      throw new RangeError(`unique_count needs a value_key on every event; '${event.identifier}' has none`);
    }
    keys.add(event.value_key);
  }
  return keys.size;
}

/**
 * Aggregates de-duplicated events whose timestamp is in [period.start, period.end) into one whole quantity.
 * A period with no events gives 0 for every aggregation (including max and last: no usage, nothing billed).
 */
export function aggregateUsage(
  events: readonly UsageEvent[],
  period: UsagePeriod,
  aggregation: UsageAggregation,
): number {
  if (!AGGREGATIONS.has(aggregation)) throw new RangeError(`unknown usage aggregation ${String(aggregation)}`);
  const start = epochMillis(period.start, 'period.start');
  const end = epochMillis(period.end, 'period.end');
  if (start > end) throw new RangeError('period.start must not be after period.end');
  const inPeriod = dedupeUsageEvents(events).filter((e) => e.timestamp * 1000 >= start && e.timestamp * 1000 < end);
  switch (aggregation) {
    case 'sum':
      return sumQuantities(inPeriod);
    case 'count':
      return inPeriod.length;
    case 'max':
      return inPeriod.reduce((max, e) => Math.max(max, e.quantity), 0);
    case 'unique_count':
      return uniqueCount(inPeriod);
    case 'last':
      return lastQuantity(inPeriod);
  }
}
