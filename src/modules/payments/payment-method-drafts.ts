/**
 * Stripe's two-step payment methods: `POST /v1/payment_methods {type, card[token]}` makes one without a customer,
 * `…/attach {customer}` gives it one. Until then the token waits as a draft; attaching keeps its id.
 */
import { and, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { paymentMethodDrafts } from '../../db/schema/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { gatewayFor } from './gateways/index.ts';
import { refuseCardNumber } from './payment-methods.ts';

type DraftRow = typeof paymentMethodDrafts.$inferSelect;
export type DraftInput = { token: string; gateway?: string; metadata?: Record<string, string> };

export function presentDraft(row: DraftRow) {
  return {
    id: row.id,
    object: 'payment_method' as const,
    created: toUnix(row.created),
    customer: null,
    gateway: row.gateway,
    type: row.type,
    card:
      row.type === 'card'
        ? { brand: row.brand, last4: row.last4, exp_month: row.expMonth, exp_year: row.expYear }
        : null,
    is_default: false,
    metadata: row.metadata,
  };
}

export async function createPaymentMethodDraft(ctx: AppContext, actor: Actor, input: DraftInput, tokenParam: string) {
  refuseCardNumber(input.token, tokenParam);
  const gatewayName = input.gateway ?? 'sandbox';
  const gateway = gatewayFor(gatewayName);
  if (!gateway) throw invalid('gateway_unavailable', `No gateway '${gatewayName}' is configured`, 'gateway');
  const details = await gateway.describe(input.token);
  const [row] = await ctx.db
    .insert(paymentMethodDrafts)
    .values({
      accountId: actor.accountId,
      id: newId('pm'),
      gateway: gatewayName,
      token: input.token,
      type: details.type,
      brand: details.brand,
      last4: details.last4,
      expMonth: details.expMonth,
      expYear: details.expYear,
      metadata: input.metadata ?? {},
      created: toDate(ctx.clock.now()),
    })
    .returning();
  return presentDraft(row!);
}

/** The draft with this id, taken out of the drafts (to be attached in the same transaction), or undefined. */
export async function takeDraft(ctx: AppContext, accountId: string, id: string): Promise<DraftRow | undefined> {
  const [row] = await ctx.db
    .delete(paymentMethodDrafts)
    .where(and(eq(paymentMethodDrafts.accountId, accountId), eq(paymentMethodDrafts.id, id)))
    .returning();
  return row;
}

export async function findDraft(ctx: AppContext, accountId: string, id: string): Promise<DraftRow | undefined> {
  const [row] = await ctx.db
    .select()
    .from(paymentMethodDrafts)
    .where(and(eq(paymentMethodDrafts.accountId, accountId), eq(paymentMethodDrafts.id, id)));
  return row;
}
