/**
 * MRR movements, after ChartMogul's five categories (help.chartmogul.com/hc/en-us/articles/203299912 and the
 * Syncalytics lifecycle in /201244842). Classification is per customer, never per subscription: a second subscription
 * is expansion, and cancelling one of two is contraction, not churn.
 */

/** ChartMogul's movement categories ('new' is their "New Business"). */
export type MovementType = 'new' | 'expansion' | 'contraction' | 'churn' | 'reactivation';

/** A change in one customer's MRR (customer MRR = the sum over their subscriptions, already rounded). */
export interface TimelineEvent {
  /** Unix seconds. */
  at: number;
  customer: string;
  /** The customer's total MRR in minor units right after this event. */
  mrr_after: number;
}

/** One classified movement; `amount` is the signed delta in minor units, so churn and contraction are negative. */
export interface Movement {
  at: number;
  customer: string;
  type: MovementType;
  amount: number;
}

function assertMrr(value: unknown, name: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer of minor units, got ${String(value)}`);
  }
}

/**
 * Classifies a customer's MRR change; null when MRR did not change. `hasPaidBefore` decides 0 → >0: a customer who
 * has paid before (and so churned since) is reactivation, anyone else (including a trial converting) is new.
 */
export function classifyMovement(before: number, after: number, hasPaidBefore: boolean): MovementType | null {
  assertMrr(before, 'before');
  assertMrr(after, 'after');
  if (after === before) return null;
  if (before === 0) return hasPaidBefore ? 'reactivation' : 'new';
  if (after === 0) return 'churn';
  // Any other change is expansion or contraction, whatever the cause: plan change, quantity, a second
  // subscription, a discount added (contraction) or a discount expiring (expansion).
  return after > before ? 'expansion' : 'contraction';
}

interface CustomerState {
  mrr: number;
  hasPaid: boolean;
  at: number;
}

/**
 * Turns per-customer MRR snapshots into movements, in input order. Events of one customer must be chronological
 * (RangeError otherwise); customers may interleave. Unchanged MRR yields no movement, and every customer starts at 0.
 */
export function movementsFromTimeline(events: readonly TimelineEvent[]): Movement[] {
  const state = new Map<string, CustomerState>();
  const movements: Movement[] = [];
  events.forEach((event, i) => {
    assertMrr(event.mrr_after, `events[${i}].mrr_after`);
    if (!Number.isFinite(event.at)) throw new RangeError(`events[${i}].at must be unix seconds`);
    const prev = state.get(event.customer) ?? { mrr: 0, hasPaid: false, at: Number.NEGATIVE_INFINITY };
    if (event.at < prev.at) {
      throw new RangeError(`events[${i}] for customer ${event.customer} is earlier than the one before it`);
    }
    const type = classifyMovement(prev.mrr, event.mrr_after, prev.hasPaid);
    if (type) movements.push({ at: event.at, customer: event.customer, type, amount: event.mrr_after - prev.mrr });
    state.set(event.customer, { mrr: event.mrr_after, hasPaid: prev.hasPaid || event.mrr_after > 0, at: event.at });
  });
  return movements;
}
