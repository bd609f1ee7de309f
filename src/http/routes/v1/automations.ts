import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import * as automations from '../../../modules/automations/index.ts';
import { checkEndpointDestination } from '../../../modules/webhooks/index.ts';
import * as s from '../../schemas/automations.ts';
import { idParams, listOf, ref } from '../../schemas/common.ts';
import { type IdParams, mutation, spec } from './route-kit.ts';

export function automationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Automations';
  const id = (req: { params: unknown }) => (req.params as IdParams).id;
  app.post(
    '/v1/automations',
    {
      ...spec({
        tag,
        summary: 'Create an automation',
        description: 'A `call_webhook` URL must reach a public address (see `webhook_url_forbidden`).',
        operationId: 'createAutomation',
        body: s.createAutomationBody,
        response: ref('Automation'),
      }),
      // Before the transaction: the check may query DNS.
      preHandler: async (req) => {
        const action = (req.body as automations.AutomationInput).action;
        if (action.type === 'call_webhook') await checkEndpointDestination(ctx, action.url, 'action.url');
      },
    },
    mutation(ctx, (tx, actor, req) => automations.createAutomation(tx, actor, req.body as automations.AutomationInput)),
  );
  app.get(
    '/v1/automations',
    spec({
      tag,
      summary: 'List automations',
      operationId: 'listAutomations',
      querystring: s.listAutomationsQuery,
      response: listOf('Automation'),
    }),
    (req) => automations.listAutomations(ctx, req.account.accountId, req.query as never),
  );
  app.get(
    '/v1/automations/:id',
    spec({
      tag,
      summary: 'Retrieve an automation',
      operationId: 'getAutomation',
      params: idParams,
      response: ref('Automation'),
    }),
    (req) => automations.getAutomation(ctx, req.account.accountId, id(req)),
  );
  app.post(
    '/v1/automations/:id',
    spec({
      tag,
      summary: 'Rename, pause (active=false) or resume an automation',
      operationId: 'updateAutomation',
      params: idParams,
      body: s.updateAutomationBody,
      response: ref('Automation'),
    }),
    mutation(ctx, (tx, actor, req) =>
      automations.updateAutomation(tx, actor, id(req), req.body as automations.AutomationUpdate),
    ),
  );
  app.get(
    '/v1/automations/:id/runs',
    spec({
      tag,
      summary: "List an automation's runs, newest first",
      operationId: 'listAutomationRuns',
      params: idParams,
      querystring: s.listRunsQuery,
      response: listOf('AutomationRun'),
    }),
    async (req) => {
      await automations.findAutomation(ctx, req.account.accountId, id(req));
      return automations.listAutomationRuns(ctx, req.account.accountId, id(req), req.query as never);
    },
  );
}
