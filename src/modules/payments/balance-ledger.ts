/**
 * The customer balance as an append-only ledger (`cbtxn_`): every change is a row with its type and what caused it;
 * customers.balance is the running sum (negative = credit the customer has with us).
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { bulkInsert, type Db } from '../../db/index.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { balanceTransactions, customers } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { findCustomer } from '../customers/index.ts';
import { timeFor } from '../test-clocks/index.ts';

export type BalanceTransactionRow = typeof balanceTransactions.$inferSelect;
export type BalanceChange = {
  customerId: string;
  amount: number;
  type: 'adjustment' | 'applied_to_invoice' | 'credit_note' | 'invoice_overpaid';
  currency: string;
  invoiceId?: string | null;
  creditNoteId?: string | null;
  description?: string | null;
};

export function presentBalanceTransaction(row: BalanceTransactionRow) {
  return {
    id: row.id,
    object: 'customer_balance_transaction' as const,
    created: toUnix(row.created),
    customer: row.customerId,
    type: row.type,
    amount: row.amount,
    currency: row.currency.toLowerCase(),
    ending_balance: row.endingBalance,
    invoice: row.invoiceId,
    credit_note: row.creditNoteId,
    description: row.description,
    metadata: row.metadata,
  };
}

/** Applies the changes in order (each row carries the balance after it) and returns the rows written. */
export async function writeBalanceChanges(db: Db, accountId: string, changes: BalanceChange[], at: Date) {
  const rows: BalanceTransactionRow[] = [];
  for (const change of changes.filter((c) => c.amount !== 0)) {
    const [updated] = await db
      .update(customers)
      .set({ balance: sql`${customers.balance} + ${change.amount}` })
      .where(and(eq(customers.accountId, accountId), eq(customers.id, change.customerId)))
      .returning({ balance: customers.balance });
    rows.push({
      accountId,
      id: newId('cbtxn'),
      customerId: change.customerId,
      type: change.type,
      amount: change.amount,
      currency: change.currency,
      endingBalance: updated!.balance,
      invoiceId: change.invoiceId ?? null,
      creditNoteId: change.creditNoteId ?? null,
      description: change.description ?? null,
      metadata: {},
      created: at,
    });
  }
  await bulkInsert(db, balanceTransactions, rows);
  return rows;
}

export type AdjustmentInput = { amount: number; currency: string; description?: string };

/** A manual adjustment: negative gives the customer credit, positive adds to what they owe on the next invoice. */
export async function adjustBalance(ctx: AppContext, actor: Actor, customerId: string, input: AdjustmentInput) {
  const customer = await findCustomer(ctx, actor.accountId, customerId, 'customer', true);
  if (input.amount === 0) throw invalid('parameter_invalid', 'An adjustment needs a non-zero amount', 'amount');
  const at = await timeFor(ctx, actor.accountId, customer.testClock);
  const [row] = await writeBalanceChanges(
    ctx.db,
    actor.accountId,
    [
      {
        customerId,
        amount: input.amount,
        type: 'adjustment',
        currency: input.currency.toLowerCase(),
        description: input.description ?? null,
      },
    ],
    toDate(at),
  );
  const object = presentBalanceTransaction(row!);
  await recordEvent(ctx.db, actor, {
    type: 'customer_balance_transaction.created',
    object,
    at,
    testClock: customer.testClock,
  });
  return object;
}

export async function listBalanceTransactions(
  ctx: AppContext,
  accountId: string,
  customerId: string,
  params: ListParams,
) {
  await findCustomer(ctx, accountId, customerId, 'customer');
  return listPage(
    ctx.db,
    balanceTransactions,
    accountId,
    params,
    eq(balanceTransactions.customerId, customerId),
    presentBalanceTransaction,
  );
}

/** Sum of the ledger per customer, for reconciliation. */
export async function ledgerSums(db: Db, accountId: string) {
  return db
    .select({ customerId: balanceTransactions.customerId, sum: sql<string>`sum(${balanceTransactions.amount})` })
    .from(balanceTransactions)
    .where(eq(balanceTransactions.accountId, accountId))
    .groupBy(balanceTransactions.customerId)
    .orderBy(asc(balanceTransactions.customerId));
}
