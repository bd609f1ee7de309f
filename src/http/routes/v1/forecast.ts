import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import { mrrForecast } from '../../../modules/lifetime/index.ts';
import { arrayOf, int, ref, type Schema, str, strictObject } from '../../schemas/common.ts';
import { spec } from './route-kit.ts';

const forecastQuery = strictObject({
  months: int({ minimum: 1, maximum: 36, default: 12 }),
  currency: str({ pattern: '^[A-Za-z]{3}$' }),
  discount_rate: {
    type: 'number',
    minimum: 0,
    maximum: 1,
    description: 'Per month, for lifetime value (default 0.01)',
  },
});

const num = { type: 'number' };
export const mrrForecastSchema: Schema = {
  $id: 'MrrForecast',
  type: 'object',
  description:
    'Monthly subscriptions only; retention is the shifted-beta-geometric model (Fader & Hardie) fitted to the ' +
    'account’s signup cohorts; MRR is list price × quantity of licensed items',
  properties: {
    object: { type: 'string', const: 'mrr_forecast' },
    as_of: int(),
    currency: { type: ['string', 'null'] },
    retention: { type: 'object', properties: { alpha: num, beta: num, cohorts: int(), subscriptions: int() } },
    trial_conversion: num,
    current_mrr: int(),
    lifetime_value: {
      type: 'object',
      properties: { discount_rate: num, expected_residual_months: num, new_subscriber: int() },
    },
    data: arrayOf({
      type: 'object',
      properties: { month: int(), mrr: int(), retained: int(), scheduled: int(), trials: int() },
    }),
  },
};

export function forecastRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/v1/forecast/mrr',
    spec({
      tag: 'Analytics',
      summary: 'Forecast MRR month by month from fitted retention, scheduled cancellations and trials in flight',
      operationId: 'getMrrForecast',
      querystring: forecastQuery,
      response: ref('MrrForecast'),
    }),
    (req) =>
      mrrForecast(
        ctx,
        req.account.accountId,
        req.query as { months?: number; currency?: string; discount_rate?: number },
      ),
  );
}
