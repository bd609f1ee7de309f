import type { ErrorKind, TenureError } from '../kernel/errors.ts';

export type StripeErrorType =
  | 'invalid_request_error'
  | 'api_error'
  | 'card_error'
  | 'idempotency_error'
  | 'authentication_error'
  | 'rate_limit_error';

/** Stripe's `error` object: its SDKs raise a typed error only when an error answer carries one. */
export type StripeErrorBody = {
  type: StripeErrorType;
  code: string;
  message: string;
  param?: string;
  decline_code?: string;
};

const TYPE_BY_KIND: Record<ErrorKind, StripeErrorType> = {
  invalid_request: 'invalid_request_error',
  method_not_allowed: 'invalid_request_error',
  payload_too_large: 'invalid_request_error',
  uri_too_long: 'invalid_request_error',
  unsupported_media_type: 'invalid_request_error',
  headers_too_large: 'invalid_request_error',
  payment: 'card_error',
  not_found: 'invalid_request_error',
  conflict: 'invalid_request_error',
  permission: 'invalid_request_error',
  authentication: 'authentication_error',
  idempotency: 'idempotency_error',
  rate_limit: 'rate_limit_error',
  unavailable: 'api_error',
  internal: 'api_error',
};

/** The Stripe `error` object for a Tenure error; a decline (an error carrying `declineCode`) is a `card_error`. */
export function stripeErrorOf(error: TenureError & { declineCode?: string }): StripeErrorBody {
  const body: StripeErrorBody = {
    type: error.declineCode ? 'card_error' : TYPE_BY_KIND[error.kind],
    code: error.code,
    message: error.message,
  };
  if (error.param) body.param = error.param;
  if (error.declineCode) body.decline_code = error.declineCode;
  return body;
}
