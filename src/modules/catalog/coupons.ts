import { and, eq, type SQL } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { hasChanges } from '../../db/changes.ts';
import { byId, findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { coupons } from '../../db/schema/index.ts';
import { previousAttributes, recordChange, recordEvent } from '../../events/index.ts';
import { fromUnix, toDate } from '../../kernel/clock.ts';
import { isSupportedCurrency } from '../../kernel/currency.ts';
import { conflict, invalid, notFound } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import { type CouponRow, presentCoupon } from './present.ts';
import { findProduct } from './products.ts';

export type CouponInput = {
  id?: string;
  name?: string;
  percent_off?: number;
  amount_off?: number;
  currency?: string;
  duration?: 'once' | 'repeating' | 'forever';
  duration_in_months?: number;
  max_redemptions?: number;
  redeem_by?: number;
  applies_to?: { products: string[] };
  metadata?: Record<string, string | null>;
};

export async function findCoupon(ctx: AppContext, accountId: string, id: string, param = 'id', lock = false) {
  const row = await findOne<CouponRow>(ctx.db, coupons, accountId, id, 'coupon', { param, lock });
  if (row.deleted) throw notFound('coupon', id, param);
  return row;
}

/** Exactly one of percent_off or amount_off+currency; `repeating` needs duration_in_months (and only it). */
function checkCoupon(input: CouponInput, now: number): void {
  if ((input.percent_off === undefined) === (input.amount_off === undefined)) {
    throw invalid(
      'coupon_invalid',
      'Give exactly one of percent_off or amount_off',
      input.percent_off === undefined ? 'percent_off' : 'amount_off',
    );
  }
  if (input.amount_off !== undefined && !input.currency)
    throw invalid('parameter_missing', 'amount_off needs a currency', 'currency');
  if (input.currency && !isSupportedCurrency(input.currency))
    throw invalid('currency_unsupported', `Unknown currency '${input.currency}'`, 'currency');
  const duration = input.duration ?? 'once';
  if ((duration === 'repeating') !== (input.duration_in_months !== undefined)) {
    throw invalid(
      'coupon_invalid',
      'duration_in_months is required for, and only allowed with, duration=repeating',
      'duration_in_months',
    );
  }
  if (input.redeem_by !== undefined && input.redeem_by * 1000 <= now) {
    throw invalid('parameter_invalid', 'redeem_by must be in the future', 'redeem_by');
  }
}

export async function createCoupon(ctx: AppContext, actor: Actor, input: CouponInput) {
  const at = ctx.clock.now();
  checkCoupon(input, at.epochMilliseconds);
  for (const [i, product] of (input.applies_to?.products ?? []).entries()) {
    await findProduct(ctx, actor.accountId, product, `applies_to.products[${i}]`);
  }
  const rows = await ctx.db
    .insert(coupons)
    .values({
      accountId: actor.accountId,
      id: input.id ?? newId('co'),
      name: input.name ?? null,
      percentOff: input.percent_off === undefined ? null : String(input.percent_off),
      amountOff: input.amount_off ?? null,
      currency: input.currency?.toLowerCase() ?? null,
      duration: input.duration ?? 'once',
      durationInMonths: input.duration_in_months ?? null,
      maxRedemptions: input.max_redemptions ?? null,
      redeemBy: input.redeem_by === undefined ? null : toDate(fromUnix(input.redeem_by)),
      appliesToProducts: input.applies_to?.products ?? null,
      metadata: mergeMetadata({}, input.metadata),
      created: toDate(at),
    })
    .onConflictDoNothing()
    .returning();
  if (!rows[0]) throw conflict('resource_exists', `A coupon with id '${input.id}' already exists`, 'id');
  const coupon = presentCoupon(rows[0], at);
  await recordEvent(ctx.db, actor, { type: 'coupon.created', object: coupon, at });
  return coupon;
}

export async function getCoupon(ctx: AppContext, accountId: string, id: string) {
  return presentCoupon(await findCoupon(ctx, accountId, id), ctx.clock.now());
}

/** Only the name and metadata change: a coupon's terms are part of every discount already granted. */
export async function updateCoupon(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { name?: string; metadata?: Record<string, string | null> },
) {
  const current = await findCoupon(ctx, actor.accountId, id, 'id', true);
  const at = ctx.clock.now();
  const changes = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.metadata !== undefined && { metadata: mergeMetadata(current.metadata, input.metadata) }),
  };
  const [row] = hasChanges(changes)
    ? await ctx.db
        .update(coupons)
        .set(changes)
        .where(byId(coupons, actor.accountId, id))
        .returning()
    : [current];
  const coupon = presentCoupon(row!, at);
  await recordChange(ctx.db, actor, {
    type: 'coupon.updated',
    object: coupon,
    previousAttributes: previousAttributes(presentCoupon(current, at), coupon),
    at,
  });
  return coupon;
}

/** Deleting stops new redemptions; discounts already granted keep running (Stripe's behaviour). */
export async function deleteCoupon(ctx: AppContext, actor: Actor, id: string) {
  const current = await findCoupon(ctx, actor.accountId, id, 'id', true);
  await ctx.db
    .update(coupons)
    .set({ deleted: true })
    .where(byId(coupons, actor.accountId, id));
  const at = ctx.clock.now();
  await recordEvent(ctx.db, actor, {
    type: 'coupon.deleted',
    object: presentCoupon({ ...current, deleted: true }, at),
    at,
  });
  return { id, object: 'coupon' as const, deleted: true as const };
}

export async function listCoupons(ctx: AppContext, accountId: string, params: ListParams) {
  const now = ctx.clock.now();
  const filters: SQL[] = [eq(coupons.deleted, false)];
  return listPage(ctx.db, coupons, accountId, params, and(...filters), (row: CouponRow) => presentCoupon(row, now));
}
