import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/index.ts';
import {
  balanceTransactions,
  creditNotes,
  customers,
  events,
  invoiceItems,
  invoices,
  messages,
  paymentMethods,
  payments,
  refunds,
  subscriptionSchedules,
  subscriptions,
} from '../../db/schema/index.ts';
import { notFound } from '../../kernel/errors.ts';

/** The customer's row, deleted or not: erasure and access rights outlive the customer's deletion. */
export async function customerRow(db: Db, accountId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(customers)
    .where(and(eq(customers.accountId, accountId), eq(customers.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('customer', id);
  return row;
}

/** Events whose object is the customer or names it as its `customer` (subscriptions, invoices, payments, …). */
export function eventsAbout(accountId: string, customerId: string): SQL {
  return and(
    eq(events.accountId, accountId),
    or(
      sql`${events.data}->'object'->>'id' = ${customerId}`,
      sql`${events.data}->'object'->>'customer' = ${customerId}`,
    ),
  )!;
}

const ofCustomer = (accountId: PgColumn, customerId: PgColumn, account: string, id: string) =>
  and(eq(accountId, account), eq(customerId, id));

/** Every row Tenure holds about one customer, table by table, oldest first. */
export async function rowsOfCustomer(db: Db, accountId: string, id: string) {
  const by = <T extends { accountId: PgColumn; customerId: PgColumn; id: PgColumn }>(table: T) =>
    ofCustomer(table.accountId, table.customerId, accountId, id);
  const [
    subscriptionIds,
    scheduleIds,
    invoiceIds,
    itemRows,
    paymentRows,
    methodRows,
    ledgerRows,
    creditNoteRows,
    messageRows,
    eventRows,
  ] = await Promise.all([
    db.select({ id: subscriptions.id }).from(subscriptions).where(by(subscriptions)).orderBy(asc(subscriptions.id)),
    db
      .select({ id: subscriptionSchedules.id })
      .from(subscriptionSchedules)
      .where(by(subscriptionSchedules))
      .orderBy(asc(subscriptionSchedules.id)),
    db.select({ id: invoices.id }).from(invoices).where(by(invoices)).orderBy(asc(invoices.id)),
    db.select().from(invoiceItems).where(by(invoiceItems)).orderBy(asc(invoiceItems.id)),
    db.select().from(payments).where(by(payments)).orderBy(asc(payments.id)),
    db.select().from(paymentMethods).where(by(paymentMethods)).orderBy(asc(paymentMethods.id)),
    db.select().from(balanceTransactions).where(by(balanceTransactions)).orderBy(asc(balanceTransactions.id)),
    db.select().from(creditNotes).where(by(creditNotes)).orderBy(asc(creditNotes.id)),
    db.select().from(messages).where(by(messages)).orderBy(asc(messages.id)),
    db.select().from(events).where(eventsAbout(accountId, id)).orderBy(asc(events.id)),
  ]);
  const paymentIds = paymentRows.map((p) => p.id);
  const refundRows =
    paymentIds.length === 0
      ? []
      : await db
          .select()
          .from(refunds)
          .where(and(eq(refunds.accountId, accountId), inArray(refunds.paymentId, paymentIds)))
          .orderBy(asc(refunds.id));
  return {
    subscriptionIds: subscriptionIds.map((r) => r.id),
    scheduleIds: scheduleIds.map((r) => r.id),
    invoiceIds: invoiceIds.map((r) => r.id),
    itemRows,
    paymentRows,
    methodRows,
    ledgerRows,
    creditNoteRows,
    messageRows,
    eventRows,
    refundRows,
  };
}
