import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import {
  type CohortQuery,
  cohortCsv,
  cohortReport,
  dunningReport,
  trialReport,
  withCompleteThrough,
} from '../../../modules/analytics/index.ts';
import {
  cohortMatrixSchema,
  dunningRecoverySchema,
  jsonOrCsv,
  trialConversionSchema,
} from '../../schemas/analytics.ts';
import { str, strictObject, unixTime } from '../../schemas/common.ts';
import { spec } from './route-kit.ts';

const range = { start: unixTime, end: unixTime };

/** /v1/metrics cohorts, trial conversion and dunning recovery: each figure follows the definition in its description. */
export function analyticsReportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Metrics';
  app.get(
    '/v1/metrics/cohorts',
    spec({
      tag,
      summary: 'Customer or MRR cohort retention matrix',
      description:
        'Customers are grouped by the calendar month (account time zone) of their first `new` MRR movement; cohorts ' +
        'whose month falls in [start, end) are returned (default: the last 365 days), with column k = k whole months ' +
        'later, up to the month of `end`. `kind=customer` (default): `retained[k]` = cohort customers not yet churned ' +
        'at the end of month k (the first churn counts; reactivation does not bring a customer back). `kind=mrr`: ' +
        '`mrr[k]` = the cohort’s MRR at the end of month k, `value` = its New Business MRR, so expansion and ' +
        'reactivation raise it. `rate[k]` is the fraction of `customers` or `value`. `format=csv` returns ' +
        'cohort,customers[,value],month_0…,rate_0…; amounts are minor units.',
      operationId: 'getCohortMatrix',
      querystring: strictObject({
        ...range,
        kind: str({ enum: ['customer', 'mrr'] }),
        interval: str({ enum: ['month'] }),
        format: str({ enum: ['json', 'csv'] }),
      }),
      response: jsonOrCsv(cohortMatrixSchema, 'The matrix, or CSV with format=csv'),
    }),
    async (req, reply) => {
      const q = req.query as CohortQuery & { format?: string };
      if (q.format === 'csv')
        return reply.type('text/csv; charset=utf-8').send(await cohortCsv(ctx, req.account.accountId, q));
      return withCompleteThrough(ctx, req.account.accountId, () => cohortReport(ctx, req.account.accountId, q));
    },
  );
  app.get(
    '/v1/metrics/trials',
    spec({
      tag,
      summary: 'Trial conversion over a range',
      description:
        'Judged as of `end` (default: now; start defaults to 30 days before). `started`: trials whose trial_start is ' +
        'in [start, end). A trial ends at trial_end, or earlier when canceled during it; `ended`: trials that ended ' +
        'in the range. Of those, `converted`: the subscription has a paid invoice with a non-zero total by `end` ' +
        '(the customer became paying); `canceled`: canceled or expired by `end` without paying; `unpaid`: neither ' +
        '(first invoice still in dunning, trial paused for want of a payment method). `still_trialing`: trials ' +
        'started before `end` and not ended by it. `conversion_rate` = converted ÷ ended (a fraction; null when no ' +
        'trial ended). `data` lists each trial and its outcome.',
      operationId: 'getTrialConversion',
      querystring: strictObject(range),
      response: trialConversionSchema,
    }),
    (req) =>
      withCompleteThrough(ctx, req.account.accountId, () =>
        trialReport(ctx, req.account.accountId, req.query as { start?: number; end?: number }),
      ),
  );
  app.get(
    '/v1/metrics/dunning',
    spec({
      tag,
      summary: 'Dunning recovery rate over a range',
      description:
        'Judged as of `end` (default: now; start defaults to 30 days before). `entered`: automatically charged ' +
        'invoices whose first failed payment attempt is in [start, end). `recovered`: paid by `end`; `lost`: not ' +
        'paid and, by `end`, voided, marked uncollectible or whose subscription dunning canceled; `in_dunning`: ' +
        'neither yet. `recovery_rate` = recovered ÷ (recovered + lost) (a fraction; null when none settled). ' +
        '`amounts`: the invoices’ amount due per currency, in minor units. `data` lists each invoice and its outcome.',
      operationId: 'getDunningRecovery',
      querystring: strictObject(range),
      response: dunningRecoverySchema,
    }),
    (req) =>
      withCompleteThrough(ctx, req.account.accountId, () =>
        dunningReport(ctx, req.account.accountId, req.query as { start?: number; end?: number }),
      ),
  );
}
