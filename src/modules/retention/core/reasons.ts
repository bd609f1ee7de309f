/** Stripe's cancellation feedback values; an account adds its own (retention settings). */
export const STRIPE_REASONS = [
  'too_expensive',
  'missing_features',
  'switched_service',
  'unused',
  'customer_service',
  'too_complex',
  'low_quality',
  'other',
] as const;

export type StripeReason = (typeof STRIPE_REASONS)[number];

export const isStripeReason = (reason: string): reason is StripeReason =>
  (STRIPE_REASONS as readonly string[]).includes(reason);

/** The `feedback` the subscription's cancellation_details can hold: an account's own reason is `other` there. */
export const feedbackFor = (reason: string): StripeReason => (isStripeReason(reason) ? reason : 'other');
