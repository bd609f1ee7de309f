import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isUnstorableText } from '../db/errors.ts';
import { STATUS_BY_KIND, TenureError } from '../kernel/errors.ts';
import { TooManyRequests } from './abuse/too-many-requests.ts';
import { type StripeErrorBody, stripeErrorOf } from './stripe-error.ts';

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  param?: string;
  instance: string;
  request_id: string;
  /** Stripe's error object, so Stripe's SDKs raise their typed errors. */
  error: StripeErrorBody;
};

const TITLES: Record<number, string> = {
  400: 'Invalid request',
  401: 'Authentication required',
  402: 'Payment required',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  429: 'Too many requests',
  431: 'Request header fields too large',
  500: 'Internal error',
  503: 'Service unavailable',
};

type AjvError = { keyword: string; instancePath: string; params: Record<string, unknown>; message?: string };

/** `/tiers/1/up_to` → `tiers[1].up_to`: the path as a client writes it, same form the pricing core uses. */
function joinPath(instancePath: string, leaf?: unknown): string {
  const parts = instancePath.split('/').filter(Boolean);
  if (typeof leaf === 'string') parts.push(leaf);
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

/** Turns the first schema violation into a TenureError naming the offending field. */
export function validationToError(error: FastifyError): TenureError {
  const first = (error.validation as AjvError[] | undefined)?.[0];
  if (!first) return new TenureError('invalid_request', 'parameter_invalid', error.message);
  if (first.keyword === 'additionalProperties') {
    const param = joinPath(first.instancePath, first.params.additionalProperty);
    return new TenureError('invalid_request', 'parameter_unknown', `Received unknown parameter: ${param}`, param);
  }
  if (first.keyword === 'required') {
    const param = joinPath(first.instancePath, first.params.missingProperty);
    return new TenureError('invalid_request', 'parameter_missing', `Missing required parameter: ${param}`, param);
  }
  const param = joinPath(first.instancePath) || (error.validationContext ?? 'body');
  // An `expand[]` path a resource does not declare (the spec lists them as an enum).
  if (/^expand(\[\d+\])?$/.test(param) && first.keyword === 'enum') {
    const allowed = (first.params.allowedValues as string[]).join(', ');
    return new TenureError(
      'invalid_request',
      'expand_invalid',
      `That path cannot be expanded here; expandable: ${allowed}`,
      'expand',
    );
  }
  return new TenureError(
    'invalid_request',
    'parameter_invalid',
    `Invalid ${param}: ${first.message ?? 'invalid'}`,
    param,
  );
}

function toTenureError(error: FastifyError | TenureError | Error): TenureError {
  if (error instanceof TenureError) return error;
  const fe = error as FastifyError;
  if (fe.validation) return validationToError(fe);
  if (isUnstorableText(error)) {
    return new TenureError(
      'invalid_request',
      'parameter_invalid',
      'A value holds a character that cannot be stored, such as a NUL byte',
    );
  }
  const status = fe.statusCode ?? 500;
  if (fe.code === 'FST_ERR_BAD_URL') {
    return new TenureError('invalid_request', 'parameter_invalid', 'The path is not valid percent-encoded UTF-8');
  }
  if (status === 404) return new TenureError('not_found', 'route_not_found', fe.message);
  if (status === 415) return new TenureError('unsupported_media_type', 'unsupported_media_type', fe.message);
  if (status === 413) return new TenureError('payload_too_large', 'payload_too_large', fe.message);
  if (status === 414) return new TenureError('uri_too_long', 'uri_too_long', fe.message);
  if (status === 400) return new TenureError('invalid_request', 'invalid_body', fe.message);
  return new TenureError(
    'internal',
    'internal_error',
    'An unexpected error occurred; it was logged with the request id.',
  );
}

export function problemOf(error: TenureError, status: number, req: FastifyRequest): Problem {
  const problem: Problem = {
    type: `/docs#error-${error.code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail: error.message,
    code: error.code,
    instance: req.url,
    request_id: String(req.id),
    error: stripeErrorOf(error),
  };
  if (error.param) problem.param = error.param;
  return problem;
}

/** The single place errors become HTTP: RFC 9457 problem+json with `code`, `param` and the request id. */
export function sendProblem(error: FastifyError | TenureError | Error, req: FastifyRequest, reply: FastifyReply) {
  const tenureError = toTenureError(error);
  const status = STATUS_BY_KIND[tenureError.kind];
  if (status >= 500) req.log.error({ err: error }, 'request failed');
  if (error instanceof TooManyRequests) reply.header('retry-after', String(error.retryAfterSeconds));
  return reply
    .code(status)
    .type('application/problem+json')
    .serializer(JSON.stringify)
    .send(problemOf(tenureError, status, req));
}
