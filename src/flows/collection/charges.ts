/**
 * Charge after commit. The transaction that decides to collect records a `pending` payment with its idempotency key
 * (`intendCharge`); once it has committed, the gateway is called outside any transaction (`runCharge`) and the
 * outcome is recorded in a transaction of its own. A crash anywhere leaves the pending row, which due work resumes
 * with the same key (`pendingChargesSource`): the gateway replays its first answer, so nothing is charged twice and
 * nothing stays pending.
 */
import { and, asc, count, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { Actor, AppContext } from '../../context.ts';
import type { Db } from '../../db/index.ts';
import { invoices, paymentMethods, payments } from '../../db/schema/index.ts';
import { transact } from '../../db/tx.ts';
import { fromDate, toDate } from '../../kernel/clock.ts';
import type { InvoiceRow } from '../../modules/invoicing/index.ts';
import { type ChargeResult, gatewayFor, writeBalanceChanges } from '../../modules/payments/index.ts';
import type { DueWorkSource } from '../../worker/index.ts';
import { accountSettings } from '../billing/billing-data.ts';
import { paymentFor } from './present-payment.ts';
import { type ChargeOutcome, recordOutcome } from './record-outcome.ts';

export type PaymentRow = typeof payments.$inferSelect;

/** Metadata key of a payment-link attempt's submitted token; dropped once the outcome is recorded. */
export const LINK_TOKEN = 'pending_token';

/** How long the process that committed an intent has to record its outcome before due work takes it over. */
export const RESUME_AFTER_MS = 60_000;

/** Test seams for fault injection: called around the gateway call, as a crash there would be. */
export const chargeFaults: { beforeCharge: (() => void) | null; afterCharge: (() => void) | null } = {
  beforeCharge: null,
  afterCharge: null,
};

/** The invoice's attempt whose outcome is not recorded yet, if any: a new attempt must not overtake it. */
export async function pendingAttempt(db: Db, inv: InvoiceRow): Promise<PaymentRow | null> {
  const [row] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.accountId, inv.accountId), eq(payments.invoiceId, inv.id), eq(payments.status, 'pending')))
    .limit(1);
  return row ?? null;
}

/**
 * Records attempt number `inv.attemptCount + 1` as `pending` (in the caller's transaction) and defers its gateway
 * call to after the commit. `paymentMethod` null means there is nothing to charge: the attempt fails at once.
 */
export async function intendCharge(
  ctx: AppContext,
  inv: InvoiceRow,
  paymentMethod: { id: string; gateway: string } | null,
  at: Temporal.Instant,
): Promise<PaymentRow> {
  const number = inv.attemptCount + 1;
  const payment = paymentFor(inv, toDate(at), {
    amount: inv.amountDue - inv.amountPaid,
    status: paymentMethod ? 'pending' : 'failed',
    gateway: paymentMethod?.gateway ?? 'none',
    idempotencyKey: `${inv.id}:attempt:${number}`,
    attempt: number,
    paymentMethodId: paymentMethod?.id ?? null,
    resumeAt: paymentMethod ? toDate(ctx.clock.now().add({ milliseconds: RESUME_AFTER_MS })) : null,
    ...(!paymentMethod && { declineCode: 'no_payment_method', failureMessage: 'The customer has no payment method' }),
  });
  await ctx.db.insert(payments).values(payment);
  inv.attemptCount = number;
  if (paymentMethod) deferCharge(ctx, payment);
  return payment;
}

/** Runs the pending attempt once the caller's transaction has committed (or leaves it to due work outside one). */
export function deferCharge(ctx: AppContext, payment: PaymentRow): void {
  ctx.afterCommit?.push((root) => runCharge(root, payment.accountId, payment.id));
}

async function priorAttempts(db: Db, accountId: string, pmId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(payments)
    .where(
      and(
        eq(payments.accountId, accountId),
        eq(payments.paymentMethodId, pmId),
        inArray(payments.status, ['failed', 'succeeded']),
      ),
    );
  return Number(row?.n ?? 0);
}

/** The gateway call of one pending attempt, outside any transaction, then its outcome in a transaction of its own. */
export async function runCharge(ctx: AppContext, accountId: string, paymentId: string): Promise<void> {
  const [payment] = await ctx.db
    .select()
    .from(payments)
    .where(and(eq(payments.accountId, accountId), eq(payments.id, paymentId)));
  if (payment?.status !== 'pending') return;
  const result = await callGateway(ctx.db, payment);
  await transact(ctx, (tx) => recordCharge(tx, payment.id, accountId, result));
}

/** Records a pending attempt for an explicit gateway and token (the payment link), charged after the commit. */
export async function intendLinkCharge(
  ctx: AppContext,
  inv: InvoiceRow,
  input: { gateway: string; token: string },
  at: Temporal.Instant,
) {
  const number = inv.attemptCount + 1;
  const payment = paymentFor(inv, toDate(at), {
    amount: inv.amountDue - inv.amountPaid,
    status: 'pending',
    gateway: input.gateway,
    // One key per try: a declined card does not block the next one.
    idempotencyKey: `${inv.id}:link:${number}`,
    attempt: number,
    metadata: { via: 'payment_link', [LINK_TOKEN]: input.token },
    resumeAt: toDate(ctx.clock.now().add({ milliseconds: RESUME_AFTER_MS })),
  });
  await ctx.db.insert(payments).values(payment);
  inv.attemptCount = number;
  await ctx.db
    .update(invoices)
    .set({ attemptCount: number })
    .where(and(eq(invoices.accountId, inv.accountId), eq(invoices.id, inv.id)));
  deferCharge(ctx, payment);
  return payment;
}

