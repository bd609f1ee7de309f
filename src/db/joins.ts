import { and, eq } from 'drizzle-orm';
import { customers, subscriptions } from './schema/index.ts';

/** Join condition: a subscription's customer, within the same account (the account leads every key). */
export const subscriptionCustomer = and(
  eq(customers.accountId, subscriptions.accountId),
  eq(customers.id, subscriptions.customerId),
);
