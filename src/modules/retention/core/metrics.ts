/**
 * Cancellation-flow metrics as Chargebee Retention defines them:
 * - deflect rate: sessions that did not end in a cancellation / sessions;
 * - save rate: sessions whose subscription was not canceled within 30 days of the session / sessions
 *   (a cancellation counts when it was requested or took effect in that window and still stands);
 * - offer accept rate: sessions with an accepted offer / sessions that showed at least one offer;
 * - revenue saved: the list MRR, at session time, of the saved sessions, per currency.
 */
import type { CancellationOutcome } from '../../../db/schema/retention.ts';

export interface SessionOutcome {
  created: Date;
  outcome: CancellationOutcome;
  offersShown: number;
  accepted: boolean;
  mrr: number;
  currency: string;
  /** From billing: when the subscription's cancellation was requested (null when none or undone) and when it ended. */
  canceledAt: Date | null;
  endedAt: Date | null;
}

export interface RetentionMetrics {
  sessions: number;
  retained: number;
  chose_to_cancel: number;
  aborted: number;
  pending: number;
  saved: number;
  deflect_rate: number | null;
  save_rate: number | null;
  offer_accept_rate: number | null;
  revenue_saved: Record<string, number>;
}

const SAVE_WINDOW_MS = 30 * 86_400_000;

/** Saved = billing shows no standing cancellation requested or ended within 30 days of the session. */
export function isSaved(session: Pick<SessionOutcome, 'created' | 'canceledAt' | 'endedAt'>): boolean {
  const until = session.created.getTime() + SAVE_WINDOW_MS;
  const within = (at: Date | null) => at !== null && at.getTime() <= until;
  return !within(session.canceledAt) && !within(session.endedAt);
}

export function retentionMetrics(sessions: readonly SessionOutcome[]): RetentionMetrics {
  const count = (outcome: CancellationOutcome) => sessions.filter((s) => s.outcome === outcome).length;
  const saved = sessions.filter(isSaved);
  const withOffers = sessions.filter((s) => s.offersShown > 0);
  const revenue: Record<string, number> = {};
  for (const s of saved) revenue[s.currency] = (revenue[s.currency] ?? 0) + s.mrr;
  const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);
  return {
    sessions: sessions.length,
    retained: count('retained'),
    chose_to_cancel: count('chose_to_cancel'),
    aborted: count('aborted'),
    pending: count('pending'),
    saved: saved.length,
    deflect_rate: rate(sessions.length - count('chose_to_cancel'), sessions.length),
    save_rate: rate(saved.length, sessions.length),
    offer_accept_rate: rate(withOffers.filter((s) => s.accepted).length, withOffers.length),
    revenue_saved: revenue,
  };
}
