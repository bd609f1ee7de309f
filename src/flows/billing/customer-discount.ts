import type { Actor, AppContext } from '../../context.ts';
import { toUnix } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';
import { findCustomer } from '../../modules/customers/index.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import { attachDiscount } from './attach-discount.ts';
import { accountSettings } from './billing-data.ts';

/** A coupon on the customer applies to all their subscriptions (after any subscription's own discount). */
export async function addCustomerDiscount(
  ctx: AppContext,
  actor: Actor,
  customerId: string,
  input: { coupon?: string; promotion_code?: string; currency: string },
) {
  if (!input.coupon && !input.promotion_code) {
    throw invalid('parameter_missing', 'Give a coupon or a promotion_code', 'coupon');
  }
  const customer = await findCustomer(ctx, actor.accountId, customerId, 'id', true);
  const at = await timeFor(ctx, actor.accountId, customer.testClock);
  const settings = await accountSettings(ctx.db, actor.accountId);
  const target = { customerId, subscriptionId: null, currency: input.currency.toLowerCase() };
  const id = await attachDiscount(ctx, actor.accountId, target, input, at, settings.timeZone);
  return { id, object: 'discount' as const, customer: customerId, subscription: null, start: toUnix(at) };
}
