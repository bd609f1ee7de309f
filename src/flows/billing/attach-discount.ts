/** Redeeming a coupon or promotion code onto a customer or subscription, checking its limits once. */
import { and, eq, sql } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../../context.ts';
import { coupons, discounts, promotionCodes } from '../../db/schema/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { findCoupon, findPromotionCode } from '../../modules/catalog/index.ts';
import { discountEnd } from '../../modules/invoicing/index.ts';
import { couponOf } from './billing-data.ts';

export type DiscountTarget = { customerId: string; subscriptionId: string | null; currency: string };

async function promotionCode(ctx: AppContext, accountId: string, idOrCode: string, at: Temporal.Instant) {
  const rows = await ctx.db
    .select()
    .from(promotionCodes)
    .where(
      and(
        eq(promotionCodes.accountId, accountId),
        sql`(${promotionCodes.id} = ${idOrCode} or upper(${promotionCodes.code}) = upper(${idOrCode}))`,
      ),
    )
    .limit(1);
  const row = rows[0] ?? (await findPromotionCode(ctx, accountId, idOrCode));
  const expired = row.expiresAt && row.expiresAt.getTime() <= at.epochMilliseconds;
  const exhausted = row.maxRedemptions !== null && row.timesRedeemed >= row.maxRedemptions;
  if (!row.active || expired || exhausted) {
    throw invalid('promotion_code_invalid', `Promotion code ${idOrCode} can no longer be redeemed`, 'promotion_code');
  }
  await ctx.db
    .update(promotionCodes)
    .set({ timesRedeemed: row.timesRedeemed + 1 })
    .where(and(eq(promotionCodes.accountId, accountId), eq(promotionCodes.id, row.id)));
  return row;
}

/** Creates the discount (di_) from `start`; a repeating coupon's end is fixed now (start + N months). */
export async function attachDiscount(
  ctx: AppContext,
  accountId: string,
  target: DiscountTarget,
  input: { coupon?: string | undefined; promotion_code?: string | undefined },
  at: Temporal.Instant,
  timeZone: string,
): Promise<string | null> {
  if (!input.coupon && !input.promotion_code) return null;
  const promo = input.promotion_code ? await promotionCode(ctx, accountId, input.promotion_code, at) : null;
  const param = promo ? 'promotion_code' : 'coupon';
  const coupon = await findCoupon(ctx, accountId, promo?.couponId ?? input.coupon!, param, true);
  const expired = coupon.redeemBy && coupon.redeemBy.getTime() <= at.epochMilliseconds;
  const exhausted = coupon.maxRedemptions !== null && coupon.timesRedeemed >= coupon.maxRedemptions;
  if (expired || exhausted) throw invalid('coupon_expired', `Coupon ${coupon.id} can no longer be redeemed`, param);
  if (coupon.currency && coupon.currency.toUpperCase() !== target.currency.toUpperCase()) {
    throw invalid('currency_mismatch', `Coupon ${coupon.id} is in ${coupon.currency}`, param);
  }
  await ctx.db
    .update(coupons)
    .set({ timesRedeemed: coupon.timesRedeemed + 1 })
    .where(and(eq(coupons.accountId, accountId), eq(coupons.id, coupon.id)));
  const end = discountEnd({ coupon: couponOf(coupon), start: at }, timeZone);
  const id = newId('di');
  await ctx.db.insert(discounts).values({
    accountId,
    id,
    customerId: target.customerId,
    subscriptionId: target.subscriptionId,
    couponId: coupon.id,
    promotionCodeId: promo?.id ?? null,
    start: toDate(at),
    end: end ? toDate(end) : null,
    created: toDate(at),
  });
  return id;
}
