import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { listPage } from '../../db/paginate.ts';
import { customers } from '../../db/schema/index.ts';
import { searchCondition } from '../../db/search.ts';
import { parseSearchQuery } from '../../kernel/search-query.ts';
import { presentCustomer } from './present.ts';

const FIELDS = { email: 'string', name: 'string', phone: 'string', created: 'number', metadata: 'metadata' } as const;

/** `GET /v1/customers/search`: Stripe's query language over e-mail, name, phone, created and metadata. */
export async function searchCustomers(
  ctx: AppContext,
  accountId: string,
  params: { query: string; limit?: number; page?: string },
) {
  const where = searchCondition(parseSearchQuery(params.query, FIELDS), {
    email: { column: customers.email, kind: 'text' },
    name: { column: customers.name, kind: 'text' },
    phone: { column: customers.phone, kind: 'text' },
    created: { column: customers.created, kind: 'time' },
    metadata: { column: customers.metadata, kind: 'metadata' },
  });
  const page = { limit: params.limit, starting_after: params.page };
  return listPage(ctx.db, customers, accountId, page, and(eq(customers.deleted, false), where), presentCustomer);
}
