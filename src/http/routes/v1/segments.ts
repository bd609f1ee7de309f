import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import {
  createSegment,
  findPersonas,
  getSegment,
  listSegmentMembers,
  PERSONA_FEATURES,
  previewSegment,
  rfmReport,
  segmentMembersCsv,
} from '../../../modules/segments/index.ts';
import { jsonOrCsv } from '../../schemas/analytics.ts';
import { idParams, listOf, ref } from '../../schemas/common.ts';
import { createSegmentBody, membersQuery, personasBody, previewSegmentBody, rfmQuery } from '../../schemas/segments.ts';
import { type IdParams, mutation, spec } from './route-kit.ts';

export function segmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Segments';
  app.post(
    '/v1/segments/preview',
    spec({
      tag,
      summary: 'Count the customers a rule selects, without saving it',
      operationId: 'previewSegment',
      body: previewSegmentBody,
      response: ref('SegmentPreview'),
    }),
    (req) => previewSegment(ctx, req.account.accountId, req.body as { rule: unknown }),
  );
  app.post(
    '/v1/segments',
    spec({
      tag,
      summary: 'Save a rule segment',
      operationId: 'createSegment',
      body: createSegmentBody,
      response: ref('Segment'),
    }),
    mutation(ctx, (tx, actor, req) => createSegment(tx, actor, req.body as { name: string; rule: unknown })),
  );
  app.get(
    '/v1/segments/:id',
    spec({
      tag,
      summary: 'Retrieve a segment and its member count',
      operationId: 'getSegment',
      params: idParams,
      response: ref('Segment'),
    }),
    (req) => getSegment(ctx, req.account.accountId, (req.params as IdParams).id),
  );
  app.get(
    '/v1/segments/:id/members',
    spec({
      tag,
      summary: 'List the customers in a segment now, in customer-id order',
      operationId: 'listSegmentMembers',
      params: idParams,
      querystring: membersQuery,
      response: jsonOrCsv(listOf('SegmentMember'), 'A page of members, or all of them as CSV with format=csv'),
    }),
    async (req, reply) => {
      const { id } = req.params as IdParams;
      const q = req.query as { limit?: number; starting_after?: string; format?: 'json' | 'csv' };
      if (q.format === 'csv')
        return reply.type('text/csv; charset=utf-8').send(await segmentMembersCsv(ctx, req.account.accountId, id));
      return listSegmentMembers(ctx, req.account.accountId, id, q);
    },
  );
  app.get(
    '/v1/rfm',
    spec({
      tag,
      summary: 'RFM scores and segments of every customer, from payments or from engagement',
      operationId: 'getRfmReport',
      querystring: rfmQuery,
      response: ref('RfmReport'),
    }),
    (req) => rfmReport(ctx, req.account.accountId, req.query as { source?: 'payments' | 'engagement'; limit?: number }),
  );
  app.post(
    '/v1/personas',
    spec({
      tag,
      summary: 'Cluster customers by k-means (k-means++, seeded) on standardized features; k by silhouette if omitted',
      operationId: 'findPersonas',
      body: personasBody(PERSONA_FEATURES),
      response: ref('Personas'),
    }),
    (req) => findPersonas(ctx, req.account.accountId, req.body as { features: string[]; k?: number; seed?: number }),
  );
}
