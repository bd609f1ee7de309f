/**
 * Trial conversion over a window [start, end), everything judged as of `end`:
 * - started: trials whose trial_start falls in the window;
 * - a trial ends at its trial_end, or earlier when the subscription is canceled during it; `ended` counts trials
 *   whose end falls in the window (a subscription still `trialing` on its own clock has not ended);
 * - of those, converted = a paid invoice with a non-zero total for the subscription by `end` (the customer became
 *   paying); canceled = canceled or expired (trial_end_behavior cancel) by `end` without paying; unpaid = ended but
 *   neither yet (an invoice still in dunning, a trial paused for lack of a payment method);
 * - still_trialing: trials started before `end` that had not ended by `end`;
 * - conversion_rate = converted ÷ ended (null when no trial ended), ChartMogul's "trial-to-paid" over trials that
 *   ended in the window, so a trial started last month and converting this month counts this month.
 */
import { MoneyDecimal } from '../../../kernel/money.ts';

/** One subscription with a trial, as stored; instants are unix seconds. */
export interface TrialRecord {
  subscription: string;
  trial_start: number;
  /** Scheduled (or, once ended early, actual) end of the trial. */
  trial_end: number;
  /** The subscription is still `trialing` now: its trial has not ended on its clock, whatever trial_end says. */
  trialing_now: boolean;
  /** When it was canceled (or ended), null if never. */
  canceled_at: number | null;
  /** When its first invoice with a non-zero total was paid, null if never. */
  first_paid_at: number | null;
}

export type TrialOutcome = 'converted' | 'canceled' | 'unpaid' | 'trialing';

/** When the trial ended (null while it runs): canceled during the trial ends it then. */
export function trialEndedAt(t: TrialRecord): number | null {
  if (t.trialing_now) return null;
  if (t.canceled_at !== null && t.canceled_at < t.trial_end) return t.canceled_at;
  return t.trial_end;
}

/** The trial's outcome as of `asOf` (exclusive): paying first wins over a later cancellation. */
export function trialOutcome(t: TrialRecord, asOf: number): TrialOutcome {
  const ended = trialEndedAt(t);
  if (ended === null || ended >= asOf) return 'trialing';
  if (t.first_paid_at !== null && t.first_paid_at < asOf) {
    if (t.canceled_at === null || t.canceled_at >= t.first_paid_at) return 'converted';
  }
  if (t.canceled_at !== null && t.canceled_at < asOf) return 'canceled';
  return 'unpaid';
}

export interface TrialConversion {
  started: number;
  ended: number;
  converted: number;
  canceled: number;
  unpaid: number;
  still_trialing: number;
  /** converted ÷ ended, as a fraction; null when no trial ended in the window. */
  conversion_rate: number | null;
}

/** The window's trial figures (see the definitions at the top of this file). */
export function trialConversion(trials: readonly TrialRecord[], start: number, end: number): TrialConversion {
  if (!(end > start)) throw new RangeError('end must be after start');
  const out: TrialConversion = {
    started: 0,
    ended: 0,
    converted: 0,
    canceled: 0,
    unpaid: 0,
    still_trialing: 0,
    conversion_rate: null,
  };
  for (const t of trials) {
    if (t.trial_start >= start && t.trial_start < end) out.started++;
    if (t.trial_start >= end) continue;
    const outcome = trialOutcome(t, end);
    if (outcome === 'trialing') {
      out.still_trialing++;
      continue;
    }
    const ended = trialEndedAt(t)!;
    if (ended < start) continue;
    out.ended++;
    out[outcome]++;
  }
  // A plain fraction (0.5 = 50%) divided in decimal, like the other rates in metrics.ts.
  out.conversion_rate = out.ended === 0 ? null : new MoneyDecimal(out.converted).div(out.ended).toNumber();
  return out;
}
