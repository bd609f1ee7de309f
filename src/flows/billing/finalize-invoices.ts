/** Finalizing stored drafts (auto-advance or by hand): gapless numbers, customer balance applied, events. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../context.ts';
import { anyOf, type Db } from '../../db/index.ts';
import { customers, invoiceLines, invoices } from '../../db/schema/index.ts';
import { recordEvents } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import type { InvoiceLineRow, InvoiceRow } from '../../modules/invoicing/index.ts';
import { finalizeRow, takeInvoiceNumbers } from '../../modules/invoicing/index.ts';
import { writeBalanceChanges } from '../../modules/payments/index.ts';
import { accountSettings, groupBy } from './billing-data.ts';
import { invoiceEvents } from './invoice-events.ts';
import { appliedToInvoice } from './subscription-invoice.ts';

export async function linesOf(db: Db, accountId: string, ids: string[]): Promise<Map<string, InvoiceLineRow[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select()
    .from(invoiceLines)
    .where(and(eq(invoiceLines.accountId, accountId), anyOf(invoiceLines.invoiceId, ids)))
    .orderBy(asc(invoiceLines.invoiceId), asc(invoiceLines.position));
  return groupBy(rows, (row) => row.invoiceId);
}

/** Finalizes the given drafts of one account (rows already locked by the caller), in creation order. */
export async function finalizeInvoices(db: Db, actor: Actor, drafts: InvoiceRow[], at: Temporal.Instant) {
  if (drafts.length === 0) return [];
  const accountId = actor.accountId;
  const settings = await accountSettings(db, accountId);
  const customerIds = [...new Set(drafts.map((d) => d.customerId))];
  const balanceRows = await db
    .select({ id: customers.id, balance: customers.balance })
    .from(customers)
    .where(and(eq(customers.accountId, accountId), anyOf(customers.id, customerIds)))
    .for('update');
  const balances = new Map(balanceRows.map((r) => [r.id, r.balance]));
  const lines = await linesOf(
    db,
    accountId,
    drafts.map((d) => d.id),
  );
  const numbers = await takeInvoiceNumbers(db, accountId, settings.invoicePrefix, drafts.length);
  const changes = drafts.map((row, k) => {
    const before = balances.get(row.customerId) ?? 0;
    const after = finalizeRow(row, numbers[k]!, before, toDate(at));
    balances.set(row.customerId, after);
    return appliedToInvoice(row, after - before);
  });
  await writeBalanceChanges(db, accountId, changes, toDate(at));
  await updateFinalized(db, accountId, drafts);
  const events = drafts.flatMap((row) =>
    invoiceEvents({ row, lines: lines.get(row.id) ?? [], consumedItems: [] }).filter(
      (e) => e.type !== 'invoice.created',
    ),
  );
  await recordEvents(
    db,
    actor,
    events.map((e) => ({ ...e, at })),
  );
  return drafts;
}

async function updateFinalized(db: Db, accountId: string, rows: InvoiceRow[]): Promise<void> {
  const values = rows.map((r) => ({
    id: r.id,
    status: r.status,
    number: r.number,
    sb: r.startingBalance,
    eb: r.endingBalance,
    due: r.amountDue,
    fin: r.finalizedAt?.toISOString() ?? null,
    paid: r.paidAt?.toISOString() ?? null,
    npa: r.nextPaymentAttempt?.toISOString() ?? null,
    link: r.hostedToken,
  }));
  await db.execute(sql`
    update ${invoices} as i set status = v.status, number = v.number, starting_balance = v.sb, ending_balance = v.eb,
      amount_due = v.due, finalized_at = v.fin, paid_at = v.paid, finalize_at = null,
      next_payment_attempt = v.npa, collection_due_at = v.npa, hosted_token = v.link
    from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(
      id text, status text, number text, sb bigint, eb bigint, due bigint, fin timestamptz, paid timestamptz,
      npa timestamptz, link text)
    where i.account_id = ${accountId} and i.id = v.id collate "C"`);
}
