import { and, eq, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { payments } from '../../db/schema/index.ts';
import { presentPayment } from './present-payment.ts';

export async function getPayment(ctx: AppContext, accountId: string, id: string) {
  return presentPayment(await findOne(ctx.db, payments, accountId, id, 'payment'));
}

export async function listPayments(
  ctx: AppContext,
  accountId: string,
  params: ListParams & { invoice?: string; customer?: string },
) {
  const filters: SQL[] = [];
  if (params.invoice) filters.push(eq(payments.invoiceId, params.invoice));
  if (params.customer) filters.push(eq(payments.customerId, params.customer));
  return listPage(ctx.db, payments, accountId, params, and(...filters), presentPayment);
}
