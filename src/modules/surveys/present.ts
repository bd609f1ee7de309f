import type { surveyRequests, surveys } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';

export type SurveyRow = typeof surveys.$inferSelect;
export type SurveyRequestRow = typeof surveyRequests.$inferSelect;

export function presentSurvey(row: SurveyRow) {
  return {
    id: row.id,
    object: 'survey' as const,
    created: toUnix(row.created),
    name: row.name,
    kind: row.kind,
    question: row.question,
    options: row.options,
    attribute: row.attribute,
    throttle_days: row.throttleDays,
    active: row.active,
    metadata: row.metadata,
  };
}

/** A survey sent to one customer; `score`, `comment` and `answered_at` stay null until they answer. */
export function presentSurveyRequest(row: SurveyRequestRow) {
  return {
    id: row.id,
    object: 'survey_request' as const,
    created: toUnix(row.created),
    survey: row.surveyId,
    kind: row.kind,
    customer: row.customerId,
    prices: row.prices,
    score: row.score,
    answer: row.answer,
    comment: row.comment,
    answered_at: row.answeredAt ? toUnix(row.answeredAt) : null,
  };
}
