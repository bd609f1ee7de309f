/** The portal's subscription errands: plans and the change preview, plan change, cancellation, pause and resume. */
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import * as flow from '../../flows/portal/index.ts';
import { ref } from '../schemas/common.ts';
import type { portalRouter } from './router.ts';
import * as s from './schemas.ts';

const id = (req: FastifyRequest) => (req.params as { id: string }).id;

export function subscriptionRoutes(r: ReturnType<typeof portalRouter>, ctx: AppContext) {
  const base = '/portal/api/subscriptions/:id';
  const overview = (scope: flow.PortalScope) => flow.portalOverview(ctx, scope);
  r.get(`${base}/plans`, { params: s.idParams, response: s.planList }, (scope, req) =>
    flow.portalPlans(ctx, scope, id(req)),
  );
  r.get(`${base}/preview`, { params: s.idParams, querystring: s.priceQuery, response: ref('Invoice') }, (scope, req) =>
    flow.previewPlanChange(ctx, scope, id(req), (req.query as { price: string }).price),
  );
  r.post(
    `${base}/plan`,
    { params: s.idParams, body: s.bodies.plan, response: s.overview },
    (tx, actor, scope, req) => flow.changePlan(tx, actor, scope, id(req), (req.body as { price: string }).price),
    overview,
  );
  r.post(
    `${base}/cancellations`,
    { params: s.idParams, body: s.bodies.cancel, response: ref('CancellationSession') },
    (tx, actor, scope, req) =>
      flow.startPortalCancellation(tx, actor, scope, { subscription: id(req), ...(req.body as object) }),
  );
  r.post(
    `${base}/undo_cancel`,
    { params: s.idParams, body: s.bodies.empty, response: s.overview },
    (tx, actor, scope, req) => flow.undoCancellation(tx, actor, scope, id(req)),
    overview,
  );
  r.post(
    `${base}/pause`,
    { params: s.idParams, body: s.bodies.empty, response: s.overview },
    (tx, actor, scope, req) => flow.pausePortalSubscription(tx, actor, scope, id(req)),
    overview,
  );
  r.post(
    `${base}/resume`,
    { params: s.idParams, body: s.bodies.empty, response: s.overview },
    (tx, actor, scope, req) => flow.resumePortalSubscription(tx, actor, scope, id(req)),
    overview,
  );
  const session = '/portal/api/cancellations/:id';
  const cancellation = ref('CancellationSession');
  r.post(
    `${session}/accept`,
    { params: s.idParams, body: s.bodies.offer, response: cancellation },
    (tx, actor, scope, req) => flow.acceptPortalOffer(tx, actor, scope, id(req), (req.body as { offer: string }).offer),
  );
  r.post(
    `${session}/confirm`,
    { params: s.idParams, body: s.bodies.empty, response: cancellation },
    (tx, actor, scope, req) => flow.confirmPortalCancellation(tx, actor, scope, id(req)),
  );
  r.post(
    `${session}/abort`,
    { params: s.idParams, body: s.bodies.empty, response: cancellation },
    (tx, actor, scope, req) => flow.abortPortalCancellation(tx, actor, scope, id(req)),
  );
}
