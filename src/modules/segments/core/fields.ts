/**
 * The fields a segment rule may name (besides the account's custom attributes). Pure, so the console's segment
 * builder imports the same list the API validates rules against.
 */
export const TEXT_FIELDS = ['country', 'region', 'city', 'locale', 'tags'] as const;
export const NUMBER_FIELDS = [
  'viewing_minutes_7d',
  'viewing_minutes_30d',
  'viewing_minutes_90d',
  'active_days_7d',
  'active_days_30d',
  'active_days_90d',
  'recency_days',
  'customer_age_days',
  'mrr',
  'payment_failures_90d',
] as const;
/** Computed from other modules' data (churn scores, survey answers, RFM over payments) when a rule uses them. */
export const DERIVED_FIELDS = ['churn_risk_band', 'churn_risk_score', 'nps_category', 'rfm_segment'] as const;
export const SEGMENT_FIELDS = [...TEXT_FIELDS, ...NUMBER_FIELDS, ...DERIVED_FIELDS] as const;
