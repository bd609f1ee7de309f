/** Refunds (`re_`) through the gateway that took the payment, with an idempotency key so a retry never refunds twice. */
import { and, asc, count, desc, eq, isNull, lte } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor, AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { payments, refunds } from '../../db/schema/index.ts';
import { transact } from '../../db/tx.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { conflict, invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { InvoiceRow } from '../../modules/invoicing/index.ts';
import { gatewayFor, type RefundResult } from '../../modules/payments/index.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import type { DueWorkSource } from '../../worker/index.ts';
import { RESUME_AFTER_MS } from './charges.ts';

type PaymentRow = typeof payments.$inferSelect;
type RefundRow = typeof refunds.$inferSelect;

export function presentRefund(row: RefundRow) {
  return {
    id: row.id,
    object: 'refund' as const,
    created: toUnix(row.created),
    payment: row.paymentId,
    amount: row.amount,
    currency: row.currency.toLowerCase(),
    status: row.status,
    reason: row.reason,
    credit_note: row.creditNoteId,
    gateway_id: row.gatewayId,
    metadata: row.metadata,
  };
}

/**
 * Refunds `amount` of one payment, after the commit: the caller's transaction records the refund as `pending` with
 * its idempotency key and reserves the amount on the payment (so two refunds cannot both take the last of it); the
 * gateway is called once the transaction committed, outside any, and its answer recorded in a transaction of its
 * own (`runRefund`). A crash in between leaves the pending refund, which due work resumes with the same key.
 */
export async function refundPayment(
  ctx: AppContext,
  actor: Actor,
  payment: PaymentRow,
  amount: number,
  at: Temporal.Instant,
  refs: { creditNoteId?: string | null; reason?: string | null } = {},
) {
  if (payment.status !== 'succeeded')
    throw conflict('payment_not_refundable', `Payment ${payment.id} is ${payment.status}`, 'payment');
  if (payment.outOfBand)
    throw conflict(
      'payment_not_refundable',
      'A payment made outside Tenure is refunded outside it (credit note out_of_band_amount)',
      'payment',
    );
  const refundable = payment.amount - payment.amountRefunded;
  if (amount <= 0 || amount > refundable)
    throw invalid('refund_too_large', `At most ${refundable} of ${payment.id} can be refunded`, 'amount');
  if (!gatewayFor(payment.gateway))
    throw invalid('gateway_unavailable', `Gateway ${payment.gateway} is not configured`, 'payment');
  const id = newId('re');
  const row: RefundRow = {
    accountId: actor.accountId,
    id,
    paymentId: payment.id,
    amount,
    currency: payment.currency,
    status: 'pending',
    reason: refs.reason ?? null,
    gatewayId: null,
    creditNoteId: refs.creditNoteId ?? null,
    // One key per refund: a retry of this refund replays its answer; a new refund after a refused one is new.
    idempotencyKey: `${payment.id}:refund:${id}`,
    metadata: {},
    created: toDate(at),
  };
  await ctx.db.insert(refunds).values(row);
  await setRefunded(ctx, payment, payment.amountRefunded + amount);
  const object = presentRefund(row);
  await recordEvent(ctx.db, actor, { type: 'refund.created', object, at, testClock: payment.testClock });
  ctx.afterCommit?.push((root) => runRefund(root, row.accountId, row.id));
  return object;
}

async function setRefunded(ctx: AppContext, payment: PaymentRow, amountRefunded: number) {
  await ctx.db
    .update(payments)
    .set({ amountRefunded })
    .where(and(eq(payments.accountId, payment.accountId), eq(payments.id, payment.id)));
  payment.amountRefunded = amountRefunded;
}

