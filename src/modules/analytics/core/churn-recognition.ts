/**
 * When a cancellation stops counting in MRR — the account option `churn_recognition` (ChartMogul's three):
 * - `period_end` (default): at the end of the final service period, i.e. the period already invoiced, even when
 *   the subscription was canceled immediately in the billing system ("often considered good practice").
 * - `billing_cancel`: when the billing system ends the subscription (status canceled).
 * - `cancellation_request`: as soon as the cancellation is scheduled (cancel_at_period_end or cancel_at set).
 * A subscription set to cancel at its period end ends exactly then, so the first two agree for it.
 */
import type { MrrStatus } from './mrr.ts';

export type ChurnRecognition = 'period_end' | 'billing_cancel' | 'cancellation_request';

/** The fields of a subscription snapshot (Stripe's shape, unix seconds) the options look at. */
export interface CancellationSnapshot {
  status: MrrStatus;
  cancel_at_period_end?: boolean | undefined;
  cancel_at?: number | null | undefined;
  ended_at?: number | null | undefined;
  current_period_end?: number | null | undefined;
  trial_end?: number | null | undefined;
  /** The status just before it was canceled: only a paid-up (active) subscription has a service period to finish. */
  status_before_cancel?: MrrStatus | undefined;
}

/**
 * The end of the service already invoiced to a subscription canceled before it (unix seconds), or null: not
 * canceled, canceled at its period end, canceled during a trial (nothing was paid for), or canceled while not
 * paid up (dunning ends a past_due subscription: its period was never paid, and auto-churn may have counted it).
 */
export function serviceEndAfterCancel(sub: CancellationSnapshot): number | null {
  const { status, ended_at: ended, current_period_end: periodEnd, trial_end: trialEnd } = sub;
  if (status !== 'canceled' || ended == null || periodEnd == null || ended >= periodEnd) return null;
  if (trialEnd != null && trialEnd >= ended) return null;
  if (sub.status_before_cancel !== undefined && sub.status_before_cancel !== 'active') return null;
  return periodEnd;
}

/** The status MRR counts the subscription in at `at` (unix seconds) under the option. */
export function recognizedStatus(sub: CancellationSnapshot, at: number, recognition: ChurnRecognition): MrrStatus {
  if (recognition === 'cancellation_request' && (sub.cancel_at_period_end || sub.cancel_at)) return 'canceled';
  if (recognition === 'period_end') {
    const serviceEnd = serviceEndAfterCancel(sub);
    // Still inside the paid period: it counts as the paying subscription it was.
    if (serviceEnd !== null && at < serviceEnd) return 'active';
  }
  return sub.status;
}
