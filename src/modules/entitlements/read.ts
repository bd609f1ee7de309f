import type { AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { customers } from '../../db/schema/index.ts';
import { timeFor } from '../test-clocks/index.ts';
import { entitlementsAt } from './core/entitlements-at.ts';
import { loadAccessData } from './load.ts';
import { presentEntitlements } from './present.ts';

/** A customer's entitlements now (in their test clock's time, if they live on one). */
export async function getCustomerEntitlements(ctx: AppContext, accountId: string, customerId: string) {
  const customer = await findOne<typeof customers.$inferSelect>(ctx.db, customers, accountId, customerId, 'customer');
  const at = await timeFor(ctx, accountId, customer.testClock);
  const data = await loadAccessData(ctx.db, accountId, { customers: [customerId] });
  return presentEntitlements(customerId, entitlementsAt(data.subscriptions, data.products, at), at);
}
