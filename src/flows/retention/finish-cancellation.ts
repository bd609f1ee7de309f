/**
 * The three ways a cancellation session ends: an accepted offer applied through the billing engine (retained), a
 * cancellation at period end (chose_to_cancel: access kept, undoable until then with cancel_at_period_end=false), or
 * leaving the flow (aborted).
 */
import type { Actor, AppContext } from '../../context.ts';
import { toDate } from '../../kernel/clock.ts';
import { conflict, invalid } from '../../kernel/errors.ts';
import * as retention from '../../modules/retention/index.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import { getSubscription, updateSubscription } from '../billing/index.ts';
import { sendSurvey } from '../surveys/index.ts';
import { applyOffer } from './apply-offer.ts';

export async function acceptOffer(ctx: AppContext, actor: Actor, id: string, input: { offer: string }) {
  const session = await retention.findOpenSession(ctx, actor.accountId, id);
  if (!session.offersShown.includes(input.offer)) {
    throw invalid('retention_offer_not_applicable', `Offer ${input.offer} was not shown in session ${id}`, 'offer');
  }
  const at = await timeFor(ctx, actor.accountId, session.testClock);
  const settings = await retention.readSettings(ctx, actor.accountId);
  const lastAcceptedAt = await retention.lastAcceptedAt(ctx, actor.accountId, session.customerId);
  if (retention.insideOfferWindow({ lastAcceptedAt, now: toDate(at), windowDays: settings.offerWindowDays })) {
    throw conflict(
      'retention_offer_limit',
      `Customer ${session.customerId} accepted an offer in the last ${settings.offerWindowDays} days`,
      'offer',
    );
  }
  const offer = await retention.findOffer(ctx, actor.accountId, input.offer, 'offer');
  await applyOffer(ctx, actor, session.subscriptionId, offer, at);
  return retention.closeSession(ctx, actor, session, 'retained', at, offer.id);
}

export async function cancelFromSession(ctx: AppContext, actor: Actor, id: string) {
  const session = await retention.findOpenSession(ctx, actor.accountId, id);
  const at = await timeFor(ctx, actor.accountId, session.testClock);
  const sub = await getSubscription(ctx, actor.accountId, session.subscriptionId);
  if (sub.status === 'canceled') {
    throw conflict('subscription_canceled', `Subscription ${sub.id} has ended`);
  }
  await updateSubscription(ctx, actor, session.subscriptionId, {
    cancel_at_period_end: true,
    cancellation_details: {
      reason: 'cancellation_requested',
      feedback: retention.feedbackFor(session.reason),
      comment: session.comment,
    },
  });
  const closed = await retention.closeSession(ctx, actor, session, 'chose_to_cancel', at);
  // The exit survey: asked right after the decision, unless the customer was surveyed inside the throttle window.
  const { exitSurvey } = await retention.readSettings(ctx, actor.accountId);
  if (exitSurvey) await sendSurvey(ctx, actor, exitSurvey, { customers: [session.customerId] });
  return closed;
}

export async function abortCancellation(ctx: AppContext, actor: Actor, id: string) {
  const session = await retention.findOpenSession(ctx, actor.accountId, id);
  const at = await timeFor(ctx, actor.accountId, session.testClock);
  return retention.closeSession(ctx, actor, session, 'aborted', at);
}
