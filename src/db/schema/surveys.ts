import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { createdColumn, idText, instant, metadata, tenantColumns, testClockColumn } from './columns.ts';

export type SurveyKind = 'nps' | 'csat' | 'choice';
/** Text in the survey's locales (`en` required; a customer in another locale reads `en`). */
export type LocalizedText = Record<string, string>;
/** A choice: the value stored (and copied to the profile attribute) and its label per locale. */
export type SurveyOption = { value: string; label: LocalizedText };

/** A one-question survey sent by e-mail: NPS (0–10) or CSAT (1–5), with an optional comment. */
export const surveys = pgTable(
  'surveys',
  {
    ...tenantColumns(),
    name: text('name').notNull(),
    kind: text('kind').$type<SurveyKind>().notNull(),
    /** choice: the question and its options (one click picks one). */
    question: jsonb('question').$type<LocalizedText>(),
    options: jsonb('options').$type<SurveyOption[]>(),
    /** choice: the customer attribute (a string attribute) the chosen value fills. */
    attribute: text('attribute'),
    /** A customer is surveyed (by any survey) at most once in this many days. */
    throttleDays: integer('throttle_days').notNull().default(30),
    active: boolean('active').notNull().default(true),
    metadata: metadata(),
    created: createdColumn(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.id] })],
);

/** One survey sent to one customer, and their answer once given (the response). */
export const surveyRequests = pgTable(
  'survey_requests',
  {
    ...tenantColumns(),
    surveyId: idText('survey_id').notNull(),
    kind: text('kind').$type<SurveyKind>().notNull(),
    customerId: idText('customer_id').notNull(),
    testClock: testClockColumn(),
    /** The customer's plans (price ids of live subscriptions) when surveyed, for NPS by plan. */
    prices: text('prices').array().notNull().default(sql`'{}'::text[]`),
    score: integer('score'),
    /** choice: the chosen option's value (score is its index). */
    answer: text('answer'),
    comment: text('comment'),
    answeredAt: instant('answered_at'),
    created: createdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.id] }),
    index('survey_requests_customer').on(t.accountId, t.customerId, t.created),
    index('survey_requests_survey_answered').on(t.accountId, t.surveyId, t.answeredAt),
  ],
);

/** The key that signs an account's one-click survey answer links, made on first use. */
export const surveySecrets = pgTable('survey_secrets', {
  accountId: idText('account_id').primaryKey(),
  secret: text('secret').notNull(),
});
