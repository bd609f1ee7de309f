import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import {
  type ExchangeRateList,
  listExchangeRates,
  listMovements,
  metricsSummary,
  mrrSeriesReport,
  type MetricsQuery as SliceQuery,
  seriesCsv,
  setExchangeRate,
  withCompleteThrough,
} from '../../../modules/analytics/index.ts';
import { jsonOrCsv, metricsSummarySchema, movementListSchema, mrrSeriesSchema } from '../../schemas/analytics.ts';
import {
  currency,
  decimalString,
  int,
  listOf,
  listQuery,
  ref,
  str,
  strictObject,
  unixTime,
} from '../../schemas/common.ts';
import { mutation, spec } from './route-kit.ts';

type MetricsQuery = SliceQuery & { format?: string; limit?: number };

const range = { start: unixTime, end: unixTime };
/** Filters and breakdown of /v1/metrics/mrr and /summary (see modules/analytics/slice.ts). */
const slice = {
  plan: str({ description: 'Only this price (plan): movements of its MRR share, classified at the plan level' }),
  product: str({ description: 'Only this product (its prices together)' }),
  country: str({ pattern: '^[A-Za-z]{2}$', description: "The customer's address country at the movement" }),
  currency: { ...currency, description: 'Only movements in this currency (still reported in the reporting currency)' },
  attributes: {
    type: 'object',
    additionalProperties: str(),
    description: "attributes[key]=value: the customer's current custom attribute (one key)",
  },
  segment: str({ maxLength: 255, description: "Only the segment's members (as of its last refresh)" }),
  breakdown: str({
    pattern: '^(plan|product|country|currency|attributes\\.[A-Za-z0-9_-]+)$',
    description: 'plan | product | country | currency | attributes.KEY: adds `breakdown.groups`, one per value',
  }),
};
const pageQuery = listQuery;

/** /v1/metrics: MRR series, summary and movements, read from the stored MRR movements. */
export function analyticsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Metrics';
  app.get(
    '/v1/metrics/mrr',
    spec({
      tag,
      summary: 'MRR, ARR and movements per interval',
      description:
        '`format=csv` returns the series as CSV. Amounts are minor units of the reporting currency (movements in ' +
        "other currencies convert at their day's stored exchange rate); start defaults to 30 days ago.",
      operationId: 'getMrrSeries',
      querystring: strictObject({
        ...range,
        interval: str({ enum: ['day', 'week', 'month'] }),
        format: str({ enum: ['json', 'csv'] }),
        ...slice,
      }),
      response: jsonOrCsv(mrrSeriesSchema, 'The series, or CSV with format=csv'),
    }),
    async (req, reply) => {
      const q = req.query as MetricsQuery;
      if (q.format === 'csv')
        return reply.type('text/csv; charset=utf-8').send(await seriesCsv(ctx, req.account.accountId, q));
      return withCompleteThrough(ctx, req.account.accountId, () => mrrSeriesReport(ctx, req.account.accountId, q));
    },
  );
  app.get(
    '/v1/metrics/summary',
    spec({
      tag,
      summary: 'Customers, ARPA, churn rates, retention, LTV and quick ratio over a range',
      operationId: 'getMetricsSummary',
      querystring: strictObject({ ...range, ...slice }),
      response: metricsSummarySchema,
    }),
    (req) =>
      withCompleteThrough(ctx, req.account.accountId, () =>
        metricsSummary(ctx, req.account.accountId, req.query as MetricsQuery),
      ),
  );
  app.get(
    '/v1/metrics/movements',
    spec({
      tag,
      summary: 'List MRR movements',
      operationId: 'listMrrMovements',
      querystring: strictObject({ ...range, limit: int({ minimum: 1, maximum: 100 }) }),
      response: movementListSchema,
    }),
    (req) =>
      withCompleteThrough(ctx, req.account.accountId, () =>
        listMovements(ctx, req.account.accountId, req.query as MetricsQuery),
      ),
  );
  app.post(
    '/v1/exchange_rates',
    spec({
      tag,
      summary: 'Set an exchange rate',
      description:
        'One unit of `currency` is worth `rate` units of `quote_currency` from `date` (UTC day, YYYY-MM-DD) on, ' +
        'until a later rate; metrics convert each movement at the rate of its day (the inverse pair works too).',
      operationId: 'setExchangeRate',
      body: strictObject({ currency, quote_currency: currency, rate: decimalString, date: str({ format: 'date' }) }, [
        'currency',
        'quote_currency',
        'rate',
        'date',
      ]),
      response: ref('ExchangeRate'),
    }),
    mutation(ctx, (tx, actor, req) => setExchangeRate(tx.db, actor.accountId, req.body as never)),
  );
  app.get(
    '/v1/exchange_rates',
    spec({
      tag,
      summary: 'List exchange rates',
      description: 'By pair, then day (oldest first); filter by `currency` and `quote_currency`.',
      operationId: 'listExchangeRates',
      querystring: strictObject({ ...pageQuery, currency, quote_currency: currency }),
      response: listOf('ExchangeRate'),
    }),
    (req) => listExchangeRates(ctx.db, req.account.accountId, req.query as ExchangeRateList),
  );
}
