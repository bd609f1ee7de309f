import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import type { ListParams } from '../../../db/paginate.ts';
import { getEvent, listEvents } from '../../../events/index.ts';
import {
  advanceTestClock,
  createTestClock,
  deleteTestClock,
  getTestClock,
  listTestClocks,
} from '../../../modules/test-clocks/index.ts';
import type { Worker } from '../../../worker/index.ts';
import { deleted, idParams, listOf, listQuery, ref, strictObject } from '../../schemas/common.ts';
import { advanceTestClockBody, createTestClockBody, listEventsQuery } from '../../schemas/platform.ts';
import { type IdParams, mutation, spec } from './route-kit.ts';

export function testClockRoutes(app: FastifyInstance, ctx: AppContext, worker: Worker | undefined): void {
  testClockRoutesAt(app, ctx, worker, '/v1/test_clocks', '');
  // Stripe's own path, where its SDKs' testHelpers.testClocks look.
  testClockRoutesAt(app, ctx, worker, '/v1/test_helpers/test_clocks', 'AtStripePath');
}

function testClockRoutesAt(
  app: FastifyInstance,
  ctx: AppContext,
  worker: Worker | undefined,
  base: string,
  suffix: string,
) {
  const tag = 'Test clocks';
  app.post(
    base,
    spec({
      tag,
      summary: 'Create a test clock',
      operationId: `createTestClock${suffix}`,
      body: createTestClockBody,
      response: ref('TestClock'),
    }),
    mutation(ctx, (tx, actor, req) => createTestClock(tx, actor, req.body as { frozen_time: number; name?: string })),
  );
  app.get(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Retrieve a test clock',
      operationId: `getTestClock${suffix}`,
      params: idParams,
      response: ref('TestClock'),
    }),
    (req) => getTestClock(ctx, req.account.accountId, (req.params as IdParams).id),
  );
  app.get(
    base,
    spec({
      tag,
      summary: 'List test clocks',
      operationId: `listTestClocks${suffix}`,
      querystring: strictObject(listQuery),
      response: listOf('TestClock'),
    }),
    (req) => listTestClocks(ctx, req.account.accountId, req.query as ListParams),
  );
  app.delete(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Delete a test clock and the customers on it',
      operationId: `deleteTestClock${suffix}`,
      params: idParams,
      response: deleted('test_helpers.test_clock'),
    }),
    (req, reply) => mutation(ctx, (tx, actor) => deleteTestClock(tx, actor, (req.params as IdParams).id))(req, reply),
  );
  app.post(
    `${base}/:id/advance`,
    {
      ...spec({
        tag,
        summary: 'Advance a test clock',
        description:
          'Moves the clock forward; all work that falls due for its customers runs in order, then status becomes `ready`.',
        operationId: `advanceTestClock${suffix}`,
        params: idParams,
        body: advanceTestClockBody,
        response: ref('TestClock'),
      }),
      onResponse: async () => worker?.wake(),
    },
    mutation(ctx, (tx, actor, req) =>
      advanceTestClock(tx, actor, (req.params as IdParams).id, req.body as { frozen_time: number }),
    ),
  );
}

export function eventRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Events';
  app.get(
    '/v1/events',
    spec({
      tag,
      summary: 'List events, newest first',
      operationId: 'listEvents',
      querystring: listEventsQuery,
      response: listOf('Event'),
    }),
    (req) => listEvents(ctx, req.account.accountId, req.query as Parameters<typeof listEvents>[2]),
  );
  app.get(
    '/v1/events/:id',
    spec({ tag, summary: 'Retrieve an event', operationId: 'getEvent', params: idParams, response: ref('Event') }),
    (req) => getEvent(ctx, req.account.accountId, (req.params as IdParams).id),
  );
}
