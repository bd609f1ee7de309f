/**
 * Sends a survey to customers: each one not surveyed inside the throttle window gets a request (and, through the
 * notices module, an e-mail in their language); the others are reported as skipped. Time is each customer's: a
 * customer on a test clock is surveyed, and throttled, in clock time.
 */
import type { Actor, AppContext } from '../../context.ts';
import { toDate } from '../../kernel/clock.ts';
import { conflict, invalid } from '../../kernel/errors.ts';
import { findCustomer } from '../../modules/customers/index.ts';
import { segmentMemberIds } from '../../modules/segments/index.ts';
import * as surveys from '../../modules/surveys/index.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import { listSubscriptions } from '../billing/index.ts';

const LIVE = new Set(['active', 'trialing', 'past_due']);

export type SkippedCustomer = { customer: string; reason: 'throttled' | 'no_email' };

export type SendSurveyInput = { customers?: string[] | undefined; segment?: string | undefined };

/** The customers named, or the segment's members now: exactly one of the two. */
async function recipients(ctx: AppContext, accountId: string, input: SendSurveyInput): Promise<string[]> {
  if ((input.customers === undefined) === (input.segment === undefined))
    throw invalid('parameter_missing', 'Send to customers or to a segment (one of the two)', 'customers');
  return input.customers ?? (await segmentMemberIds(ctx, accountId, input.segment!));
}

export async function sendSurvey(ctx: AppContext, actor: Actor, surveyId: string, input: SendSurveyInput) {
  const survey = await surveys.findSurvey(ctx, actor.accountId, surveyId);
  if (!survey.active) throw conflict('survey_inactive', `Survey ${surveyId} is not active`, 'id');
  const customers = await recipients(ctx, actor.accountId, input);
  const sent: Awaited<ReturnType<typeof surveys.recordSurveyRequest>>[] = [];
  const skipped: SkippedCustomer[] = [];
  for (const [i, id] of customers.entries()) {
    const customer = await findCustomer(ctx, actor.accountId, id, `customers[${i}]`);
    if (!customer.email) {
      skipped.push({ customer: id, reason: 'no_email' });
      continue;
    }
    const at = await timeFor(ctx, actor.accountId, customer.testClock);
    const last = await surveys.lastSurveyedAt(ctx, actor.accountId, id);
    if (surveys.throttled(last, toDate(at), survey.throttleDays)) {
      skipped.push({ customer: id, reason: 'throttled' });
      continue;
    }
    const subs = await listSubscriptions(ctx, actor.accountId, { customer: id, status: 'all', limit: 100 });
    const prices = subs.data
      .filter((s) => LIVE.has(s.status))
      .flatMap((s) => s.items.data.map((item) => (item.price as { id: string }).id));
    sent.push(
      await surveys.recordSurveyRequest(
        ctx,
        actor,
        survey,
        { id, testClock: customer.testClock, prices: [...new Set(prices)] },
        at,
      ),
    );
  }
  return { object: 'survey_send' as const, survey: survey.id, requests: sent, skipped };
}
