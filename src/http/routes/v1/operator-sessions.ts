/** Signing in and out of the console: public routes that set the session cookie, and the owner's first set-up. */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { AppContext } from '../../../context.ts';
import { TenureError } from '../../../kernel/errors.ts';
import {
  acceptInvitation,
  completeSetup,
  endSession,
  presentSession,
  SESSION_ABSOLUTE_S,
  type StartedSession,
  sendSignInLink,
  signInWithLink,
  signInWithPassword,
  startSession,
} from '../../../modules/operators/index.ts';
import { SESSION_COOKIE } from '../../auth.ts';
import { ref } from '../../schemas/common.ts';
import {
  acceptBody,
  endedSession,
  linkSignInBody,
  sentLink,
  setupBody,
  signInBody,
  signInLinkBody,
} from '../../schemas/operators.ts';
import { spec } from './route-kit.ts';

const tag = 'Operators';
export const CSRF_COOKIE = 'tenure_csrf';

/** A route anyone may call: no key or session is asked for, and OpenAPI says so. */
function publicSpec(s: Parameters<typeof spec>[0]): RouteShorthandOptions {
  const options = spec(s);
  return { ...options, schema: { ...options.schema, security: [] }, config: { public: true } };
}

/** The console's address as the caller reached it, for the links in e-mails. */
export const consoleUrl = (req: FastifyRequest) => `${req.protocol}://${req.host}/console`;

/**
 * The session cookie is HttpOnly (scripts cannot read it) and SameSite=Lax (other sites' forms do not send it);
 * Secure whenever the request came over HTTPS (behind a proxy: with trustProxy). The CSRF cookie is readable on
 * purpose: the console echoes it in `x-csrf-token`, which another site cannot read to forge.
 */
function setSessionCookies(req: FastifyRequest, reply: FastifyReply, started: StartedSession) {
  const secure = req.protocol === 'https' ? '; Secure' : '';
  const common = `Path=/; SameSite=Lax; Max-Age=${SESSION_ABSOLUTE_S}${secure}`;
  reply.header('set-cookie', [
    `${SESSION_COOKIE}=${started.secret}; HttpOnly; ${common}`,
    `${CSRF_COOKIE}=${started.csrfToken}; ${common}`,
  ]);
  reply.header('cache-control', 'no-store');
  return presentSession(started);
}

function clearSessionCookies(reply: FastifyReply) {
  reply.header('set-cookie', [
    `${SESSION_COOKIE}=; HttpOnly; Path=/; SameSite=Lax; Max-Age=0`,
    `${CSRF_COOKIE}=; Path=/; SameSite=Lax; Max-Age=0`,
  ]);
}

export function requireSession(req: FastifyRequest) {
  const session = req.account.session;
  if (!session) {
    throw new TenureError('invalid_request', 'session_required', 'Sign in to the console to do this', 'Cookie');
  }
  return session;
}

export function operatorSessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const session = ref('OperatorSession');
  app.post(
    '/v1/operator_sessions',
    publicSpec({
      tag,
      summary: 'Sign in with e-mail and password',
      operationId: 'signIn',
      body: signInBody,
      response: session,
    }),
    async (req, reply) =>
      setSessionCookies(
        req,
        reply,
        await signInWithPassword(ctx, req.body as Parameters<typeof signInWithPassword>[1]),
      ),
  );
  app.post(
    '/v1/operator_sign_in_links',
    publicSpec({
      tag,
      summary: 'E-mail a single-use sign-in link (15 minutes)',
      description: 'Answers the same whether or not an operator has this e-mail.',
      operationId: 'sendSignInLink',
      body: signInLinkBody,
      response: sentLink,
    }),
    async (req) => {
      const { email } = req.body as { email: string };
      await sendSignInLink(ctx, email, consoleUrl(req));
      return { object: 'operator_sign_in_link' as const, email };
    },
  );
  app.post(
    '/v1/operator_sessions/link',
    publicSpec({
      tag,
      summary: 'Sign in with an e-mailed link',
      operationId: 'signInWithLink',
      body: linkSignInBody,
      response: session,
    }),
    async (req, reply) =>
      setSessionCookies(req, reply, await signInWithLink(ctx, req.body as Parameters<typeof signInWithLink>[1])),
  );
  app.post(
    '/v1/operator_invitations/accept',
    publicSpec({
      tag,
      summary: 'Accept an invitation: set a password and sign in',
      operationId: 'acceptInvitation',
      body: acceptBody,
      response: session,
    }),
    async (req, reply) => {
      const operator = await acceptInvitation(ctx, req.body as Parameters<typeof acceptInvitation>[1]);
      return setSessionCookies(req, reply, await startSession(ctx, operator));
    },
  );
  app.post(
    '/v1/operator_setup',
    publicSpec({
      tag,
      summary: "Create the account's owner with the first start's set-up link",
      operationId: 'setUpOwner',
      body: setupBody,
      response: session,
    }),
    async (req, reply) => {
      const operator = await completeSetup(ctx, req.body as Parameters<typeof completeSetup>[1]);
      return setSessionCookies(req, reply, await startSession(ctx, operator));
    },
  );
  app.delete(
    '/v1/operator_sessions/current',
    spec({ tag, summary: 'Sign out (ends the session at once)', operationId: 'signOut', response: endedSession }),
    async (req, reply) => {
      await endSession(ctx, requireSession(req).id);
      clearSessionCookies(reply);
      return { object: 'operator_session' as const, deleted: true as const };
    },
  );
}
