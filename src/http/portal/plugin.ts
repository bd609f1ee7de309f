/**
 * The portal SPA's API at /portal/api: one customer per browser session, never an API key. It is the private
 * contract of the portal pages shipped with this server, so it stays out of /openapi.json (the public /v1 API, whose
 * Stripe-shaped billing_portal endpoints make the sessions); errors are the same problem+json as /v1.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import { transact } from '../../db/tx.ts';
import type { PortalScope } from '../../flows/portal/index.ts';
import * as flow from '../../flows/portal/index.ts';
import { toUnix } from '../../kernel/clock.ts';
import { endBrowserSession } from '../../modules/portal/index.ts';
import { portalRouter } from './router.ts';
import * as s from './schemas.ts';
import {
  authenticatePortal,
  clearSessionCookie,
  type PortalRequest,
  requireCsrfHeader,
  setSessionCookie,
} from './session-auth.ts';
import { subscriptionRoutes } from './subscription-routes.ts';

function presentSession(row: PortalRequest['portal']['session']) {
  return {
    object: 'portal_session' as const,
    customer: row.customerId,
    csrf_token: row.csrfToken,
    expires_at: toUnix(row.expiresAt),
    locale: row.locale,
    return_url: row.returnUrl,
    flow: row.flow,
  };
}

/** Sign-in: ask for a magic link, redeem a link for the session cookie, read the session, sign out. */
function signInRoutes(app: FastifyInstance, ctx: AppContext, publicUrl: string) {
  const secure = publicUrl.startsWith('https://');
  app.post('/portal/api/login', { schema: { body: s.bodies.login } }, async (req) => {
    requireCsrfHeader(req);
    const body = req.body as { email: string; account?: string };
    const { result } = await transact(ctx, (tx) => flow.requestLoginLink(tx, body, publicUrl));
    return result;
  });
  app.post(
    '/portal/api/session',
    { schema: { body: s.bodies.enter, response: { 200: s.portalSession } } },
    async (req, reply) => {
      requireCsrfHeader(req);
      const { token } = req.body as { token: string };
      const { result } = await transact(ctx, (tx) => flow.enterPortal(tx, token));
      setSessionCookie(reply, result.cookie, result.session.csrfToken, secure);
      return presentSession(result.session);
    },
  );
}

export async function portalApi(app: FastifyInstance, options: { ctx: AppContext; publicUrl: string }) {
  const { ctx, publicUrl } = options;
  app.addHook('onRoute', (route) => {
    route.schema = { ...route.schema, hide: true };
  });
  const open = new Set(['/portal/api/login', '/portal/api/session:POST']);
  app.addHook('onRequest', async (req) => {
    const path = req.url.split('?')[0]!;
    if (open.has(path) || open.has(`${path}:${req.method}`)) return;
    await authenticatePortal(ctx, req);
  });
  signInRoutes(app, ctx, publicUrl);
  app.get('/portal/api/session', { schema: { response: { 200: s.portalSession } } }, async (req) =>
    presentSession((req as PortalRequest).portal.session),
  );
  app.delete('/portal/api/session', async (req, reply: FastifyReply) => {
    await endBrowserSession(ctx, (req as PortalRequest).portal.session, ctx.clock.now());
    clearSessionCookie(reply);
    return reply.code(204).send();
  });
  const r = portalRouter(app, ctx);
  r.get('/portal/api/overview', { response: s.overview }, (scope) => flow.portalOverview(ctx, scope));
  subscriptionRoutes(r, ctx);
  billingRoutes(r, app, ctx);
  r.get('/portal/api/lines', { response: s.lineList }, (scope) => flow.portalLines(ctx, scope, publicUrl));
  supportRoutes(r, ctx);
}

/** The customer's own tickets: list, open one, read its conversation, reply; each write answers the ticket. */
function supportRoutes(r: ReturnType<typeof portalRouter>, ctx: AppContext) {
  const id = (req: FastifyRequest) => (req.params as { id: string }).id;
  const reread = (scope: PortalScope, ticketId: unknown) => flow.portalTicket(ctx, scope, ticketId as string);
  r.get('/portal/api/support_tickets', { response: s.ticketList }, (scope) => flow.portalTickets(ctx, scope));
  r.post(
    '/portal/api/support_tickets',
    { body: s.bodies.ticket, response: s.ticket },
    (tx, actor, scope, req) =>
      flow.openPortalTicket(tx, actor, scope, req.body as { subject: string; message: string }),
    reread,
  );
  r.get('/portal/api/support_tickets/:id', { params: s.idParams, response: s.ticket }, (scope, req) =>
    flow.portalTicket(ctx, scope, id(req)),
  );
  r.post(
    '/portal/api/support_tickets/:id/messages',
    { params: s.idParams, body: s.bodies.reply, response: s.ticket },
    (tx, actor, scope, req) => flow.replyPortalTicket(tx, actor, scope, id(req), req.body as { body: string }),
    reread,
  );
}

function billingRoutes(r: ReturnType<typeof portalRouter>, app: FastifyInstance, ctx: AppContext) {
  const id = (req: FastifyRequest) => (req.params as { id: string }).id;
  r.get('/portal/api/invoices', { querystring: s.pageQuery, response: s.invoiceList }, (scope, req) =>
    flow.portalInvoices(ctx, scope, req.query as { limit?: number }),
  );
  app.get('/portal/api/invoices/:id/pdf', { schema: { params: s.idParams } }, async (req, reply) => {
    const pdf = await flow.portalInvoicePdf(ctx, (req as PortalRequest).portal.scope, id(req));
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${id(req)}.pdf"`)
      .send(pdf);
  });
  r.post(
    '/portal/api/invoices/:id/pay',
    { params: s.idParams, body: s.bodies.empty, response: s.invoice },
    (tx, actor, scope, req) => flow.payPortalInvoice(tx, actor, scope, id(req)),
    (scope, result) => flow.rereadPortalInvoice(ctx, scope, (result as { id: string }).id),
  );
  r.post(
    '/portal/api/payment_method',
    { body: s.bodies.card, response: s.overview },
    (tx, actor, scope, req) => flow.updatePortalPaymentMethod(tx, actor, scope, req.body as { token: string }),
    // The retried invoices were charged after the commit: the overview shows whether they are paid now.
    (scope) => flow.portalOverview(ctx, scope),
  );
  r.get('/portal/api/profile', { response: s.profile }, (scope) => flow.portalProfile(ctx, scope));
  r.post('/portal/api/profile', { body: s.bodies.profile, response: s.profile }, (tx, actor, scope, req) =>
    flow.updatePortalProfile(tx, actor, scope, req.body as flow.ProfileInput),
  );
}
