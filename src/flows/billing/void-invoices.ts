/** Voiding open invoices a run decided to give up on (an expired incomplete subscription's first invoice). */
import { and, asc, eq } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor } from '../../context.ts';
import { anyOf, type Db } from '../../db/index.ts';
import { invoiceLines, invoices } from '../../db/schema/index.ts';
import { recordEvents } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { presentInvoice } from '../../modules/invoicing/index.ts';
import { groupBy } from './billing-data.ts';

/** Voids those of `ids` still open (a payment may have won the race) and records invoice.voided for each. */
export async function voidOpenInvoices(db: Db, actor: Actor, ids: string[], at: Temporal.Instant): Promise<void> {
  if (ids.length === 0) return;
  const rows = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.accountId, actor.accountId), anyOf(invoices.id, ids), eq(invoices.status, 'open')))
    .for('update');
  if (rows.length === 0) return;
  const patch = { status: 'void' as const, voidedAt: toDate(at), nextPaymentAttempt: null, collectionDueAt: null };
  await db
    .update(invoices)
    .set(patch)
    .where(
      and(
        eq(invoices.accountId, actor.accountId),
        anyOf(
          invoices.id,
          rows.map((r) => r.id),
        ),
      ),
    );
  const lines = groupBy(
    await db
      .select()
      .from(invoiceLines)
      .where(
        and(
          eq(invoiceLines.accountId, actor.accountId),
          anyOf(
            invoiceLines.invoiceId,
            rows.map((r) => r.id),
          ),
        ),
      )
      .orderBy(asc(invoiceLines.invoiceId), asc(invoiceLines.position)),
    (l) => l.invoiceId,
  );
  await recordEvents(
    db,
    actor,
    rows.map((row) => ({
      type: 'invoice.voided',
      object: presentInvoice({ ...row, ...patch }, lines.get(row.id) ?? []),
      at,
      testClock: row.testClock,
    })),
  );
}
