/**
 * Per-account analytics options, `POST /v1/account {"settings":{"analytics":{…}}}`:
 * - `churn_recognition`: `period_end` (default; a subscription set to cancel counts until it ends) or
 *   `cancellation_request` (it stops counting when the cancellation is requested).
 * - `discount_policy`: `all` (default, ChartMogul: every applied discount reduces MRR) or `forever_only`
 *   (Stripe: only forever coupons).
 */
export type AnalyticsOptions = {
  churnRecognition: 'period_end' | 'cancellation_request';
  discountPolicy: 'all' | 'forever_only';
};

/** The options with their defaults filled in. */
export function analyticsOptions(settings: Record<string, unknown>): AnalyticsOptions {
  const analytics = (settings.analytics ?? {}) as { churn_recognition?: unknown; discount_policy?: unknown };
  return {
    churnRecognition: analytics.churn_recognition === 'cancellation_request' ? 'cancellation_request' : 'period_end',
    discountPolicy: analytics.discount_policy === 'forever_only' ? 'forever_only' : 'all',
  };
}
