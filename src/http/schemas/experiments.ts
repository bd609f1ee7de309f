import {
  arrayOf,
  bool,
  int,
  listQuery,
  metadataIn,
  metadataOut,
  nullable,
  resource,
  type Schema,
  str,
  strictObject,
} from './common.ts';

const variant = strictObject(
  {
    key: str({ minLength: 1, maxLength: 64 }),
    weight: { type: 'number', minimum: 0, maximum: 1_000_000 },
  },
  ['key', 'weight'],
);
const num = { type: 'number' };
const goalOut = {
  type: 'object',
  properties: { type: str({ enum: ['conversion', 'churned', 'revenue'] }), days: int(), currency: str() },
};
const goalIn = {
  description:
    'conversion: recorded with POST …/conversions; churned: canceled within `days` of the exposure; revenue: paid invoices in `currency` within `days`',
  oneOf: [
    strictObject({ type: { type: 'string', const: 'conversion' } }, ['type']),
    strictObject({ type: { type: 'string', const: 'churned' }, days: int({ minimum: 1, maximum: 730 }) }, [
      'type',
      'days',
    ]),
    strictObject(
      {
        type: { type: 'string', const: 'revenue' },
        days: int({ minimum: 1, maximum: 730 }),
        currency: str({ pattern: '^[A-Za-z]{3}$' }),
      },
      ['type', 'days', 'currency'],
    ),
  ],
};
const interval = { type: 'object', properties: { lower: num, upper: num } };
const comparison = {
  type: ['object', 'null'],
  properties: {
    control: num,
    treatment: num,
    absolute_lift: num,
    absolute_ci: interval,
    relative_lift: nullable(num),
    relative_ci: { type: ['object', 'null'], properties: interval.properties },
    statistic: num,
    p_value: num,
    significant: bool(),
    df: num,
    sequential_ci: interval,
  },
};

export const experimentSchema = resource(
  'Experiment',
  'experiment',
  {
    key: str({ description: 'Hashed with the customer id to assign a variant' }),
    name: str(),
    variants: arrayOf({ type: 'object', properties: { key: str(), weight: num } }),
    goal: goalOut,
    status: str({ enum: ['running', 'stopped'] }),
    winner: nullable(str()),
    metadata: metadataOut,
  },
  'An A/B/n experiment; the first variant is the control.',
);

export const experimentAssignmentSchema: Schema = {
  $id: 'ExperimentAssignment',
  type: 'object',
  properties: {
    object: { type: 'string', const: 'experiment_assignment' },
    experiment: str(),
    customer: str(),
    variant: str(),
    exposure: {
      type: ['object', 'null'],
      properties: { id: str(), object: str(), created: int(), experiment: str(), customer: str(), variant: str() },
    },
  },
};

export const experimentConversionSchema = resource(
  'ExperimentConversion',
  'experiment_conversion',
  { experiment: str(), customer: str(), variant: str(), value: int() },
  'A goal reached by an exposed customer.',
);

export const experimentResultsSchema: Schema = {
  $id: 'ExperimentResults',
  type: 'object',
  properties: {
    object: { type: 'string', const: 'experiment_results' },
    experiment: str(),
    status: str(),
    goal: goalOut,
    control: str(),
    variants: arrayOf({
      type: 'object',
      properties: {
        key: str(),
        weight: num,
        exposures: int(),
        conversions: int(),
        conversion_rate: nullable(num),
        value_mean: nullable(num),
        value_sd: nullable(num),
      },
    }),
    comparisons: arrayOf({ type: 'object', properties: { variant: str(), rate: comparison, value: comparison } }),
    srm: { type: 'object', properties: { chi_square: num, p_value: num, mismatch: bool() } },
  },
};

export const experimentSchemas = [
  experimentSchema,
  experimentAssignmentSchema,
  experimentConversionSchema,
  experimentResultsSchema,
];

export const createExperimentBody = strictObject(
  {
    key: str({ minLength: 1, maxLength: 100 }),
    name: str({ minLength: 1, maxLength: 200 }),
    variants: arrayOf(variant, { minItems: 2, maxItems: 10 }),
    goal: goalIn,
    metadata: metadataIn,
  },
  ['key', 'name', 'variants'],
);

export const assignBody = strictObject({ customer: str({ maxLength: 255 }) }, ['customer']);

export const conversionBody = strictObject(
  {
    customer: str({ maxLength: 255 }),
    value: int({ minimum: 0, description: 'e.g. revenue in minor units; 0 counts only the conversion' }),
  },
  ['customer'],
);

export const stopBody = strictObject({ winner: str({ description: 'The variant to roll out to everyone' }) });

export const listExperimentsQuery = strictObject(listQuery);

export const resultsQuery = strictObject({
  sequential: bool({ description: "GrowthBook's sequential mode: intervals valid under continuous peeking" }),
  tuning: int({ minimum: 100, maximum: 10_000_000, description: 'Sample size where the sequence is tightest (5000)' }),
});
