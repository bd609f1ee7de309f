import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import { toDate } from '../../../kernel/clock.ts';
import { type EngagementEventInput, recordEngagementEvents } from '../../../modules/engagement/index.ts';
import { markSegmentsStale } from '../../../modules/segments/index.ts';
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
    mutation(ctx, async (tx, actor, req) => {
      const batch = await recordEngagementEvents(tx, actor, (req.body as { events: EngagementEventInput[] }).events);
      // segments reading engagement are re-evaluated on the worker's next pass, not only at the hourly refresh
      if (batch.recorded > 0) await markSegmentsStale(tx, actor.accountId, toDate(tx.clock.now()));
      return batch;
    }),
  );
}
