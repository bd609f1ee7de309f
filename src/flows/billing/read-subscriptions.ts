import { and, eq, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { subscriptions } from '../../db/schema/index.ts';
import { searchCondition } from '../../db/search.ts';
import { parseSearchQuery } from '../../kernel/search-query.ts';
import type { SubscriptionRow } from '../../modules/subscriptions/index.ts';
import { loadBillingData } from './billing-data.ts';
import { presentLoaded } from './subscription-events.ts';

export async function getSubscription(ctx: AppContext, accountId: string, id: string) {
  const row = await findOne<SubscriptionRow>(ctx.db, subscriptions, accountId, id, 'subscription');
  return presentLoaded(await loadBillingData(ctx.db, accountId, [row]), row);
}

export type SubscriptionSearch = ListParams & { customer?: string; status?: string; price?: string };

export async function listSubscriptions(ctx: AppContext, accountId: string, params: SubscriptionSearch) {
  const filters: SQL[] = [];
  if (params.customer) filters.push(eq(subscriptions.customerId, params.customer));
  if (params.status && params.status !== 'all')
    filters.push(eq(subscriptions.status, params.status as SubscriptionRow['status']));
  const page = await listPage(ctx.db, subscriptions, accountId, params, and(...filters), (row: SubscriptionRow) => row);
  const data = await loadBillingData(ctx.db, accountId, page.data);
  return { ...page, data: page.data.map((row) => presentLoaded(data, row)) };
}

const SEARCH_FIELDS = { status: 'string', customer: 'string', created: 'number', metadata: 'metadata' } as const;

/** `GET /v1/subscriptions/search`: Stripe's query language over status, customer, created and metadata. */
export async function searchSubscriptions(
  ctx: AppContext,
  accountId: string,
  params: { query: string; limit?: number; page?: string },
) {
  const where = searchCondition(parseSearchQuery(params.query, SEARCH_FIELDS), {
    status: { column: subscriptions.status, kind: 'text' },
    customer: { column: subscriptions.customerId, kind: 'text' },
    created: { column: subscriptions.created, kind: 'time' },
    metadata: { column: subscriptions.metadata, kind: 'metadata' },
  });
  const page = await listPage(
    ctx.db,
    subscriptions,
    accountId,
    { limit: params.limit, starting_after: params.page },
    where,
    (row: SubscriptionRow) => row,
  );
  const data = await loadBillingData(ctx.db, accountId, page.data);
  return { ...page, data: page.data.map((row) => presentLoaded(data, row)) };
}
