import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { invalid, TenureError } from '../kernel/errors.ts';

/** The documented size limits of a request; the OpenAPI description and the error catalogue quote them. */
export const REQUEST_LIMITS = { bodyBytes: 1024 * 1024, paramLength: 2048, headerBytes: 16 * 1024, depth: 32 } as const;

/**
 * Which methods each path pattern takes, so a wrong method on an existing path is a 405 with `Allow` rather than a
 * 404. Consulted only on the not-found path, so it costs nothing on a routed request.
 */
export function createMethodTable() {
  const patterns: { regex: RegExp; methods: Set<string> }[] = [];
  const byUrl = new Map<string, Set<string>>();
  return {
    add(route: RouteOptions) {
      let methods = byUrl.get(route.url);
      if (!methods) {
        methods = new Set();
        byUrl.set(route.url, methods);
        const source = route.url
          .split('/')
          .map((part) =>
            part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
          )
          .join('/');
        patterns.push({ regex: new RegExp(`^${source}/?$`), methods });
      }
      for (const method of [route.method].flat()) methods.add(method);
    },
    /** The methods the path takes, or undefined when no route has this path at all. */
    allowed(url: string): string[] | undefined {
      const path = url.split('?')[0]!;
      const found = new Set<string>();
      for (const { regex, methods } of patterns) if (regex.test(path)) for (const m of methods) found.add(m);
      return found.size > 0 ? [...found].sort() : undefined;
    },
  };
}

/** 404 for a path Tenure does not have; 405 with `Allow` for a path it has under another method. */
export function routeMissing(allowed: string[] | undefined, req: FastifyRequest, reply: FastifyReply): TenureError {
  if (!allowed || allowed.includes(req.method)) {
    return new TenureError('not_found', 'route_not_found', `No route ${req.method} ${req.url.split('?')[0]}`);
  }
  reply.header('allow', allowed.join(', '));
  return new TenureError(
    'method_not_allowed',
    'method_not_allowed',
    `${req.method} is not allowed here; use ${allowed.join(', ')}`,
  );
}

type BodyFault = { at: string; why: 'text' | 'depth' };
const unstorable = (text: string) => text.includes('\u0000') || !text.isWellFormed();

/**
 * The first place in a JSON body that Tenure refuses before validation: text PostgreSQL cannot store or that is not
 * well-formed UTF-16 (a NUL character, a lone surrogate, in a value or a key), or nesting deeper than any schema.
 */
export function bodyFault(value: unknown, path = '', depth = 0): BodyFault | undefined {
  if (typeof value === 'string') return unstorable(value) ? { at: path || 'body', why: 'text' } : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  if (depth >= REQUEST_LIMITS.depth) return { at: path || 'body', why: 'depth' };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const fault = bodyFault(value[i], `${path}[${i}]`, depth + 1);
      if (fault) return fault;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const child = path ? `${path}.${key}` : key;
    if (unstorable(key)) return { at: child, why: 'text' };
    const fault = bodyFault((value as Record<string, unknown>)[key], child, depth + 1);
    if (fault) return fault;
  }
  return undefined;
}

/** preValidation: a body Tenure cannot store or that nests too deep is a 400 naming the field, before any handler. */
export function refuseBodyFaults(req: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void) {
  const fault = req.body === undefined ? undefined : bodyFault(req.body);
  if (!fault) return done();
  const why =
    fault.why === 'text'
      ? 'holds a NUL character or a lone UTF-16 surrogate'
      : `nests deeper than ${REQUEST_LIMITS.depth} levels`;
  done(invalid('parameter_invalid', `${fault.at} ${why}`, fault.at));
}

const CLIENT_ERROR_STATUS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'headers_too_large', 'The request line and headers are over 16 KiB'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'invalid_body', 'The request took too long to arrive'],
};

/**
 * Errors of Node's HTTP parser, before any route: answered as problem+json too, so every error a client can meet
 * has the same shape. No request id exists yet, so none is sent.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, detail] = CLIENT_ERROR_STATUS[error.code ?? ''] ?? [
    400,
    'invalid_body',
    'The request is not well-formed HTTP',
  ];
  const body = JSON.stringify({ type: `/docs#error-${code}`, title: 'Bad request', status, detail, code });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        `Content-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
