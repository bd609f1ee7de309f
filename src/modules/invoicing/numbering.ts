import { sql } from 'drizzle-orm';
import { rowsOf } from '../../db/client.ts';
import type { Db } from '../../db/index.ts';
import { invoiceSequences } from '../../db/schema/index.ts';

/**
 * Takes `count` consecutive numbers from the account's gapless sequence, inside the caller's transaction: a
 * rollback returns them, so no number is ever skipped. The row lock serialises finalizing transactions of one
 * account, so callers take numbers as late in their transaction as they can.
 */
export async function takeInvoiceNumbers(db: Db, accountId: string, prefix: string, count: number): Promise<string[]> {
  if (count === 0) return [];
  const result = await db.execute(sql`
    insert into ${invoiceSequences} (account_id, prefix, last_number) values (${accountId}, ${prefix}, ${count})
    on conflict (account_id, prefix) do update set last_number = ${invoiceSequences.lastNumber} + ${count}
    returning last_number`);
  const last = Number(rowsOf<{ last_number: number | string }>(result)[0]!.last_number);
  return Array.from({ length: count }, (_, i) => formatNumber(prefix, last - count + 1 + i));
}

export function formatNumber(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(6, '0')}`;
}
