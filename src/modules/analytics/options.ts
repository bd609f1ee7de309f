/**
 * Per-account analytics options, `POST /v1/account {"settings":{"analytics":{…}}}`:
 * - `churn_recognition`: `period_end` (default; a subscription set to cancel counts until it ends) or
 *   `cancellation_request` (it stops counting when the cancellation is requested).
 * - `discount_policy`: `all` (default, ChartMogul: every applied discount reduces MRR) or `forever_only`
 *   (Stripe: only forever coupons).
 * - `past_due_churn_after_days`: null (default: a past_due subscription keeps counting until it is canceled) or N:
 *   a subscription past_due for N days stops counting from day N (churn or contraction), and counts again when it
 *   recovers (reactivation or expansion); see past-due-churn.ts.
 * - `reporting_currency`: null (default: the account's only movement currency) or the currency metrics report in;
 *   movements in other currencies convert at stored exchange rates (exchange-rates.ts).
 */
export type AnalyticsOptions = {
  churnRecognition: 'period_end' | 'cancellation_request';
  discountPolicy: 'all' | 'forever_only';
  pastDueChurnAfterDays: number | null;
  reportingCurrency: string | null;
};

/** The options with their defaults filled in. */
export function analyticsOptions(settings: Record<string, unknown>): AnalyticsOptions {
  const analytics = (settings.analytics ?? {}) as {
    churn_recognition?: unknown;
    discount_policy?: unknown;
    past_due_churn_after_days?: unknown;
    reporting_currency?: unknown;
  };
  const days = analytics.past_due_churn_after_days;
  return {
    churnRecognition: analytics.churn_recognition === 'cancellation_request' ? 'cancellation_request' : 'period_end',
    discountPolicy: analytics.discount_policy === 'forever_only' ? 'forever_only' : 'all',
    pastDueChurnAfterDays: typeof days === 'number' && Number.isSafeInteger(days) && days >= 0 ? days : null,
    reportingCurrency: typeof analytics.reporting_currency === 'string' ? analytics.reporting_currency : null,
  };
}
