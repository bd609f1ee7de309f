/**
 * Preview of a subscription's next invoice, optionally with a proposed item change: the real change and renewal
 * run inside a transaction that is always rolled back, so the preview is exactly what would happen and saves nothing.
 */
import type { Actor, AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { subscriptions } from '../../db/schema/index.ts';
import { conflict, TenureError } from '../../kernel/errors.ts';
import { presentInvoice } from '../../modules/invoicing/present.ts';
import type { SubscriptionRow } from '../../modules/subscriptions/present.ts';
import { type RunOutput, stepSubscription } from './advance-subscriptions.ts';
import { instantOf, loadBillingData } from './billing-data.ts';
import { type ItemChange, updateSubscription } from './change-subscription.ts';

class Preview extends Error {
  readonly result: unknown;
  constructor(result: unknown) {
    super('preview rolled back');
    this.result = result;
  }
}

export type UpcomingQuery = {
  subscription: string;
  subscription_items?: ItemChange[];
  subscription_proration_date?: number;
  subscription_proration_behavior?: 'create_prorations' | 'always_invoice' | 'none';
};

// A trial or a pause may put a few actions (trial_will_end, trial end) before the next invoice.
const MAX_STEPS = 5;

export async function upcomingInvoice(ctx: AppContext, actor: Actor, query: UpcomingQuery) {
  try {
    await ctx.db.transaction(async (db) => {
      const tx = { ...ctx, db };
      if (query.subscription_items) {
        await updateSubscription(tx, actor, query.subscription, {
          items: query.subscription_items,
          proration_behavior: query.subscription_proration_behavior ?? 'create_prorations',
          ...(query.subscription_proration_date !== undefined && { proration_date: query.subscription_proration_date }),
        });
      }
      const sub = await findOne<SubscriptionRow>(
        db,
        subscriptions,
        actor.accountId,
        query.subscription,
        'subscription',
        {
          param: 'subscription',
        },
      );
      const data = await loadBillingData(db, actor.accountId, [sub]);
      const out: RunOutput = { invoices: [], events: [], changed: [] };
      for (let i = 0; i < MAX_STEPS && out.invoices.length === 0 && sub.nextActionAt; i++) {
        await stepSubscription(db, data, sub, instantOf(sub.nextActionAt), out);
      }
      const invoice = out.invoices[0];
      if (!invoice)
        throw conflict('no_upcoming_invoice', `Subscription ${sub.id} has no upcoming invoice`, 'subscription');
      const { id: _id, ...shown } = presentInvoice(invoice.row, invoice.lines);
      throw new Preview({
        ...shown,
        id: null,
        object: 'invoice',
        upcoming: true,
        status: 'draft',
        lines: { ...shown.lines, data: shown.lines.data.map((l) => ({ ...l, id: null, invoice: null })) },
      });
    });
  } catch (error) {
    if (error instanceof Preview) return error.result;
    throw error;
  }
  throw new Error('unreachable');
}

/**
 * The total of the subscription's next invoice as the preview computes it (discounts, taxes, a pending change,
 * usage so far), or null when it has none; for notices that quote what a renewal will cost.
 */
export async function upcomingTotal(ctx: AppContext, accountId: string, subscriptionId: string) {
  try {
    const invoice = (await upcomingInvoice(ctx, { accountId }, { subscription: subscriptionId })) as { total: number };
    return invoice.total;
  } catch (error) {
    if (error instanceof TenureError) return null;
    throw error;
  }
}
