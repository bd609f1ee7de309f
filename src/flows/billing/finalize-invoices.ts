/** Finalizing stored drafts (auto-advance or by hand): gapless numbers, customer balance applied, events. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../context.ts';
import type { Db } from '../../db/index.ts';
import { customers, invoiceLines, invoices } from '../../db/schema/index.ts';
import { recordEvents } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { finalizeRow } from '../../modules/invoicing/new-invoice.ts';
import { takeInvoiceNumbers } from '../../modules/invoicing/numbering.ts';
import type { InvoiceLineRow, InvoiceRow } from '../../modules/invoicing/present.ts';
import { accountSettings } from './billing-data.ts';
import { invoiceEvents } from './invoice-events.ts';

export async function linesOf(db: Db, accountId: string, ids: string[]): Promise<Map<string, InvoiceLineRow[]>> {
  const map = new Map<string, InvoiceLineRow[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .select()
    .from(invoiceLines)
    .where(and(eq(invoiceLines.accountId, accountId), inArray(invoiceLines.invoiceId, ids)))
    .orderBy(asc(invoiceLines.invoiceId), asc(invoiceLines.position));
  for (const row of rows) map.set(row.invoiceId, [...(map.get(row.invoiceId) ?? []), row]);
  return map;
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
    .where(and(eq(customers.accountId, accountId), inArray(customers.id, customerIds)))
    .for('update');
  const balances = new Map(balanceRows.map((r) => [r.id, r.balance]));
  const lines = await linesOf(
    db,
    accountId,
    drafts.map((d) => d.id),
  );
  const numbers = await takeInvoiceNumbers(db, accountId, settings.invoicePrefix, drafts.length);
  drafts.forEach((row, k) => {
    balances.set(row.customerId, finalizeRow(row, numbers[k]!, balances.get(row.customerId) ?? 0, toDate(at)));
  });
  for (const [id, balance] of balances) {
    if (balanceRows.find((r) => r.id === id)?.balance === balance) continue;
    await db
      .update(customers)
      .set({ balance })
      .where(and(eq(customers.accountId, accountId), eq(customers.id, id)));
  }
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
  }));
  await db.execute(sql`
    update ${invoices} as i set status = v.status, number = v.number, starting_balance = v.sb, ending_balance = v.eb,
      amount_due = v.due, finalized_at = v.fin, paid_at = v.paid, finalize_at = null
    from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(
      id text, status text, number text, sb bigint, eb bigint, due bigint, fin timestamptz, paid timestamptz)
    where i.account_id = ${accountId} and i.id = v.id collate "C"`);
}
