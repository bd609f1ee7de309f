/**
 * A subscriber's own changes to a subscription, each allowed by the portal configuration and run through the same
 * public billing and retention flows the API uses: the plan-change preview IS the upcoming-invoice preview.
 */
import type { Actor, AppContext } from '../../context.ts';
import { invalid } from '../../kernel/errors.ts';
import { findPrice, getPrice } from '../../modules/catalog/index.ts';
import { priceAllowed } from '../../modules/portal/index.ts';
import {
  cancelSubscription,
  pauseSubscription,
  resumeSubscription,
  upcomingInvoice,
  updateSubscription,
} from '../billing/index.ts';
import { abortCancellation, acceptOffer, cancelFromSession, startCancellation } from '../retention/index.ts';
import { presentPlan } from './overview.ts';
import { ownCancellation, ownSubscription, type PortalScope, requireFeature } from './scope.ts';

/** The plans a subscriber may switch this subscription to (none when plan changes are off). */
export async function portalPlans(ctx: AppContext, scope: PortalScope, subscriptionId: string) {
  await ownSubscription(ctx, scope, subscriptionId);
  const features = await requireFeature(ctx, scope, () => true, 'plans');
  const update = features.subscription_update;
  const plans = [];
  if (update.enabled && update.default_allowed_updates.includes('price')) {
    for (const entry of update.products) {
      for (const id of entry.prices)
        plans.push(await presentPlan(ctx, scope.accountId, (await getPrice(ctx, scope.accountId, id)) as never));
    }
  }
  return { object: 'list' as const, data: plans, has_more: false };
}

/** The one item whose price changes, after checking the configuration offers that price. */
async function planChange(ctx: AppContext, scope: PortalScope, subscriptionId: string, price: string) {
  const sub = await ownSubscription(ctx, scope, subscriptionId);
  const features = await requireFeature(ctx, scope, (f) => f.subscription_update.enabled, 'plan changes');
  const row = await findPrice(ctx, scope.accountId, price, 'price');
  if (!priceAllowed(features, row.productId, price)) {
    throw invalid('portal_price_not_allowed', `The portal does not offer price ${price}`, 'price');
  }
  return {
    items: [{ id: sub.items.data[0]!.id, price }],
    proration_behavior: features.subscription_update.proration_behavior,
  };
}

/** What the change would invoice: GET /v1/invoices/upcoming for the same items and proration. */
export async function previewPlanChange(ctx: AppContext, scope: PortalScope, subscriptionId: string, price: string) {
  const change = await planChange(ctx, scope, subscriptionId, price);
  return upcomingInvoice(
    ctx,
    { accountId: scope.accountId },
    {
      subscription: subscriptionId,
      subscription_items: change.items,
      subscription_proration_behavior: change.proration_behavior,
    },
  );
}

export async function changePlan(
  ctx: AppContext,
  actor: Actor,
  scope: PortalScope,
  subscriptionId: string,
  price: string,
) {
  const change = await planChange(ctx, scope, subscriptionId, price);
  return updateSubscription(ctx, actor, subscriptionId, change);
}

/** Starts the retention flow: the reason must be one the configuration offers; offers come back with the session. */
export async function startPortalCancellation(
  ctx: AppContext,
  actor: Actor,
  scope: PortalScope,
  input: { subscription: string; reason?: string; comment?: string },
) {
  await ownSubscription(ctx, scope, input.subscription, 'subscription');
  const features = await requireFeature(ctx, scope, (f) => f.subscription_cancel.enabled, 'cancellation');
  const reasons = features.subscription_cancel.cancellation_reason;
  const reason = reasons.enabled ? input.reason : 'other';
  if (!reason || !reasons.options.includes(reason)) {
    throw invalid('cancellation_reason_invalid', `Choose one of: ${reasons.options.join(', ')}`, 'reason');
  }
  return startCancellation(ctx, actor, {
    subscription: input.subscription,
    reason,
    ...(input.comment && { comment: input.comment }),
  });
}

export async function acceptPortalOffer(ctx: AppContext, actor: Actor, scope: PortalScope, id: string, offer: string) {
  await ownCancellation(ctx, scope, id);
  return acceptOffer(ctx, actor, id, { offer });
}

export async function abortPortalCancellation(ctx: AppContext, actor: Actor, scope: PortalScope, id: string) {
  await ownCancellation(ctx, scope, id);
  return abortCancellation(ctx, actor, id);
}

/** Confirms: at period end (access kept, undoable), or at once when the configuration's mode says so. */
export async function confirmPortalCancellation(ctx: AppContext, actor: Actor, scope: PortalScope, id: string) {
  const session = await ownCancellation(ctx, scope, id);
  const features = await requireFeature(ctx, scope, (f) => f.subscription_cancel.enabled, 'cancellation');
  const closed = await cancelFromSession(ctx, actor, id);
  const cancel = features.subscription_cancel;
  if (cancel.mode === 'immediately') {
    await cancelSubscription(ctx, actor, session.subscription, {
      prorate: cancel.proration_behavior !== 'none',
      invoice_now: cancel.proration_behavior === 'always_invoice',
    });
  }
  return closed;
}

/** Undoes a cancellation at period end while the period lasts (Stripe's cancel_at_period_end=false). */
export async function undoCancellation(ctx: AppContext, actor: Actor, scope: PortalScope, subscriptionId: string) {
  await ownSubscription(ctx, scope, subscriptionId);
  await requireFeature(ctx, scope, (f) => f.subscription_cancel.enabled, 'cancellation');
  return updateSubscription(ctx, actor, subscriptionId, { cancel_at_period_end: false });
}

export async function pausePortalSubscription(ctx: AppContext, actor: Actor, scope: PortalScope, id: string) {
  await ownSubscription(ctx, scope, id);
  await requireFeature(ctx, scope, (f) => f.subscription_pause.enabled, 'pausing');
  return pauseSubscription(ctx, actor, id, {});
}

export async function resumePortalSubscription(ctx: AppContext, actor: Actor, scope: PortalScope, id: string) {
  await ownSubscription(ctx, scope, id);
  await requireFeature(ctx, scope, (f) => f.subscription_pause.enabled, 'pausing');
  return resumeSubscription(ctx, actor, id);
}
