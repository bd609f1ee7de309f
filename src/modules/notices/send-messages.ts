/** Sends queued messages with retries; a claimed message is leased so two workers never send it at once. */
import { and, asc, eq, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { messages } from '../../db/schema/index.ts';
import { toDate } from '../../kernel/clock.ts';
import type { Mailer } from './mailer.ts';

/** Retry after 1 min, 5 min, 30 min, 2 h, then every 6 h; failed after 12 attempts (about 2.5 days). */
export const RETRY_DELAYS_S = [60, 300, 1800, 7200, 21600];
export const MAX_ATTEMPTS = 12;
const LEASE_MS = 5 * 60_000;

export function retryDelayMs(attempts: number): number {
  return RETRY_DELAYS_S[Math.min(attempts - 1, RETRY_DELAYS_S.length - 1)]! * 1000;
}

const dueNow = (now: Date): SQL =>
  and(eq(messages.status, 'queued'), or(isNull(messages.nextAttemptAt), lte(messages.nextAttemptAt, now))) as SQL;

/** Claims up to `limit` due messages, sends each, records the outcome; returns how many were attempted. */
/** Renders a stored invoice's PDF: given by the server (it spans modules), so notices do not import flows. */
export type InvoicePdf = (ctx: AppContext, accountId: string, invoiceId: string) => Promise<Buffer>;

export async function sendDueMessages(
  ctx: AppContext,
  mailer: Mailer,
  from: string,
  limit: number,
  invoicePdf: InvoicePdf,
): Promise<number> {
  const at = toDate(ctx.clock.now());
  const claimed = await ctx.db.transaction(async (db) => {
    const rows = await db
      .select()
      .from(messages)
      .where(dueNow(at))
      .orderBy(asc(messages.id))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return rows;
    // The lease: if this worker dies mid-send, the message is tried again after it (at-least-once).
    await db
      .update(messages)
      .set({ nextAttemptAt: new Date(at.getTime() + LEASE_MS) })
      .where(
        inArray(
          messages.id,
          rows.map((r) => r.id),
        ),
      );
    return rows;
  });
  for (const row of claimed) {
    const key = and(eq(messages.accountId, row.accountId), eq(messages.id, row.id));
    const attempts = row.attempts + 1;
    try {
      const attachments = row.content.invoice
        ? [
            {
              filename: `${row.content.invoice}.pdf`,
              content: await invoicePdf(ctx, row.accountId, row.content.invoice),
              contentType: 'application/pdf',
            },
          ]
        : undefined;
      const where = await mailer.send({
        ...(attachments && { attachments }),
        id: row.id,
        from,
        to: row.to,
        subject: row.subject,
        text: row.content.text,
        html: row.content.html,
        headers: row.content.headers,
      });
      await ctx.db
        .update(messages)
        .set({ status: 'sent', attempts, sentAt: at, nextAttemptAt: null, deliveredTo: where, lastError: null })
        .where(key);
    } catch (error) {
      const failed = attempts >= MAX_ATTEMPTS;
      await ctx.db
        .update(messages)
        .set({
          status: failed ? 'failed' : 'queued',
          attempts,
          lastError: String((error as Error)?.message ?? error).slice(0, 500),
          nextAttemptAt: failed ? null : new Date(at.getTime() + retryDelayMs(attempts)),
        })
        .where(key);
    }
  }
  return claimed.length;
}
