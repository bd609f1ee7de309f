import type { FastifyReply, FastifyRequest } from 'fastify';
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
