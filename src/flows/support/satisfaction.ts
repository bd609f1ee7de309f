/**
 * CSAT on solve: the customer gets a one-click 1–5 request of the account's support CSAT survey (made on the first
 * solve), e-mailed in their language by the notices module. Not throttled like campaigns: every solved
 * conversation is asked about once.
 */
import type { Actor, AppContext } from '../../context.ts';
import { fromDate } from '../../kernel/clock.ts';
import { findCustomer } from '../../modules/customers/index.ts';
import * as support from '../../modules/support/index.ts';
import * as surveys from '../../modules/surveys/index.ts';
import { plans } from './customer-facts.ts';

async function csatSurvey(ctx: AppContext, actor: Actor) {
  const settings = support.settingsOf(await support.settingsRow(ctx.db, actor.accountId));
  if (settings.csat_survey) return surveys.findSurvey(ctx, actor.accountId, settings.csat_survey);
  const created = await surveys.createSurvey(ctx, actor, {
    name: 'Support satisfaction',
    kind: 'csat',
    throttle_days: 0,
    metadata: { source: 'support_tickets' },
  });
  await support.rememberCsatSurvey(ctx.db, actor.accountId, created.id);
  return surveys.findSurvey(ctx, actor.accountId, created.id);
}

/** The survey request sent for a ticket being solved at `at`; null when the customer has no e-mail address. */
export async function askSatisfaction(ctx: AppContext, actor: Actor, ticket: support.TicketRow, at: Date) {
  const customer = await findCustomer(ctx, actor.accountId, ticket.customerId, 'customer');
  if (!customer.email) return null;
  const survey = await csatSurvey(ctx, actor);
  const { prices } = await plans(ctx, actor.accountId, customer.id);
  const request = await surveys.recordSurveyRequest(
    ctx,
    actor,
    survey,
    { id: customer.id, testClock: customer.testClock, prices },
    fromDate(at),
  );
  return request.id;
}