async function findRefund(ctx: AppContext, accountId: string, id: string, lock = false) {
  const query = ctx.db
    .select()
    .from(refunds)
    .where(and(eq(refunds.accountId, accountId), eq(refunds.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The gateway call of one pending refund, outside any transaction, then its outcome in a transaction of its own. */
export async function runRefund(ctx: AppContext, accountId: string, refundId: string): Promise<void> {
  const refund = await findRefund(ctx, accountId, refundId);
  if (refund?.status !== 'pending' || refund.gatewayId) return;
  const payment = await findOne<PaymentRow>(ctx.db, payments, accountId, refund.paymentId, 'payment');
  const gateway = gatewayFor(payment.gateway);
  if (!gateway) throw new Error(`refund ${refund.id}: gateway ${payment.gateway} is not configured`);
  const result = await gateway.refund({
    idempotencyKey: refund.idempotencyKey,
    gatewayPaymentId: payment.gatewayId ?? '',
    amount: refund.amount,
    currency: refund.currency,
  });
  await transact(ctx, (tx) => recordRefund(tx, accountId, refundId, result));
}

/** Stores the gateway's answer once; a failed refund gives its amount back to the payment's refundable rest. */
async function recordRefund(ctx: AppContext, accountId: string, refundId: string, result: RefundResult) {
  const refund = await findRefund(ctx, accountId, refundId, true);
  if (refund?.status !== 'pending' || refund.gatewayId) return;
  const updated = { ...refund, status: result.status, gatewayId: result.gatewayId };
  await ctx.db
    .update(refunds)
    .set({ status: updated.status, gatewayId: updated.gatewayId })
    .where(and(eq(refunds.accountId, accountId), eq(refunds.id, refundId)));
  const payment = await findOne<PaymentRow>(ctx.db, payments, accountId, refund.paymentId, 'payment', { lock: true });
  if (result.status === 'failed') await setRefunded(ctx, payment, payment.amountRefunded - refund.amount);
  const at = await timeFor(ctx, accountId, payment.testClock);
  const object = presentRefund(updated);
  await recordEvent(ctx.db, { accountId }, { type: 'refund.updated', object, at, testClock: payment.testClock });
}

/** Due work: pending refunds whose gateway answer was never recorded (a crash), resumed with their key. */
export function pendingRefundsSource(): DueWorkSource {
  const due = (now: Date) =>
    and(
      eq(refunds.status, 'pending'),
      isNull(refunds.gatewayId),
      lte(refunds.created, new Date(now.getTime() - RESUME_AFTER_MS)),
    );
  return {
    name: 'pending_refunds',
    nextDueOnClock: async () => null,
    runOnClock: async () => undefined,
    async runDue(ctx, now, limit) {
      const rows = await ctx.db
        .select({ accountId: refunds.accountId, id: refunds.id })
        .from(refunds)
        .where(due(now))
        .orderBy(asc(refunds.created))
        .limit(limit);
      // No claim is needed: the gateway replays a key's first answer and the recorder stores it once.
      for (const row of rows) {
        try {
          await runRefund(ctx, row.accountId, row.id);
        } catch (error) {
          process.emitWarning(`pending refund ${row.id} not resumed: ${(error as Error).message}`);
        }
      }
      return rows.length;
    },
    async backlog(ctx, now) {
      const [row] = await ctx.db.select({ n: count() }).from(refunds).where(due(now));
      return { count: Number(row?.n ?? 0), oldest: null };
    },
  };
}

/** A credit note's refund part, taken from the invoice's payments, newest first. */
export async function refundInvoicePayments(
  ctx: AppContext,
  actor: Actor,
  inv: InvoiceRow,
  amount: number,
  creditNoteId: string,
  at: Temporal.Instant,
) {
  const paid = await ctx.db
    .select()
    .from(payments)
    .where(
      and(
        eq(payments.accountId, actor.accountId),
        eq(payments.invoiceId, inv.id),
        eq(payments.status, 'succeeded'),
        eq(payments.outOfBand, false),
      ),
    )
    .orderBy(desc(payments.id))
    .for('update');
  let left = amount;
  for (const payment of paid) {
    const part = Math.min(left, payment.amount - payment.amountRefunded);
    if (part <= 0) continue;
    await refundPayment(ctx, actor, payment, part, at, { creditNoteId });
    left -= part;
    if (left === 0) return;
  }
  throw invalid('refund_too_large', `Only ${amount - left} of the invoice's payments can be refunded`, 'refund_amount');
}
