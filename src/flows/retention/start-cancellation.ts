/** Starts the cancellation flow for a subscription and answers with the retention offers that apply to it. */
import type { Actor, AppContext } from '../../context.ts';
import { toDate } from '../../kernel/clock.ts';
import { conflict, invalid } from '../../kernel/errors.ts';
import { assignExperiment } from '../../modules/experiments/index.ts';
import * as retention from '../../modules/retention/index.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import { getSubscription } from '../billing/index.ts';

/**
 * Offers under an experiment are shown only to the customers it assigns to their variant; asking records the
 * customer's exposure (the moment they first see the variant), once per experiment.
 */
async function experimentOffers(
  ctx: AppContext,
  actor: Actor,
  offers: retention.RetentionOfferRow[],
  customer: string,
): Promise<retention.RetentionOfferRow[]> {
  const variants = new Map<string, string>();
  const shown: retention.RetentionOfferRow[] = [];
  for (const offer of offers) {
    if (offer.experimentId) {
      if (!variants.has(offer.experimentId)) {
        variants.set(
          offer.experimentId,
          (await assignExperiment(ctx, actor, offer.experimentId, { customer })).variant,
        );
      }
      if (variants.get(offer.experimentId) !== offer.variant) continue;
    }
    shown.push(offer);
  }
  return shown;
}

export type StartCancellationInput = { subscription: string; reason: string; comment?: string | null };

type PresentedPrice = {
  id: string;
  unit_amount: number | null;
  recurring: { interval: 'day' | 'week' | 'month' | 'year'; interval_count: number; usage_type: string } | null;
};

export async function startCancellation(ctx: AppContext, actor: Actor, input: StartCancellationInput) {
  const sub = await getSubscription(ctx, actor.accountId, input.subscription).catch((error) => {
    throw Object.assign(error, { param: 'subscription' });
  });
  if (sub.status === 'canceled') {
    throw conflict('subscription_canceled', `Subscription ${sub.id} has ended`, 'subscription');
  }
  if (!(await retention.isValidReason(ctx, actor.accountId, input.reason))) {
    throw invalid('cancellation_reason_invalid', `Unknown cancellation reason '${input.reason}'`, 'reason');
  }
  const at = await timeFor(ctx, actor.accountId, sub.test_clock);
  const prices = sub.items.data.map((item) => item.price as PresentedPrice);
  const settings = await retention.readSettings(ctx, actor.accountId);
  const applicable = retention.applicableOffers(await retention.activeOffers(ctx, actor.accountId), {
    reason: input.reason,
    prices: prices.map((p) => p.id),
    lastAcceptedAt: await retention.lastAcceptedAt(ctx, actor.accountId, sub.customer),
    now: toDate(at),
    windowDays: settings.offerWindowDays,
  });
  // Experiments are asked last, so only a customer who would see an experiment's offer is exposed to it.
  const offers = await experimentOffers(ctx, actor, applicable, sub.customer);
  const mrr = retention.monthlyAmount(
    sub.items.data.map((item) => {
      const price = item.price as PresentedPrice;
      const licensed = price.recurring?.usage_type !== 'metered';
      return {
        unitAmount: licensed ? price.unit_amount : null,
        quantity: item.quantity,
        interval: price.recurring?.interval ?? 'month',
        intervalCount: price.recurring?.interval_count ?? 1,
      };
    }),
  );
  return retention.openSession(
    ctx,
    actor,
    {
      customerId: sub.customer,
      subscriptionId: sub.id,
      testClock: sub.test_clock,
      reason: input.reason,
      comment: input.comment ?? null,
      offersShown: offers.map((o) => o.id),
      mrr,
      currency: sub.currency,
    },
    at,
  );
}
