import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { recordAudit } from '../modules/audit/index.ts';

/** `POST /v1/customers` → customers.create; `/v1/customers/:id` → customers.update; `…/:id/cancel` → ….cancel. */
export function actionOf(method: string, routeUrl: string): string {
  const segments = routeUrl.split('/').slice(2);
  const noun = segments[0] === 'test_helpers' ? segments[1]! : segments[0]!;
  const last = segments.at(-1)!;
  if (method === 'DELETE') return `${noun}.delete`;
  if (segments.length === 1 || (segments[0] === 'test_helpers' && segments.length === 2)) return `${noun}.create`;
  if (last.startsWith(':')) return `${noun}.update`;
  return `${noun}.${last}`;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The object as it was before this update or delete, read through its own GET route. */
    auditBefore?: Record<string, unknown> | undefined;
  }
}

/** Updates and deletes of one object (`/v1/<resource>/:id`) whose GET route shows it as it was. */
export const SNAPSHOT_ROUTE = /^\/v1\/[a-z_]+(\/[a-z_]+)?\/:id$/;

/**
 * Before an update or delete: reads the object through its own GET route, with the caller's credentials (so it
 * shows only what they may read), for the audit log's `before`. Best effort: a failed read records no `before`.
 */
export function snapshotBefore(app: FastifyInstance) {
  return (req: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void) => {
    const url = req.routeOptions.url;
    if (!url || !app.hasRoute({ method: 'GET', url })) return done();
    const headers: Record<string, string> = {};
    if (req.headers.authorization) headers.authorization = req.headers.authorization;
    if (req.headers.cookie) headers.cookie = req.headers.cookie;
    app.inject({ method: 'GET', url: req.url.split('?', 1)[0]!, headers }).then(
      (response) => {
        if (response.statusCode === 200) req.auditBefore = response.json();
        done();
      },
      () => done(),
    );
  };
}

/** Answers that carry a credential once (a new key's or webhook's secret, a TOTP secret) keep it out of the log. */
const SECRET_FIELDS = ['secret', 'otpauth_url', 'csrf_token', 'client_secret'];

function parsed(payload: unknown): Record<string, unknown> | null {
  if (typeof payload !== 'string' || !payload.startsWith('{')) return null;
  try {
    const body = JSON.parse(payload) as Record<string, unknown>;
    for (const field of SECRET_FIELDS) if (field in body) body[field] = '(redacted)';
    return body;
  } catch {
    return null;
  }
}

/**
 * Records every successful change made through /v1 once its answer is ready: the actor, the action, the object
 * (from the answer, else the route's id) and the answer itself as `after`. It runs after the change committed, so a
 * failure to record is reported, not turned into an error for a change that happened. Replays are not changes.
 */
export function auditHook(ctx: AppContext) {
  return (req: FastifyRequest, reply: FastifyReply, payload: unknown, done: (e: null, p: unknown) => void) => {
    const account = req.account as typeof req.account | undefined;
    if (req.method === 'GET' || reply.statusCode >= 300 || !account || reply.getHeader('idempotent-replayed'))
      return done(null, payload);
    const after = parsed(payload);
    const params = req.params as { id?: string } | undefined;
    recordAudit(ctx, {
      accountId: account.accountId,
      actor: account.actor,
      action: actionOf(req.method, req.routeOptions.url ?? req.url),
      method: req.method,
      path: req.url.split('?', 1)[0]!,
      statusCode: reply.statusCode,
      objectType: typeof after?.object === 'string' ? after.object : null,
      objectId: typeof after?.id === 'string' ? after.id : (params?.id ?? null),
      before: req.auditBefore,
      after,
      clientAddress: req.ip,
      requestId: String(req.id),
    }).then(
      () => done(null, payload),
      (error: Error) => {
        req.log.error({ err: error }, 'audit log entry not recorded');
        done(null, payload);
      },
    );
  };
}
