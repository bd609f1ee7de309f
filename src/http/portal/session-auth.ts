/**
 * The portal's browser authentication: an HttpOnly, SameSite=Lax cookie holding the browser session's secret, and
 * the session's CSRF token in the X-CSRF-Token header of every unsafe request (the web apps' shared client sends it
 * from the readable `tenure_csrf` cookie set beside the session: a double submit checked against the session's own
 * token). Lax keeps the cookie off cross-site subrequests; a cross-site page can neither read the token nor set the
 * header without a CORS preflight nobody grants.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import type { PortalScope } from '../../flows/portal/index.ts';
import { TenureError } from '../../kernel/errors.ts';
import { BROWSER_SESSION_TTL, type BrowserSessionRow, browserSession } from '../../modules/portal/index.ts';

export const COOKIE = 'tenure_portal';
export const CSRF_HEADER = 'x-csrf-token';
const CSRF_COOKIE = 'tenure_csrf';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type PortalRequest = FastifyRequest & { portal: { scope: PortalScope; session: BrowserSessionRow } };

export function readCookie(req: FastifyRequest, name: string): string | undefined {
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

export function setSessionCookie(reply: FastifyReply, secret: string, csrf: string, secure: boolean): void {
  const maxAge = BROWSER_SESSION_TTL.hours * 3600;
  const flags = `Path=/portal; SameSite=Lax; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
  reply.header('set-cookie', [`${COOKIE}=${secret}; HttpOnly; ${flags}`, `${CSRF_COOKIE}=${csrf}; ${flags}`]);
}

export function clearSessionCookie(reply: FastifyReply): void {
  const flags = 'Path=/portal; SameSite=Lax; Max-Age=0';
  reply.header('set-cookie', [`${COOKIE}=; HttpOnly; ${flags}`, `${CSRF_COOKIE}=; ${flags}`]);
}

const missing = () =>
  new TenureError('authentication', 'portal_session_missing', 'Sign in to the portal: open the link from your e-mail');
const badCsrf = () =>
  new TenureError('permission', 'portal_csrf_invalid', `Send the session's CSRF token in ${CSRF_HEADER}`, CSRF_HEADER);

/** Requests before sign-in (ask for a link, redeem one) have no session; they still need the header, any value. */
export function requireCsrfHeader(req: FastifyRequest): void {
  if (!req.headers[CSRF_HEADER]) throw badCsrf();
}

/** The signed-in customer's scope, or 401; an unsafe request without the session's CSRF token is a 403. */
export async function authenticatePortal(ctx: AppContext, req: FastifyRequest): Promise<void> {
  const secret = readCookie(req, COOKIE);
  const session = secret ? await browserSession(ctx, secret, ctx.clock.now()) : null;
  if (!session) throw missing();
  if (UNSAFE.has(req.method) && req.headers[CSRF_HEADER] !== session.csrfToken) throw badCsrf();
  (req as PortalRequest).portal = {
    session,
    scope: { accountId: session.accountId, customerId: session.customerId, configurationId: session.configurationId },
  };
}
