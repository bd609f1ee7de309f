import { type Schema, str } from './common.ts';

export const exchangeRateSchema: Schema = {
  $id: 'ExchangeRate',
  type: 'object',
  description:
    'One unit of `currency` is worth `rate` units of `quote_currency` from `date` (a UTC day) until a later rate.',
  properties: {
    id: str({ description: 'The rate’s natural key: xr_<currency>_<quote_currency>_<date>' }),
    object: { type: 'string', const: 'exchange_rate' },
    currency: str(),
    quote_currency: str(),
    date: str({ format: 'date' }),
    rate: str({ description: 'Decimal string' }),
  },
  required: ['id', 'object'],
};

// Report answers of /v1/metrics/*, field for field as the analytics module builds them.
const int = (description?: string): Schema => ({ type: 'integer', ...(description && { description }) });
const rate = (description: string): Schema => ({ type: ['number', 'null'], description });
const obj = (properties: Record<string, Schema>, extra: Schema = {}): Schema => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  ...extra,
});
const arrayOf = (items: Schema): Schema => ({ type: 'array', items });
const constant = (value: string): Schema => ({ type: 'string', const: value });
const window = {
  start: int('Unix seconds'),
  end: int('Unix seconds'),
  complete_through: int(
    'Unix seconds up to which every MRR movement is recorded (live customers in real time, test-clock customers in ' +
      'their clock time; the earliest of them): figures after it may still change',
  ),
};

const movementTotals = {
  new_business: int(),
  expansion: int(),
  contraction: int(),
  churn: int(),
  reactivation: int(),
};
const bucket = obj({
  start: int('Unix seconds'),
  end: int('Unix seconds'),
  start_mrr: int(),
  ...movementTotals,
  end_mrr: int(),
  mrr: int(),
  arr: int(),
  customers_start: int(),
  customers_new: int(),
  customers_reactivated: int(),
  customers_churned: int(),
  customers_end: int(),
});
const breakdownOf = (item: Record<string, Schema>): Schema =>
  obj({ by: str(), groups: arrayOf(obj({ value: { type: ['string', 'null'] }, ...item })) });

export const mrrSeriesSchema: Schema = obj(
  {
    object: constant('mrr_series'),
    ...window,
    interval: str({ enum: ['day', 'week', 'month'] }),
    currency: { type: ['string', 'null'] },
    data: arrayOf(bucket),
    breakdown: breakdownOf({ data: arrayOf(bucket) }),
  },
  { required: ['object', 'start', 'end', 'complete_through', 'interval', 'currency', 'data'] },
);

const summaryFigures = {
  mrr: int(),
  arr: int(),
  customers: int(),
  arpa: { type: ['integer', 'number', 'null'], description: 'Minor units; null without customers' },
  customer_churn_rate: rate('Fraction of customers at the start who churned; joiners excluded'),
  gross_mrr_churn_rate: rate('(churn + contraction) ÷ start MRR'),
  net_mrr_churn_rate: rate('(churn + contraction − expansion − reactivation) ÷ start MRR'),
  net_revenue_retention: rate('NRR'),
  gross_revenue_retention: rate('GRR'),
  ltv: { type: ['integer', 'number', 'null'], description: 'ARPA ÷ customer churn rate, minor units' },
  quick_ratio: rate('(new + expansion + reactivation) ÷ |churn + contraction|'),
  movements: obj(movementTotals),
};
export const metricsSummarySchema: Schema = obj(
  {
    object: constant('metrics_summary'),
    ...window,
    currency: { type: ['string', 'null'] },
    ...summaryFigures,
    breakdown: breakdownOf(summaryFigures),
  },
  { required: ['object', 'start', 'end', 'complete_through', 'currency', ...Object.keys(summaryFigures)] },
);

export const movementListSchema: Schema = obj({
  object: constant('list'),
  complete_through: window.complete_through,
  url: str(),
  has_more: { type: 'boolean' },
  data: arrayOf(
    obj({
      object: constant('mrr_movement'),
      id: str({ description: 'The event the movement was recorded from' }),
      customer: str(),
      date: int('Unix seconds (the movement’s day)'),
      type: str({ enum: ['new', 'expansion', 'contraction', 'churn', 'reactivation'] }),
      amount: int('Signed minor units'),
      currency: str(),
      mrr_after: int('The customer’s MRR after the movement'),
    }),
  ),
});

const numbers = arrayOf({ type: 'number' });
export const cohortMatrixSchema: Schema = obj({
  object: constant('cohort_matrix'),
  kind: str({ enum: ['customer', 'mrr'] }),
  interval: constant('month'),
  ...window,
  time_zone: str(),
  data: arrayOf(
    obj(
      {
        object: constant('cohort'),
        cohort: str({ description: 'YYYY-MM of first payment' }),
        customers: int(),
        value: int('kind=mrr: the cohort’s New Business MRR (the 100 % line)'),
        retained: numbers,
        mrr: numbers,
        rate: numbers,
      },
      { required: ['object', 'cohort', 'customers', 'rate'] },
    ),
  ),
});

export const trialConversionSchema: Schema = obj({
  object: constant('trial_conversion'),
  ...window,
  started: int(),
  ended: int(),
  converted: int(),
  canceled: int(),
  unpaid: int(),
  still_trialing: int(),
  conversion_rate: rate('converted ÷ ended'),
  data: arrayOf(
    obj({
      object: constant('trial'),
      id: str({ description: 'The subscription' }),
      customer: str(),
      trial_start: int('Unix seconds'),
      trial_end: { type: ['integer', 'null'] },
      outcome: str({ enum: ['trialing', 'converted', 'canceled', 'unpaid'] }),
      converted_at: { type: ['integer', 'null'] },
    }),
  ),
});

const dunningAmounts = obj({
  currency: str(),
  entered: int(),
  recovered: int(),
  lost: int(),
  in_dunning: int(),
});
export const dunningRecoverySchema: Schema = obj({
  object: constant('dunning_recovery'),
  ...window,
  entered: int(),
  recovered: int(),
  lost: int(),
  in_dunning: int(),
  recovery_rate: rate('recovered ÷ (recovered + lost)'),
  amounts: arrayOf(dunningAmounts),
  data: arrayOf(
    obj({
      object: constant('dunning_invoice'),
      id: str({ description: 'The invoice' }),
      customer: str(),
      currency: str(),
      amount_due: int(),
      failed_at: int('Unix seconds of the first failed automatic charge'),
      outcome: str({ enum: ['recovered', 'lost', 'in_dunning'] }),
      paid_at: { type: ['integer', 'null'] },
      lost_at: { type: ['integer', 'null'] },
    }),
  ),
});

/** A report that is JSON by default and CSV with `format=csv`. */
export const jsonOrCsv = (schema: Schema, description: string): Schema => ({
  description,
  content: { 'application/json': { schema }, 'text/csv': { schema: { type: 'string' } } },
});
