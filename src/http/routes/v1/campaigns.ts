import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import { toDate } from '../../../kernel/clock.ts';
import { invalid } from '../../../kernel/errors.ts';
import * as campaigns from '../../../modules/campaigns/index.ts';
import * as s from '../../schemas/campaigns.ts';
import { idParams, listOf, ref, str, strictObject } from '../../schemas/common.ts';
import { type IdParams, mutation, spec } from './route-kit.ts';

export function campaignRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Campaigns';
  const id = (req: { params: unknown }) => (req.params as IdParams).id;
  app.post(
    '/v1/campaigns',
    spec({
      tag,
      summary: 'Create a campaign (a draft)',
      operationId: 'createCampaign',
      body: s.createCampaignBody,
      response: ref('Campaign'),
    }),
    mutation(ctx, (tx, actor, req) => campaigns.createCampaign(tx, actor, req.body as campaigns.CampaignInput)),
  );
  app.get(
    '/v1/campaigns',
    spec({
      tag,
      summary: 'List campaigns with their progress',
      operationId: 'listCampaigns',
      querystring: s.listCampaignsQuery,
      response: listOf('Campaign'),
    }),
    (req) => campaigns.listCampaigns(ctx, req.account.accountId, req.query as never),
  );
  app.get(
    '/v1/campaigns/:id',
    spec({
      tag,
      summary: 'Retrieve a campaign: status, sent of total, clicks, conversions',
      operationId: 'getCampaign',
      params: idParams,
      response: ref('Campaign'),
    }),
    (req) => campaigns.getCampaign(ctx, req.account.accountId, id(req)),
  );
  app.post(
    '/v1/campaigns/:id/send',
    spec({
      tag,
      summary: "Start sending: the segment's members now are the recipients, e-mailed at rate_per_minute",
      operationId: 'sendCampaign',
      params: idParams,
      response: ref('Campaign'),
    }),
    mutation(ctx, (tx, actor, req) => campaigns.sendCampaign(tx, actor, id(req))),
  );
  clickRoutes(app, ctx);
}

/** Tracked links: the signed token is the credential; the click is counted and the reader redirected (302). */
function clickRoutes(app: FastifyInstance, ctx: AppContext): void {
  const params = strictObject({ token: str({ maxLength: 300 }) }, ['token']);
  app.get('/r/:token', { schema: { hide: true, params } }, async (req, reply) => {
    const token = (req.params as { token: string }).token;
    const target = await ctx.db.transaction((db) => campaigns.recordClick(db, token, toDate(ctx.clock.now())));
    if (!target) throw invalid('campaign_link_invalid', 'This link is not valid', 'token');
    return reply.redirect(target, 302);
  });
}
