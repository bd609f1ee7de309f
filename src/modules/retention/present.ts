import type { cancellationSessions, retentionOffers, retentionSettings } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';

export type RetentionOfferRow = typeof retentionOffers.$inferSelect;
export type CancellationSessionRow = typeof cancellationSessions.$inferSelect;
export type RetentionSettingsRow = typeof retentionSettings.$inferSelect;

export function presentOffer(row: RetentionOfferRow) {
  return {
    id: row.id,
    object: 'retention_offer' as const,
    created: toUnix(row.created),
    name: row.name,
    kind: row.kind,
    coupon: row.couponId,
    months: row.months,
    price: row.priceId,
    reasons: row.reasons,
    prices: row.prices,
    experiment: row.experimentId,
    variant: row.variant,
    active: row.active,
    metadata: row.metadata,
  };
}

/** Paddle Retain's result shape: `result` with the reason, comment, the offers shown and the one accepted. */
export function presentSession(row: CancellationSessionRow, offers: RetentionOfferRow[]) {
  const byId = new Map(offers.map((o) => [o.id, o]));
  return {
    id: row.id,
    object: 'cancellation_session' as const,
    created: toUnix(row.created),
    customer: row.customerId,
    subscription: row.subscriptionId,
    reason: row.reason,
    comment: row.comment,
    offers: row.offersShown.flatMap((id) => (byId.has(id) ? [presentOffer(byId.get(id)!)] : [])),
    accepted_offer: row.acceptedOffer,
    result: row.outcome,
    mrr: row.mrr,
    currency: row.currency,
    closed_at: row.closedAt ? toUnix(row.closedAt) : null,
  };
}

export function presentSettings(row: RetentionSettingsRow) {
  return {
    object: 'retention_settings' as const,
    custom_reasons: row.customReasons,
    offer_window_days: row.offerWindowDays,
    exit_survey: row.exitSurvey,
  };
}
