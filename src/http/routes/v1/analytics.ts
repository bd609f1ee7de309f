import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import { listMovements, metricsSummary, mrrSeriesReport, seriesCsv } from '../../../modules/analytics/index.ts';
import { int, str, strictObject } from '../../schemas/common.ts';
import { spec } from './route-kit.ts';

type MetricsQuery = {
  start?: number;
  end?: number;
  interval?: 'day' | 'week' | 'month';
  format?: string;
  limit?: number;
};

const range = { start: int({ minimum: 0 }), end: int({ minimum: 0 }) };
const anyObject = { type: 'object', additionalProperties: true };

/** /v1/metrics: MRR series, summary and movements, read from the stored MRR movements. */
export function analyticsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Metrics';
  app.get(
    '/v1/metrics/mrr',
    spec({
      tag,
      summary: 'MRR, ARR and movements per interval',
      description: '`format=csv` returns the series as CSV. Amounts are minor units; start defaults to 30 days ago.',
      operationId: 'getMrrSeries',
      querystring: strictObject({
        ...range,
        interval: str({ enum: ['day', 'week', 'month'] }),
        format: str({ enum: ['json', 'csv'] }),
      }),
      response: anyObject,
    }),
    async (req, reply) => {
      const q = req.query as MetricsQuery;
      if (q.format === 'csv')
        return reply.type('text/csv; charset=utf-8').send(await seriesCsv(ctx, req.account.accountId, q));
      return mrrSeriesReport(ctx, req.account.accountId, q);
    },
  );
  app.get(
    '/v1/metrics/summary',
    spec({
      tag,
      summary: 'Customers, ARPA, churn rates, retention, LTV and quick ratio over a range',
      operationId: 'getMetricsSummary',
      querystring: strictObject(range),
      response: anyObject,
    }),
    (req) => metricsSummary(ctx, req.account.accountId, req.query as MetricsQuery),
  );
  app.get(
    '/v1/metrics/movements',
    spec({
      tag,
      summary: 'List MRR movements',
      operationId: 'listMrrMovements',
      querystring: strictObject({ ...range, limit: int({ minimum: 1, maximum: 100 }) }),
      response: anyObject,
    }),
    (req) => listMovements(ctx, req.account.accountId, req.query as MetricsQuery),
  );
}
