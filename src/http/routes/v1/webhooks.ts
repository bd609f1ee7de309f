import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import type { ListParams } from '../../../db/paginate.ts';
import {
  checkEndpointDestination,
  createEndpoint,
  type DeliverySearch,
  deleteEndpoint,
  type EndpointFields,
  getDelivery,
  getEndpoint,
  listDeliveries,
  listEndpoints,
  recordManualSend,
  rotateEndpointSecret,
  sendDeliveryNow,
  updateEndpoint,
} from '../../../modules/webhooks/index.ts';
import type { Worker } from '../../../worker/index.ts';
import { deleted, idParams, listOf, listQuery, ref, strictObject } from '../../schemas/common.ts';
import {
  createWebhookEndpointBody,
  deliveryParams,
  listDeliveriesQuery,
  rotateSecretBody,
  updateWebhookEndpointBody,
} from '../../schemas/webhooks.ts';
import { type IdParams, mutation, spec } from './route-kit.ts';

type DeliveryParams = { id: string; delivery_id: string };

/** These actions' parameters are all optional, so a bare POST (no body at all) means "none". */
const bodyOptional = {
  preValidation: async (req: { body: unknown }) => {
    req.body ??= {};
  },
};
type CreateBody = EndpointFields & { url: string; enabled_events: string[] };

/** A URL reaching a private network is refused before the transaction: the check may query DNS. */
const publicDestination = (ctx: AppContext) => ({
  preHandler: async (req: { body: unknown }) => checkEndpointDestination(ctx, (req.body as EndpointFields).url),
});

export function webhookRoutes(app: FastifyInstance, ctx: AppContext, worker: Worker | undefined): void {
  const tag = 'Webhooks';
  const base = '/v1/webhook_endpoints';
  const endpoint = ref('WebhookEndpoint');
  const id = (req: { params: unknown }) => (req.params as IdParams).id;

  app.post(
    base,
    {
      ...spec({
        tag,
        summary: 'Create a webhook endpoint',
        description: 'The URL must reach a public address (see `webhook_url_forbidden`).',
        operationId: 'createWebhookEndpoint',
        body: createWebhookEndpointBody,
        response: endpoint,
      }),
      ...publicDestination(ctx),
    },
    mutation(ctx, (tx, actor, req) => createEndpoint(tx, actor, req.body as CreateBody)),
  );
  app.get(
    base,
    spec({
      tag,
      summary: 'List webhook endpoints',
      operationId: 'listWebhookEndpoints',
      querystring: strictObject(listQuery),
      response: listOf('WebhookEndpoint'),
    }),
    (req) => listEndpoints(ctx, req.account.accountId, req.query as ListParams),
  );
  app.get(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Retrieve a webhook endpoint',
      operationId: 'getWebhookEndpoint',
      params: idParams,
      response: endpoint,
    }),
    (req) => getEndpoint(ctx, req.account.accountId, id(req)),
  );
  app.post(
    `${base}/:id`,
    {
      ...spec({
        tag,
        summary: 'Update a webhook endpoint',
        operationId: 'updateWebhookEndpoint',
        params: idParams,
        body: updateWebhookEndpointBody,
        response: endpoint,
      }),
      ...publicDestination(ctx),
    },
    mutation(ctx, (tx, actor, req) => updateEndpoint(tx, actor, id(req), req.body as EndpointFields)),
  );
  app.delete(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Delete a webhook endpoint',
      operationId: 'deleteWebhookEndpoint',
      params: idParams,
      response: deleted('webhook_endpoint'),
    }),
    (req, reply) => mutation(ctx, (tx, actor) => deleteEndpoint(tx, actor, id(req)))(req, reply),
  );
  app.post(
    `${base}/:id/rotate_secret`,
    {
      ...spec({
        tag,
        summary: "Rotate a webhook endpoint's signing secret",
        description: 'Returns the new secret. Deliveries carry signatures by both secrets until the old one expires.',
        operationId: 'rotateWebhookEndpointSecret',
        params: idParams,
        body: rotateSecretBody,
        response: endpoint,
      }),
      ...bodyOptional,
    },
    mutation(ctx, (tx, actor, req) =>
      rotateEndpointSecret(tx, actor, id(req), req.body as { expires_in_seconds?: number }),
    ),
  );
  deliveryRoutes(app, ctx, worker);
}

function deliveryRoutes(app: FastifyInstance, ctx: AppContext, worker: Worker | undefined): void {
  const tag = 'Webhooks';
  const base = '/v1/webhook_endpoints/:id/deliveries';
  app.get(
    base,
    spec({
      tag,
      summary: "List a webhook endpoint's deliveries, newest first",
      operationId: 'listWebhookDeliveries',
      params: idParams,
      querystring: listDeliveriesQuery,
      response: listOf('WebhookDelivery'),
    }),
    (req) => listDeliveries(ctx, req.account.accountId, (req.params as IdParams).id, req.query as DeliverySearch),
  );
  app.get(
    `${base}/:delivery_id`,
    spec({
      tag,
      summary: 'Retrieve a webhook delivery with its attempts',
      operationId: 'getWebhookDelivery',
      params: deliveryParams,
      response: ref('WebhookDelivery'),
    }),
    (req) => {
      const p = req.params as DeliveryParams;
      return getDelivery(ctx, req.account.accountId, p.id, p.delivery_id);
    },
  );
  app.post(
    `${base}/:delivery_id/retry`,
    {
      ...spec({
        tag,
        summary: 'Send a webhook delivery again now',
        description: 'One immediate attempt, recorded in the log; a success completes the delivery.',
        operationId: 'retryWebhookDelivery',
        params: deliveryParams,
        body: strictObject({}),
        response: ref('WebhookDelivery'),
      }),
      ...bodyOptional,
      // A success may unblock the endpoint's later deliveries.
      onResponse: async () => worker?.wake(),
    },
    // The HTTP call happens before the transaction, which only records its outcome (and the Idempotency-Key).
    async (req, reply) => {
      const p = req.params as DeliveryParams;
      const sent = await sendDeliveryNow(ctx, req.account.accountId, p.id, p.delivery_id);
      return mutation(ctx, (tx) => recordManualSend(tx, sent))(req, reply);
    },
  );
}
