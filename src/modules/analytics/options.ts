import { isSupportedCurrency } from '../../kernel/currency.ts';
import { invalid } from '../../kernel/errors.ts';
import type { SettingsSection } from '../../kernel/settings-section.ts';
import type { ChurnRecognition } from './core/index.ts';

/**
 * Per-account analytics options, `POST /v1/account {"settings":{"analytics":{…}}}`:
 * - `churn_recognition`: `period_end` (default: at the end of the service period already invoiced, even when the
 *   subscription is canceled immediately), `billing_cancel` (when the billing system ends it) or
 *   `cancellation_request` (when the cancellation is scheduled); see core/churn-recognition.ts.
 * - `discount_policy`: `all` (default, ChartMogul: every applied discount reduces MRR) or `forever_only`
 *   (Stripe: only forever coupons).
 * - `past_due_churn_after_days`: null (default: a past_due subscription keeps counting until it is canceled) or N:
 *   a subscription past_due for N days stops counting from day N (churn or contraction), and counts again when it
 *   recovers (reactivation or expansion); see past-due-churn.ts.
 * - `reporting_currency`: null (default: the account's only movement currency) or the currency metrics report in;
 *   movements in other currencies convert at stored exchange rates (exchange-rates.ts).
 */
export type AnalyticsOptions = {
  churnRecognition: ChurnRecognition;
  discountPolicy: 'all' | 'forever_only';
  pastDueChurnAfterDays: number | null;
  reportingCurrency: string | null;
};

const RECOGNITIONS: readonly ChurnRecognition[] = ['period_end', 'billing_cancel', 'cancellation_request'];

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
    churnRecognition: RECOGNITIONS.includes(analytics.churn_recognition as ChurnRecognition)
      ? (analytics.churn_recognition as ChurnRecognition)
      : 'period_end',
    discountPolicy: analytics.discount_policy === 'forever_only' ? 'forever_only' : 'all',
    pastDueChurnAfterDays: typeof days === 'number' && Number.isSafeInteger(days) && days >= 0 ? days : null,
    reportingCurrency: typeof analytics.reporting_currency === 'string' ? analytics.reporting_currency : null,
  };
}

/** The account's `settings.analytics` section, presented with the defaults above. */
export const analyticsSettings: SettingsSection = {
  present(stored) {
    const o = analyticsOptions(stored);
    return {
      analytics: {
        churn_recognition: o.churnRecognition,
        discount_policy: o.discountPolicy,
        past_due_churn_after_days: o.pastDueChurnAfterDays,
        reporting_currency: o.reportingCurrency,
      },
    };
  },
  validate(patch) {
    const reporting = (patch.analytics as { reporting_currency?: string | null } | undefined)?.reporting_currency;
    if (reporting && !isSupportedCurrency(reporting))
      throw invalid(
        'currency_unsupported',
        `Unsupported currency ${reporting}`,
        'settings.analytics.reporting_currency',
      );
  },
};
