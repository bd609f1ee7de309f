/**
 * Dunning recovery over a window [start, end), everything judged as of `end`:
 * - an invoice enters dunning at its first failed automatic payment attempt; `entered` counts those whose first
 *   failure falls in the window;
 * - recovered: paid by `end` (after retries, a new card, or paid out of band);
 * - lost: not paid and, by `end`, voided, marked uncollectible, or its subscription canceled by dunning
 *   (cancellation reason payment_failed);
 * - in_dunning: neither yet;
 * - recovery_rate = recovered ÷ (recovered + lost), null when none is settled: invoices still in dunning are left
 *   out so a young cohort does not look bad (Baremetrics' "recovered ÷ failed-and-settled").
 * Amounts are the invoices' amount due in minor units, summed per currency (never across currencies).
 */
import { MoneyDecimal } from '../../../kernel/money.ts';

/** One invoice that had a failed automatic attempt; instants are unix seconds. */
export interface DunningRecord {
  invoice: string;
  currency: string;
  amount_due: number;
  /** First failed automatic attempt. */
  failed_at: number;
  paid_at: number | null;
  /** Voided, marked uncollectible or subscription canceled by dunning (the earliest), null if none. */
  lost_at: number | null;
}

export type DunningOutcome = 'recovered' | 'lost' | 'in_dunning';

/** The invoice's outcome as of `asOf` (exclusive); a payment wins over loss when both happened. */
export function dunningOutcome(r: DunningRecord, asOf: number): DunningOutcome {
  if (r.paid_at !== null && r.paid_at < asOf) return 'recovered';
  if (r.lost_at !== null && r.lost_at < asOf) return 'lost';
  return 'in_dunning';
}

export interface DunningAmounts {
  currency: string;
  entered: number;
  recovered: number;
  lost: number;
  in_dunning: number;
}

export interface DunningRecovery {
  entered: number;
  recovered: number;
  lost: number;
  in_dunning: number;
  /** recovered ÷ (recovered + lost), a fraction; null when none was recovered or lost. */
  recovery_rate: number | null;
  /** Per currency, sorted by code. */
  amounts: DunningAmounts[];
}

/** The window's dunning figures (see the definitions at the top of this file). */
export function dunningRecovery(records: readonly DunningRecord[], start: number, end: number): DunningRecovery {
  if (!(end > start)) throw new RangeError('end must be after start');
  const out: DunningRecovery = { entered: 0, recovered: 0, lost: 0, in_dunning: 0, recovery_rate: null, amounts: [] };
  const amounts = new Map<string, DunningAmounts>();
  for (const r of records) {
    if (r.failed_at < start || r.failed_at >= end) continue;
    if (!Number.isSafeInteger(r.amount_due)) throw new RangeError(`${r.invoice}: amount_due must be an integer`);
    const outcome = dunningOutcome(r, end);
    out.entered++;
    out[outcome]++;
    const sums = amounts.get(r.currency) ?? { currency: r.currency, entered: 0, recovered: 0, lost: 0, in_dunning: 0 };
    sums.entered += r.amount_due;
    sums[outcome] += r.amount_due;
    amounts.set(r.currency, sums);
  }
  const settled = out.recovered + out.lost;
  out.recovery_rate = settled === 0 ? null : new MoneyDecimal(out.recovered).div(settled).toNumber();
  out.amounts = [...amounts.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1));
  return out;
}
