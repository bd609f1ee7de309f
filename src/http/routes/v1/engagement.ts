import type { FastifyInstance } from 'fastify';
import type { Actor, AppContext } from '../../../context.ts';
import { toDate } from '../../../kernel/clock.ts';
import { invalid } from '../../../kernel/errors.ts';
import {
  type EngagementEventInput,
  ImportLineError,
  parseCsv,
  parseNdjson,
  recordEngagementEvents,
} from '../../../modules/engagement/index.ts';
import { markSegmentsStale } from '../../../modules/segments/index.ts';
import { ref } from '../../schemas/common.ts';
import { engagementBatchBody, engagementImportBody } from '../../schemas/engagement.ts';
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
    mutation(ctx, (tx, actor, req) => recordBatch(tx, actor, (req.body as { events: EngagementEventInput[] }).events)),
  );
  importRoute(app, ctx);
}

async function recordBatch(tx: AppContext, actor: Actor, events: readonly EngagementEventInput[]) {
  const batch = await recordEngagementEvents(tx, actor, events);
  // segments reading engagement are re-evaluated on the worker's next pass, not only at the hourly refresh
  if (batch.recorded > 0) await markSegmentsStale(tx, actor.accountId, toDate(tx.clock.now()));
  return batch;
}

const IMPORT_LIMIT = 64 * 1024 * 1024;
const CHUNK = 10_000;

/** A parser whose line error becomes a 400 naming the line (`line[N]`). */
const parsing =
  (parse: (text: string) => unknown[]) =>
  (_req: unknown, body: string, done: (e: Error | null, v?: unknown) => void) => {
    try {
      done(null, parse(body));
    } catch (error) {
      if (!(error instanceof ImportLineError)) return done(error as Error);
      done(invalid('parameter_invalid', error.message, `line[${error.line}]`));
    }
  };

/**
 * History imports as NDJSON or CSV, in its own scope so only this route takes those types. Recorded in chunks of
 * the JSON batch's size, in one transaction; event ids make a re-run of the same file count once.
 */
function importRoute(app: FastifyInstance, ctx: AppContext): void {
  app.register(async (scope) => {
    const options = { parseAs: 'string' as const, bodyLimit: IMPORT_LIMIT };
    scope.addContentTypeParser('application/x-ndjson', options, parsing(parseNdjson));
    scope.addContentTypeParser('text/csv', options, parsing(parseCsv));
    const route = spec({
      tag: 'Engagement',
      summary: 'Import engagement history as NDJSON or CSV (idempotent by event id)',
      operationId: 'importEngagementEvents',
      body: engagementImportBody,
      response: ref('EngagementEventBatch'),
    });
    scope.post(
      '/v1/engagement_events/import',
      {
        ...route,
        schema: { ...route.schema, consumes: ['application/x-ndjson', 'text/csv'] },
        bodyLimit: IMPORT_LIMIT,
      },
      mutation(ctx, async (tx, actor, req) => {
        const events = req.body as EngagementEventInput[];
        const total = { object: 'engagement_event_batch' as const, received: 0, recorded: 0, duplicates: 0 };
        for (let i = 0; i < events.length; i += CHUNK) {
          const batch = await recordBatch(tx, actor, events.slice(i, i + CHUNK));
          total.received += batch.received;
          total.recorded += batch.recorded;
          total.duplicates += batch.duplicates;
        }
        return total;
      }),
    );
  });
}
