import { index, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdColumn, idText, metadata, money, tenantColumns } from './columns.ts';

export type ExperimentVariant = { key: string; weight: number };
export type ExperimentStatus = 'running' | 'stopped';
/**
 * What counts as success: `conversion` is recorded through the API; `churned` (a cancellation requested or taking
 * effect within `days` of the exposure) and `revenue` (paid invoices in `currency` within `days`) are read from billing.
 */
export type ExperimentGoal =
  | { type: 'conversion' }
  | { type: 'churned'; days: number }
  | { type: 'revenue'; days: number; currency: string };

/** An A/B/n test: customers are assigned by hashing their id with `key`; the first variant is the control. */
export const experiments = pgTable(
  'experiments',
  {
    ...tenantColumns(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    variants: jsonb('variants').$type<ExperimentVariant[]>().notNull(),
    goal: jsonb('goal').$type<ExperimentGoal>().notNull().default({ type: 'conversion' }),
    status: text('status').$type<ExperimentStatus>().notNull().default('running'),
    /** Once stopped with a winner, every customer gets it (the roll-out) and no exposure is recorded. */
    winner: text('winner'),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] }), uniqueIndex('experiments_key').on(t.accountId, t.key)],
);

/** The first time a customer saw their variant: recorded once per experiment and customer. */
export const experimentExposures = pgTable(
  'experiment_exposures',
  {
    ...tenantColumns(),
    experimentId: idText('experiment_id').notNull(),
    customerId: idText('customer_id').notNull(),
    variant: text('variant').notNull(),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    uniqueIndex('experiment_exposures_once').on(t.accountId, t.experimentId, t.customerId),
  ],
);

/** A goal reached by an exposed customer, with an optional value (e.g. revenue in minor units). */
export const experimentConversions = pgTable(
  'experiment_conversions',
  {
    ...tenantColumns(),
    experimentId: idText('experiment_id').notNull(),
    customerId: idText('customer_id').notNull(),
    value: money('value').notNull(),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('experiment_conversions_experiment').on(t.accountId, t.experimentId, t.customerId),
  ],
);
