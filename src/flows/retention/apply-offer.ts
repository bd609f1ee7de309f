/** Applies one retention offer with the billing engine's own use cases, so proration, invoices and events follow. */
import type { Temporal } from 'temporal-polyfill';
import type { Actor, AppContext } from '../../context.ts';
import { toUnix } from '../../kernel/clock.ts';
import { conflict } from '../../kernel/errors.ts';
import { createCoupon } from '../../modules/catalog/index.ts';
import type { RetentionOfferRow } from '../../modules/retention/index.ts';
import { getSubscription, pauseSubscription, updateSubscription } from '../billing/index.ts';

const monthsAfter = (at: Temporal.Instant, months: number) => at.toZonedDateTimeISO('UTC').add({ months }).toInstant();

export async function applyOffer(
  ctx: AppContext,
  actor: Actor,
  subscriptionId: string,
  offer: RetentionOfferRow,
  at: Temporal.Instant,
): Promise<void> {
  // Taking an offer means staying: a cancellation already scheduled (say, from an earlier session) is undone first.
  const current = await getSubscription(ctx, actor.accountId, subscriptionId);
  if (current.cancel_at !== null) {
    await updateSubscription(ctx, actor, subscriptionId, { cancel_at_period_end: false });
  }
  switch (offer.kind) {
    case 'coupon':
      await updateSubscription(ctx, actor, subscriptionId, { coupon: offer.couponId! });
      return;
    case 'pause':
      await pauseSubscription(ctx, actor, subscriptionId, {
        resumes_at: toUnix(monthsAfter(at, offer.months!)),
      });
      return;
    case 'downgrade': {
      if (current.items.data.length !== 1) {
        throw conflict(
          'retention_offer_not_applicable',
          'A downgrade offer needs a subscription with one item',
          'offer',
        );
      }
      await updateSubscription(ctx, actor, subscriptionId, {
        items: [{ id: current.items.data[0]!.id, price: offer.priceId! }],
        change_at: 'period_end',
      });
      return;
    }
    case 'extension': {
      // A billing extension is N free months: a 100 % coupon for that many months, on the catalog's own rules.
      const coupon = await createCoupon(ctx, actor, {
        name: `${offer.name} (retention)`,
        percent_off: 100,
        duration: 'repeating',
        duration_in_months: offer.months!,
        max_redemptions: 1,
        metadata: { retention_offer: offer.id },
      });
      await updateSubscription(ctx, actor, subscriptionId, { coupon: coupon.id });
      return;
    }
  }
}
