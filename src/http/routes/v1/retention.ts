import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import type { ListParams } from '../../../db/paginate.ts';
import * as flow from '../../../flows/retention/index.ts';
import * as retention from '../../../modules/retention/index.ts';
import { idParams, listOf, ref, strictObject } from '../../schemas/common.ts';
import * as s from '../../schemas/retention.ts';
import { type IdParams, mutation, spec } from './route-kit.ts';

type CreatedQuery = { created?: { gt?: number; gte?: number; lt?: number; lte?: number } };

/** [from, to) from Stripe-style created[gte|gt|lt|lte] in unix seconds. */
function createdRange(query: CreatedQuery): { from?: Date; to?: Date } {
  const c = query.created ?? {};
  const from = c.gte ?? (c.gt !== undefined ? c.gt + 1 : undefined);
  const to = c.lt ?? (c.lte !== undefined ? c.lte + 1 : undefined);
  return {
    ...(from !== undefined && { from: new Date(from * 1000) }),
    ...(to !== undefined && { to: new Date(to * 1000) }),
  };
}

export function retentionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Retention';
  const id = (req: { params: unknown }) => (req.params as IdParams).id;
  app.post(
    '/v1/retention_offers',
    spec({
      tag,
      summary: 'Create a retention offer',
      operationId: 'createRetentionOffer',
      body: s.createOfferBody,
      response: ref('RetentionOffer'),
    }),
    mutation(ctx, (tx, actor, req) => retention.createOffer(tx, actor, req.body as retention.RetentionOfferInput)),
  );
  app.post(
    '/v1/retention_offers/:id',
    spec({
      tag,
      summary: 'Update a retention offer (name, active, metadata)',
      operationId: 'updateRetentionOffer',
      params: idParams,
      body: s.updateOfferBody,
      response: ref('RetentionOffer'),
    }),
    mutation(ctx, (tx, actor, req) => retention.updateOffer(tx, actor, id(req), req.body as never)),
  );
  app.get(
    '/v1/retention_offers',
    spec({
      tag,
      summary: 'List retention offers',
      operationId: 'listRetentionOffers',
      querystring: s.listOffersQuery,
      response: listOf('RetentionOffer'),
    }),
    (req) => retention.listOffers(ctx, req.account.accountId, req.query as ListParams & { active?: boolean }),
  );
  app.get(
    '/v1/retention_offers/:id',
    spec({
      tag,
      summary: 'Retrieve a retention offer',
      operationId: 'getRetentionOffer',
      params: idParams,
      response: ref('RetentionOffer'),
    }),
    (req) => retention.getOffer(ctx, req.account.accountId, id(req)),
  );
  app.get(
    '/v1/retention_settings',
    spec({
      tag,
      summary: "The account's own cancellation reasons and offer window",
      operationId: 'getRetentionSettings',
      response: ref('RetentionSettings'),
    }),
    (req) => retention.getRetentionSettings(ctx, req.account.accountId),
  );
  app.post(
    '/v1/retention_settings',
    spec({
      tag,
      summary: 'Update the cancellation reasons and offer window',
      operationId: 'updateRetentionSettings',
      body: s.retentionSettingsBody,
      response: ref('RetentionSettings'),
    }),
    mutation(ctx, (tx, actor, req) => retention.updateRetentionSettings(tx, actor, req.body as never)),
  );
  app.get(
    '/v1/retention_metrics',
    spec({
      tag,
      summary: 'Sessions, deflect rate, save rate, offer accept rate and revenue saved',
      description: 'Saved = the subscription was not canceled within 30 days of the session (checked against billing).',
      operationId: 'getRetentionMetrics',
      querystring: s.metricsQuery,
      response: ref('RetentionMetrics'),
    }),
    (req) => flow.retentionMetricsReport(ctx, req.account.accountId, createdRange(req.query as CreatedQuery)),
  );
  sessionRoutes(app, ctx);
}

function sessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Retention';
  const base = '/v1/cancellation_sessions';
  const id = (req: { params: unknown }) => (req.params as IdParams).id;
  const session = ref('CancellationSession');
  app.post(
    base,
    spec({
      tag,
      summary: 'Start a cancellation flow; answers with the offers that apply',
      operationId: 'createCancellationSession',
      body: s.startSessionBody,
      response: session,
    }),
    mutation(ctx, (tx, actor, req) => flow.startCancellation(tx, actor, req.body as flow.StartCancellationInput)),
  );
  app.post(
    `${base}/:id/accept`,
    spec({
      tag,
      summary: 'Accept an offer: applied through billing, the session ends retained',
      operationId: 'acceptCancellationOffer',
      params: idParams,
      body: s.acceptOfferBody,
      response: session,
    }),
    mutation(ctx, (tx, actor, req) => flow.acceptOffer(tx, actor, id(req), req.body as { offer: string })),
  );
  app.post(
    `${base}/:id/cancel`,
    spec({
      tag,
      summary: 'Cancel at period end (access kept; undo with cancel_at_period_end=false until then)',
      operationId: 'cancelFromCancellationSession',
      params: idParams,
      body: strictObject({}),
      response: session,
    }),
    mutation(ctx, (tx, actor, req) => flow.cancelFromSession(tx, actor, id(req))),
  );
  app.post(
    `${base}/:id/abort`,
    spec({
      tag,
      summary: 'The customer left the flow without cancelling',
      operationId: 'abortCancellationSession',
      params: idParams,
      body: strictObject({}),
      response: session,
    }),
    mutation(ctx, (tx, actor, req) => flow.abortCancellation(tx, actor, id(req))),
  );
  app.get(
    base,
    spec({
      tag,
      summary: 'List cancellation sessions',
      operationId: 'listCancellationSessions',
      querystring: s.listSessionsQuery,
      response: listOf('CancellationSession'),
    }),
    (req) => retention.listSessions(ctx, req.account.accountId, req.query as never),
  );
  app.get(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Retrieve a cancellation session',
      operationId: 'getCancellationSession',
      params: idParams,
      response: session,
    }),
    (req) => retention.getSession(ctx, req.account.accountId, id(req)),
  );
}
