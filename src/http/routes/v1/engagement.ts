import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import { type EngagementEventInput, recordEngagementEvents } from '../../../modules/engagement/index.ts';
import { ref } from '../../schemas/common.ts';
import { engagementBatchBody } from '../../schemas/engagement.ts';
import { mutation, spec } from './route-kit.ts';

export function engagementRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/v1/engagement_events',
    {
      ...spec({
        tag: 'Engagement',
        summary: 'Record a batch of engagement events (up to 10,000; event ids make replays count once)',
        operationId: 'createEngagementEvents',
        body: engagementBatchBody,
        response: ref('EngagementEventBatch'),
      }),
      // 10,000 viewing events are about 3 MB of JSON; other routes keep the 1 MiB default.
      bodyLimit: 16 * 1024 * 1024,
    },
    mutation(ctx, (tx, actor, req) =>
      recordEngagementEvents(tx, actor, (req.body as { events: EngagementEventInput[] }).events),
    ),
  );
}
