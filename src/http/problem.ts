import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isUnstorableText } from '../db/errors.ts';
import { STATUS_BY_KIND, TenureError } from '../kernel/errors.ts';
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
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
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
  if (status === 404) return new TenureError('not_found', 'route_not_found', fe.message);
  if (status === 405) return new TenureError('invalid_request', 'method_not_allowed', fe.message);
  if (status === 415) return new TenureError('invalid_request', 'unsupported_media_type', fe.message);
  if (status === 413) return new TenureError('invalid_request', 'payload_too_large', fe.message);
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
  const status = tenureError.code === 'unsupported_media_type' ? 415 : STATUS_BY_KIND[tenureError.kind];
  if (status >= 500) req.log.error({ err: error }, 'request failed');
  return reply
    .code(status)
    .type('application/problem+json')
    .serializer(JSON.stringify)
    .send(problemOf(tenureError, status, req));
}
