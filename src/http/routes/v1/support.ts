import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import * as flows from '../../../flows/support/index.ts';
import { getCustomer } from '../../../modules/customers/index.ts';
import * as support from '../../../modules/support/index.ts';
import { type Expanders, expandObject } from '../../expand.ts';
import { idParams, listOf, ref } from '../../schemas/common.ts';
import * as s from '../../schemas/support.ts';
import { type ExpandQuery, type IdParams, mutation, spec } from './route-kit.ts';
import { inboundMailRoute } from './support-inbound.ts';

// The queue shows who is asking: `expand[]=data.customer` gives each ticket its customer's name and e-mail.
const ticketExpanders: Expanders<'supportTicket'> = { customer: getCustomer };

export function supportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Support';
  const id = (req: { params: unknown }) => (req.params as IdParams).id;
  app.post(
    '/v1/support_tickets',
    spec({
      tag,
      summary: 'Open a ticket for a customer',
      description:
        'Without `priority`, the account priority rules choose it from the customer entitlements, plan, segments, value and churn risk.',
      operationId: 'createSupportTicket',
      body: s.createTicketBody,
      response: ref('SupportTicket'),
    }),
    mutation(ctx, (tx, actor, req) => flows.openTicket(tx, actor, req.body as flows.OpenTicketInput)),
  );
  app.get(
    '/v1/support_tickets',
    spec({
      tag,
      summary: 'List tickets: the queue by priority, then target',
      operationId: 'listSupportTickets',
      querystring: s.listTicketsQuery,
      response: listOf('SupportTicket'),
    }),
    async (req) => {
      const { expand, ...search } = req.query as support.TicketSearch & ExpandQuery;
      const page = await support.listTickets(ctx, req.account.accountId, search);
      return expandObject(ctx, req.account.accountId, page, expand, ticketExpanders);
    },
  );
  app.get(
    '/v1/support_tickets/:id',
    spec({
      tag,
      summary: 'Retrieve a ticket',
      operationId: 'getSupportTicket',
      params: idParams,
      response: ref('SupportTicket'),
    }),
    (req) => support.getTicket(ctx, req.account.accountId, id(req)),
  );
  app.post(
    '/v1/support_tickets/:id',
    spec({
      tag,
      summary: 'Update a ticket: status, priority, assignee, subject',
      description: 'Solving a ticket e-mails the customer a one-click CSAT request (1–5).',
      operationId: 'updateSupportTicket',
      params: idParams,
      body: s.updateTicketBody,
      response: ref('SupportTicket'),
    }),
    mutation(ctx, (tx, actor, req) => flows.updateTicket(tx, actor, id(req), req.body as flows.UpdateTicketInput)),
  );
  messageRoutes(app, ctx, tag);
  settingsRoutes(app, ctx, tag);
  inboundMailRoute(app, ctx);
}

function messageRoutes(app: FastifyInstance, ctx: AppContext, tag: string): void {
  const id = (req: { params: unknown }) => (req.params as IdParams).id;
  app.post(
    '/v1/support_tickets/:id/messages',
    spec({
      tag,
      summary: 'Add a message: an operator reply (e-mailed unless internal) or the customer’s',
      operationId: 'createSupportTicketMessage',
      params: idParams,
      body: s.createMessageBody,
      response: ref('SupportTicketMessage'),
    }),
    mutation(ctx, (tx, actor, req) => flows.postMessage(tx, actor, id(req), req.body as flows.PostMessageInput)),
  );
  app.get(
    '/v1/support_tickets/:id/messages',
    spec({
      tag,
      summary: 'List the messages of a ticket, oldest first',
      operationId: 'listSupportTicketMessages',
      params: idParams,
      querystring: s.listMessagesQuery,
      response: listOf('SupportTicketMessage'),
    }),
    (req) => flows.listTicketMessages(ctx, req.account.accountId, id(req), req.query as object),
  );
}

function settingsRoutes(app: FastifyInstance, ctx: AppContext, tag: string): void {
  app.get(
    '/v1/support_settings',
    spec({
      tag,
      summary: 'Support settings: priority rules, targets, reply domain, inbound mail',
      operationId: 'getSupportSettings',
      response: ref('SupportSettings'),
    }),
    (req) => support.getSupportSettings(ctx, req.account.accountId),
  );
  app.post(
    '/v1/support_settings',
    spec({
      tag,
      summary: 'Set the priority rules (tried in order), targets per priority and the reply domain',
      operationId: 'updateSupportSettings',
      body: s.updateSupportSettingsBody,
      response: ref('SupportSettings'),
    }),
    mutation(ctx, (tx, actor, req) =>
      support.updateSupportSettings(tx, actor, req.body as support.SupportSettingsInput),
    ),
  );
}
