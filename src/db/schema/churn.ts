import { doublePrecision, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { idText, instant } from './columns.ts';

/**
 * Per account, when the churn model is next trained and how the last training went. Training is its own due work
 * (weekly), leased through `due_at` so a long training never holds a lock or delays renewals.
 */
export const churnTrainings = pgTable(
  'churn_trainings',
  {
    accountId: idText('account_id').primaryKey(),
    dueAt: instant('due_at').notNull(),
    trainedAt: instant('trained_at'),
    /** Snapshot counts, the validation window and both models' metrics; `skipped` says why when history was short. */
    report: jsonb('report').$type<Record<string, unknown>>(),
  },
  (t) => [index('churn_trainings_due').on(t.dueAt)],
);

export type ChurnReasonRow = { feature: string; text: string; contribution: number };

/** The latest churn risk of each paying customer, replaced by each training. */
export const churnScores = pgTable(
  'churn_scores',
  {
    accountId: idText('account_id').notNull(),
    customerId: idText('customer_id').notNull(),
    scoredAt: instant('scored_at').notNull(),
    probability: doublePrecision('probability').notNull(),
    score: integer('score').notNull(),
    band: text('band').$type<'high' | 'medium' | 'low'>().notNull(),
    reasons: jsonb('reasons').$type<ChurnReasonRow[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.customerId] }), index('churn_scores_band').on(t.accountId, t.band)],
);
