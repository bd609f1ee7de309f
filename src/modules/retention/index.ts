/** Retention: cancellation reasons, offers and the record of each cancellation session. Billing lives in flows/. */

export { isSaved, type RetentionMetrics, retentionMetrics, type SessionOutcome } from './core/metrics.ts';
export { applicableOffers, insideOfferWindow, monthlyAmount, type RecurringAmount } from './core/offers.ts';
export { feedbackFor, isStripeReason, STRIPE_REASONS } from './core/reasons.ts';
export {
  activeOffers,
  createOffer,
  findOffer,
  getOffer,
  listOffers,
  type RetentionOfferInput,
  updateOffer,
} from './offers.ts';
export type { CancellationSessionRow, RetentionOfferRow } from './present.ts';
export {
  closeSession,
  findOpenSession,
  getSession,
  lastAcceptedAt,
  listSessions,
  type NewSession,
  openSession,
  sessionsCreated,
} from './sessions.ts';
export { getRetentionSettings, isValidReason, readSettings, updateRetentionSettings } from './settings.ts';
