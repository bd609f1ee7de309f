import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import { createPortalSession, type PortalSessionInput } from '../../../flows/portal/index.ts';
import * as portal from '../../../modules/portal/index.ts';
import * as s from '../../schemas/billing-portal.ts';
import { idParams, listOf, ref } from '../../schemas/common.ts';
import { type IdParams, mutation, spec } from './route-kit.ts';

/** Stripe's billing portal: configurations, and sessions that send one customer into the portal at /portal. */
export function billingPortalRoutes(app: FastifyInstance, ctx: AppContext, publicUrl: string): void {
  const tag = 'Customer portal';
  const base = '/v1/billing_portal/configurations';
  const id = (req: { params: unknown }) => (req.params as IdParams).id;
  app.post(
    base,
    spec({
      tag,
      summary: 'Create a portal configuration (the first one is the default)',
      operationId: 'createBillingPortalConfiguration',
      body: s.configurationBody,
      response: ref('BillingPortalConfiguration'),
    }),
    mutation(ctx, (tx, actor, req) => portal.createConfiguration(tx, actor, req.body as portal.ConfigurationInput)),
  );
  app.post(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Update a portal configuration (features merge field by field)',
      operationId: 'updateBillingPortalConfiguration',
      params: idParams,
      body: s.configurationBody,
      response: ref('BillingPortalConfiguration'),
    }),
    mutation(ctx, (tx, actor, req) =>
      portal.updateConfiguration(tx, actor, id(req), req.body as portal.ConfigurationInput),
    ),
  );
  app.get(
    base,
    spec({
      tag,
      summary: 'List portal configurations',
      operationId: 'listBillingPortalConfigurations',
      querystring: s.listConfigurationsQuery,
      response: listOf('BillingPortalConfiguration'),
    }),
    (req) => portal.listConfigurations(ctx, req.account.accountId, req.query as never),
  );
  app.get(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Retrieve a portal configuration',
      operationId: 'getBillingPortalConfiguration',
      params: idParams,
      response: ref('BillingPortalConfiguration'),
    }),
    (req) => portal.getConfiguration(ctx, req.account.accountId, id(req)),
  );
  app.post(
    '/v1/billing_portal/sessions',
    spec({
      tag,
      summary: 'Create a portal session: a single-use URL for one customer, valid 5 minutes',
      description:
        'Redirect the customer to `url`. A flow opens the portal on one task (update the card, cancel, change plan).',
      operationId: 'createBillingPortalSession',
      body: s.sessionBody,
      response: ref('BillingPortalSession'),
    }),
    mutation(ctx, (tx, actor, req) => createPortalSession(tx, actor, req.body as PortalSessionInput, publicUrl)),
  );
}
