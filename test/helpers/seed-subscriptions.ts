/**
 * Bulk rows for load tests and benchmarks only: N customers, each with one monthly subscription whose period ended
 * just before `dueAt`, written straight to the tables (the API would take minutes to create 100,000).
 */
import type { Db } from '../../src/db/index.ts';
import { customers, prices, products, subscriptionItems, subscriptions } from '../../src/db/schema/index.ts';
import { newId } from '../../src/kernel/ids.ts';

const CHUNK = 2000;

export async function seedDueSubscriptions(db: Db, accountId: string, n: number, dueAt: Date): Promise<void> {
  const created = new Date(dueAt.getTime() - 31 * 86_400_000);
  const productId = newId('prod');
  const priceId = newId('price');
  await db.insert(products).values({ accountId, id: productId, name: 'Standard', created, updated: created });
  await db.insert(prices).values({
    accountId,
    id: priceId,
    productId,
    currency: 'USD',
    type: 'recurring',
    interval: 'month',
    intervalCount: 1,
    usageType: 'licensed',
    billingScheme: 'per_unit',
    unitAmount: 1299,
    taxBehavior: 'exclusive',
    used: true,
    created,
  });
  for (let done = 0; done < n; done += CHUNK) {
    const size = Math.min(CHUNK, n - done);
    const rows = Array.from({ length: size }, () => ({ customer: newId('cus'), sub: newId('sub') }));
    await db.insert(customers).values(rows.map((r) => ({ accountId, id: r.customer, name: 'Load test', created })));
    await db.insert(subscriptions).values(
      rows.map((r) => ({
        accountId,
        id: r.sub,
        customerId: r.customer,
        status: 'active' as const,
        currency: 'USD',
        interval: 'month' as const,
        intervalCount: 1,
        billingCycleAnchor: created,
        startDate: created,
        currentPeriodStart: created,
        currentPeriodEnd: dueAt,
        collectionMethod: 'charge_automatically' as const,
        nextActionAt: dueAt,
        created,
      })),
    );
    await db
      .insert(subscriptionItems)
      .values(rows.map((r) => ({ accountId, id: newId('si'), subscriptionId: r.sub, priceId, quantity: 1, created })));
  }
}