async function callGateway(db: Db, payment: PaymentRow): Promise<ChargeResult> {
  const [pm] = payment.paymentMethodId
    ? await db
        .select()
        .from(paymentMethods)
        .where(and(eq(paymentMethods.accountId, payment.accountId), eq(paymentMethods.id, payment.paymentMethodId)))
    : [];
  const gateway = gatewayFor(payment.gateway);
  // A payment-link attempt charges the token the customer's browser submitted, kept only while pending.
  const token = pm?.token ?? payment.metadata[LINK_TOKEN];
  if (!token || !gateway) throw new Error(`payment ${payment.id}: gateway ${payment.gateway} or its method is missing`);
  chargeFaults.beforeCharge?.();
  const result = await gateway.charge({
    idempotencyKey: payment.idempotencyKey,
    amount: payment.amount,
    currency: payment.currency,
    token,
    customer: payment.customerId,
    description: `Invoice payment attempt ${payment.attempt}`,
    priorAttempts: pm ? await priorAttempts(db, payment.accountId, pm.id) : 0,
    metadata: { invoice: payment.invoiceId ?? '', attempt: String(payment.attempt) },
  });
  chargeFaults.afterCharge?.();
  return result;
}

/** Stores the gateway's answer once (a second recorder finds the payment no longer pending) and applies it. */
async function recordCharge(ctx: AppContext, paymentId: string, accountId: string, result: ChargeResult) {
  const [payment] = await ctx.db
    .select()
    .from(payments)
    .where(and(eq(payments.accountId, accountId), eq(payments.id, paymentId)))
    .for('update');
  if (payment?.status !== 'pending') return;
  payment.status = result.status;
  payment.gatewayId = result.gatewayId || null;
  payment.declineCode = result.declineCode;
  payment.failureMessage = result.message;
  payment.resumeAt = null;
  const { [LINK_TOKEN]: _token, ...metadata } = payment.metadata;
  payment.metadata = metadata;
  // The attempt's business time is when it was decided (a test clock may have moved on since).
  const at = fromDate(payment.created);
  payment.settledAt = result.status === 'processing' ? null : payment.created;
  await ctx.db
    .update(payments)
    .set({
      status: payment.status,
      gatewayId: payment.gatewayId,
      declineCode: payment.declineCode,
      failureMessage: payment.failureMessage,
      resumeAt: null,
      settledAt: payment.settledAt,
      metadata,
    })
    .where(and(eq(payments.accountId, accountId), eq(payments.id, paymentId)));
  if (!payment.invoiceId) return;
  const [inv] = await ctx.db
    .select()
    .from(invoices)
    .where(and(eq(invoices.accountId, accountId), eq(invoices.id, payment.invoiceId)))
    .for('update');
  if (!inv) return;
  const actor: Actor = { accountId };
  if (inv.status !== 'open') {
    // Voided or paid another way while the charge was out: the money is the customer's credit.
    if (payment.status === 'succeeded') {
      const change = { customerId: inv.customerId, amount: -payment.amount, type: 'invoice_overpaid' as const };
      await writeBalanceChanges(
        ctx.db,
        accountId,
        [{ ...change, currency: inv.currency, invoiceId: inv.id }],
        toDate(at),
      );
    }
    return;
  }
  const settings = await accountSettings(ctx.db, accountId);
  await recordOutcome(ctx, actor, settings, inv, payment as ChargeOutcome, at);
}

/** Due work: pending attempts whose process did not record an outcome in time (a crash), resumed with their key. */
export function pendingChargesSource(): DueWorkSource {
  const due = (now: Date) => and(isNotNull(payments.resumeAt), lte(payments.resumeAt, now));
  return {
    name: 'pending_charges',
    nextDueOnClock: async () => null,
    runOnClock: async () => undefined,
    async runDue(ctx, now, limit) {
      const { result: claimed } = await transact(ctx, async (tx) => {
        const rows = await tx.db
          .select({ accountId: payments.accountId, id: payments.id })
          .from(payments)
          .where(due(now))
          .orderBy(asc(payments.resumeAt))
          .limit(limit)
          .for('update', { skipLocked: true });
        // Claimed for one more grace period: another worker does not call the gateway for it meanwhile.
        const resumeAt = new Date(now.getTime() + RESUME_AFTER_MS);
        for (const row of rows)
          await tx.db
            .update(payments)
            .set({ resumeAt })
            .where(and(eq(payments.accountId, row.accountId), eq(payments.id, row.id)));
        return rows;
      });
      for (const row of claimed) {
        try {
          await runCharge(ctx, row.accountId, row.id);
        } catch (error) {
          process.emitWarning(`pending charge ${row.id} not resumed: ${(error as Error).message}`);
        }
      }
      return claimed.length;
    },
    async backlog(ctx, now) {
      const [row] = await ctx.db.select({ n: count() }).from(payments).where(due(now));
      return { count: Number(row?.n ?? 0), oldest: null };
    },
  };
}
