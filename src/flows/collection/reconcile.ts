/**
 * Ledger integrity, checked to the minor unit for one account:
 *  1. every finalized invoice: total = paid (net of overpayment) + customer balance applied + pre-payment credit
 *     notes + written off + still due;
 *  2. its amount_paid = its succeeded payments, less what was overpaid into the balance;
 *  3. every issued credit note's refund part = its refunds, and its credit part = what it put in the balance;
 *  4. every customer's balance = the sum of their ledger; paid invoices owe nothing, open ones do.
 */
import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/index.ts';
import {
  accounts,
  balanceTransactions,
  creditNotes,
  customers,
  invoices,
  payments,
  refunds,
} from '../../db/schema/index.ts';

const sumBy = <T>(rows: T[], key: (r: T) => string | null, value: (r: T) => number) => {
  const map = new Map<string, number>();
  for (const r of rows) {
    const k = key(r);
    if (k) map.set(k, (map.get(k) ?? 0) + value(r));
  }
  return map;
};

/** Every account's problems; an empty list means the books balance. */
export async function reconcileAll(db: Db): Promise<{ accountId: string; problems: string[] }[]> {
  const ids = await db.select({ id: accounts.id }).from(accounts);
  const result = [];
  for (const { id } of ids) result.push({ accountId: id, problems: await reconcile(db, id) });
  return result;
}

export async function reconcile(db: Db, accountId: string): Promise<string[]> {
  const problems: string[] = [];
  const invs = (
    await db
      .select()
      .from(invoices)
      .where(and(eq(invoices.accountId, accountId), ne(invoices.status, 'draft')))
  ).filter((i) => i.status !== 'void');
  const pays = await db
    .select()
    .from(payments)
    .where(and(eq(payments.accountId, accountId), eq(payments.status, 'succeeded')));
  const ledger = await db.select().from(balanceTransactions).where(eq(balanceTransactions.accountId, accountId));
  const notes = await db
    .select()
    .from(creditNotes)
    .where(and(eq(creditNotes.accountId, accountId), eq(creditNotes.status, 'issued')));
  const refundRows = await db.select().from(refunds).where(eq(refunds.accountId, accountId));
  const paid = sumBy(
    pays,
    (p) => p.invoiceId,
    (p) => p.amount,
  );
  const applied = sumBy(
    ledger.filter((t) => t.type === 'applied_to_invoice'),
    (t) => t.invoiceId,
    (t) => t.amount,
  );
  const overpaid = sumBy(
    ledger.filter((t) => t.type === 'invoice_overpaid'),
    (t) => t.invoiceId,
    (t) => t.amount,
  );
  const pre = sumBy(
    notes,
    (n) => n.invoiceId,
    (n) => n.preAmount,
  );
  for (const inv of invs) {
    const netPaid = (paid.get(inv.id) ?? 0) + (overpaid.get(inv.id) ?? 0);
    const remaining = inv.status === 'paid' ? 0 : inv.amountDue - inv.amountPaid;
    const settled = netPaid + (applied.get(inv.id) ?? 0) + (pre.get(inv.id) ?? 0) + remaining;
    if (settled !== inv.total)
      problems.push(
        `${inv.id}: total ${inv.total} ≠ paid ${netPaid} + balance ${applied.get(inv.id) ?? 0} + credit notes ${pre.get(inv.id) ?? 0} + due ${remaining}`,
      );
    if (inv.amountPaid !== netPaid) problems.push(`${inv.id}: amount_paid ${inv.amountPaid} ≠ payments ${netPaid}`);
    if (inv.status === 'open' && remaining <= 0) problems.push(`${inv.id}: open but nothing due`);
    if (inv.status === 'paid' && inv.amountPaid < inv.amountDue)
      problems.push(`${inv.id}: paid with ${inv.amountDue - inv.amountPaid} still due`);
  }
  const refunded = sumBy(
    refundRows,
    (r) => r.creditNoteId,
    (r) => r.amount,
  );
  const credited = sumBy(
    ledger.filter((t) => t.type === 'credit_note'),
    (t) => t.creditNoteId,
    (t) => -t.amount,
  );
  for (const note of notes) {
    if ((refunded.get(note.id) ?? 0) !== note.refundAmount)
      problems.push(`${note.id}: refund part ${note.refundAmount} ≠ refunds ${refunded.get(note.id) ?? 0}`);
    if ((credited.get(note.id) ?? 0) !== note.creditAmount)
      problems.push(`${note.id}: credit part ${note.creditAmount} ≠ balance credit ${credited.get(note.id) ?? 0}`);
  }
  const ledgerSum = sumBy(
    ledger,
    (t) => t.customerId,
    (t) => t.amount,
  );
  const balances = await db
    .select({ id: customers.id, balance: customers.balance })
    .from(customers)
    .where(eq(customers.accountId, accountId));
  for (const c of balances) {
    if (c.balance !== (ledgerSum.get(c.id) ?? 0))
      problems.push(`${c.id}: balance ${c.balance} ≠ ledger ${ledgerSum.get(c.id) ?? 0}`);
  }
  return problems;
}
