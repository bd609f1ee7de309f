/** What went wrong, in the caller's terms; one table below turns each kind into an HTTP status. */
export type ErrorKind =
  | 'invalid_request'
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
  readonly code: string;
  readonly kind: ErrorKind;
  readonly param: string | undefined;
  constructor(kind: ErrorKind, code: string, message: string, param?: string) {
    super(message);
    this.name = 'TenureError';
    this.kind = kind;
    this.code = code;
    this.param = param;
  }
}

export function invalid(code: string, message: string, param?: string): TenureError {
  return new TenureError('invalid_request', code, message, param);
}

export function notFound(resource: string, id: string, param = 'id'): TenureError {
  return new TenureError('not_found', 'resource_missing', `No such ${resource}: '${id}'`, param);
}

export function conflict(code: string, message: string, param?: string): TenureError {
  return new TenureError('conflict', code, message, param);
}
