import type { ErrorCode } from '../kernel/error-codes.ts';

/** What went wrong, in the caller's terms; one table below turns each kind into an HTTP status. */
export type ErrorKind =
  | 'invalid_request'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'uri_too_long'
  | 'unsupported_media_type'
  | 'headers_too_large'
  | 'authentication'
  | 'permission'
  | 'not_found'
  | 'conflict'
  | 'payment'
  | 'idempotency'
  | 'rate_limit'
  | 'unavailable'
  | 'internal';

export const STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid_request: 400,
  method_not_allowed: 405,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  headers_too_large: 431,
  authentication: 401,
  permission: 403,
  not_found: 404,
  conflict: 409,
  // A charge the gateway declined where the caller asked to fail rather than go on (Stripe's card_error, 402).
  payment: 402,
  idempotency: 409,
  rate_limit: 429,
  unavailable: 503,
  internal: 500,
};

/** A domain failure with a stable snake_case `code` and, where one input is at fault, the `param` naming it. */
export class TenureError extends Error {
  readonly code: ErrorCode;
  readonly kind: ErrorKind;
  readonly param: string | undefined;
  constructor(kind: ErrorKind, code: ErrorCode, message: string, param?: string) {
    super(message);
    this.name = 'TenureError';
    this.kind = kind;
    this.code = code;
    this.param = param;
  }
}

export function invalid(code: ErrorCode, message: string, param?: string): TenureError {
  return new TenureError('invalid_request', code, message, param);
}

export function notFound(resource: string, id: string, param = 'id'): TenureError {
  return new TenureError('not_found', 'resource_missing', `No such ${resource}: '${id}'`, param);
}

export function conflict(code: ErrorCode, message: string, param?: string): TenureError {
  return new TenureError('conflict', code, message, param);
}
