/**
 * Preview of a subscription's next invoice, optionally with a proposed item change. It runs the same pure code as the
 * real change and renewal (validation, proration, the lifecycle step, invoice composition) over data read without a
 * transaction or lock, and drops the writes that code returns: a preview saves nothing and charges nothing, even with
 * `always_invoice` (the change's own invoice is computed, never finalized, written or collected).
 */
import type { Actor, AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { subscriptions } from '../../db/schema/index.ts';
import { conflict, TenureError } from '../../kernel/errors.ts';
import { presentInvoice } from '../../modules/invoicing/index.ts';
import type { SubscriptionRow } from '../../modules/subscriptions/index.ts';
import { emptyRun, stepSubscription } from './advance-subscriptions.ts';
import { type BillingData, instantOf, loadBillingData } from './billing-data.ts';
import { type ItemChange, planItemChange } from './change-subscription.ts';

export type UpcomingQuery = {
  subscription: string;
  subscription_items?: ItemChange[];
  subscription_proration_date?: number;
  subscription_proration_behavior?: 'create_prorations' | 'always_invoice' | 'none';
};

// A trial or a pause may put a few actions (trial_will_end, trial end) before the next invoice.
const MAX_STEPS = 5;

async function planned(ctx: AppContext, actor: Actor, query: UpcomingQuery) {
  if (query.subscription_items) {
    return planItemChange(ctx, actor, query.subscription, {
      items: query.subscription_items,
      proration_behavior: query.subscription_proration_behavior ?? 'create_prorations',
      ...(query.subscription_proration_date !== undefined && { proration_date: query.subscription_proration_date }),
    });
  }
  const sub = await findOne<SubscriptionRow>(
    ctx.db,
    subscriptions,
    actor.accountId,
    query.subscription,
    'subscription',
    {
      param: 'subscription',
    },
  );
  return { sub, data: await loadBillingData(ctx.db, actor.accountId, [sub]) };
}

/** Steps a copy of the subscription to its next invoice, in memory. */
function nextInvoice(data: BillingData, sub: SubscriptionRow) {
  const out = emptyRun();
  for (let i = 0; i < MAX_STEPS && out.invoices.length === 0 && sub.nextActionAt; i++) {
    stepSubscription(data, sub, instantOf(sub.nextActionAt), out);
  }
  return out.invoices[0];
}

export async function upcomingInvoice(ctx: AppContext, actor: Actor, query: UpcomingQuery) {
  const { sub, data } = await planned(ctx, actor, query);
  const invoice = nextInvoice(data, sub);
  if (!invoice) throw conflict('no_upcoming_invoice', `Subscription ${sub.id} has no upcoming invoice`, 'subscription');
  const { id: _id, ...shown } = presentInvoice(invoice.row, invoice.lines);
  return {
    ...shown,
    id: null,
    object: 'invoice',
    upcoming: true,
    status: 'draft',
    lines: { ...shown.lines, data: shown.lines.data.map((l) => ({ ...l, id: null, invoice: null })) },
  };
}

/**
 * The total of the subscription's next invoice as the preview computes it (discounts, taxes, a pending change,
 * usage so far), or null when it has none; for notices that quote what a renewal will cost.
 */
export async function upcomingTotal(ctx: AppContext, accountId: string, subscriptionId: string) {
  try {
    const invoice = await upcomingInvoice(ctx, { accountId }, { subscription: subscriptionId });
    return invoice.total;
  } catch (error) {
    if (error instanceof TenureError) return null;
    throw error;
  }
}
