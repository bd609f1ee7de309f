/** Survey requests (one per customer surveyed) and their answers, the responses. */
import { and, desc, eq, gte, isNotNull, lt, type SQL } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor, AppContext } from '../../context.ts';
import { byId } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { surveyRequests } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { fromDate, toDate } from '../../kernel/clock.ts';
import { newId } from '../../kernel/ids.ts';
import { updateCustomer } from '../customers/index.ts';
import { answerPaths, verifyAnswerToken } from './answer-links.ts';
import { isValidScore, scoresOf } from './core/scores.ts';
import { presentSurveyRequest, type SurveyRequestRow, type SurveyRow } from './present.ts';
import { findSurvey } from './surveys.ts';

/** When the customer was last surveyed by any survey (the throttle counts every survey). */
export async function lastSurveyedAt(ctx: AppContext, accountId: string, customerId: string): Promise<Date | null> {
  const [row] = await ctx.db
    .select({ at: surveyRequests.created })
    .from(surveyRequests)
    .where(and(eq(surveyRequests.accountId, accountId), eq(surveyRequests.customerId, customerId)))
    .orderBy(desc(surveyRequests.created))
    .limit(1);
  return row?.at ?? null;
}

/**
 * Records the request and its `survey_request.created` event, which carries the signed answer paths: the notices
 * module turns that event into the e-mail in the customer's language.
 */
export async function recordSurveyRequest(
  ctx: AppContext,
  actor: Actor,
  survey: SurveyRow,
  customer: { id: string; testClock: string | null; prices: string[] },
  at: Temporal.Instant,
) {
  const [row] = await ctx.db
    .insert(surveyRequests)
    .values({
      accountId: actor.accountId,
      id: newId('srq'),
      surveyId: survey.id,
      kind: survey.kind,
      customerId: customer.id,
      testClock: customer.testClock,
      prices: customer.prices,
      created: toDate(at),
    })
    .returning();
  const object = presentSurveyRequest(row!);
  const paths = await answerPaths(ctx.db, actor.accountId, row!.id, scoresOf(survey.kind, survey.options?.length));
  const choice = survey.kind === 'choice' && { question: survey.question, options: survey.options };
  await recordEvent(ctx.db, actor, {
    type: 'survey_request.created',
    object: { ...object, ...choice, answer_paths: paths },
    at,
    testClock: customer.testClock,
  });
  return object;
}

/**
 * Records the answer a signed link stands for (a later click changes it; a comment is kept unless a new one is
 * given); null for a link that does not verify. A choice survey with an attribute copies the chosen value to the
 * customer's profile (psychographic data).
 */
export async function answerSurvey(
  ctx: AppContext,
  token: string,
  input: { comment?: string | undefined },
  at: (row: SurveyRequestRow) => Promise<Date>,
) {
  const db = ctx.db;
  const verified = await verifyAnswerToken(db, token);
  if (!verified) return null;
  const [row] = await db
    .select()
    .from(surveyRequests)
    .where(byId(surveyRequests, verified.accountId, verified.requestId))
    .for('update');
  if (!row) return null;
  const survey = await findSurvey(ctx, row.accountId, row.surveyId);
  if (!isValidScore(row.kind, verified.score, survey.options?.length)) return null;
  const answer = survey.options?.[verified.score]?.value ?? null;
  const answeredAt = await at(row);
  const actor = { accountId: row.accountId };
  if (answer !== null && survey.attribute) {
    await updateCustomer(ctx, actor, row.customerId, { attributes: { [survey.attribute]: answer } });
  }
  const [updated] = await db
    .update(surveyRequests)
    .set({
      score: verified.score,
      answer,
      answeredAt,
      ...(input.comment !== undefined && input.comment.trim() !== '' && { comment: input.comment.trim() }),
    })
    .where(byId(surveyRequests, row.accountId, row.id))
    .returning();
  const object = presentSurveyRequest(updated!);
  await recordEvent(db, actor, {
    type: 'survey_request.answered',
    object,
    at: fromDate(answeredAt),
    testClock: row.testClock,
  });
  return object;
}

export type ResponseSearch = ListParams & { survey?: string; customer?: string; answered?: boolean };

/** Requests newest first; `answered=true` lists the responses with their comments. */
export function listSurveyRequests(ctx: AppContext, accountId: string, params: ResponseSearch) {
  const filters: SQL[] = [];
  if (params.survey) filters.push(eq(surveyRequests.surveyId, params.survey));
  if (params.customer) filters.push(eq(surveyRequests.customerId, params.customer));
  if (params.answered) filters.push(isNotNull(surveyRequests.answeredAt));
  return listPage(ctx.db, surveyRequests, accountId, params, and(...filters), presentSurveyRequest);
}

/** Answered requests of a survey answered in [from, to). */
export function answersBetween(ctx: AppContext, accountId: string, surveyId: string, from: Date, to: Date) {
  return ctx.db
    .select()
    .from(surveyRequests)
    .where(
      and(
        eq(surveyRequests.accountId, accountId),
        eq(surveyRequests.surveyId, surveyId),
        gte(surveyRequests.answeredAt, from),
        lt(surveyRequests.answeredAt, to),
      ),
    );
}
