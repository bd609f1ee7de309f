import { randomBytes } from 'node:crypto';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { hasChanges } from '../../db/changes.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { byId, findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { promotionCodes } from '../../db/schema/index.ts';
import { previousAttributes, recordChange, recordEvent } from '../../events/index.ts';
import { fromUnix, toDate } from '../../kernel/clock.ts';
import { isSupportedCurrency } from '../../kernel/currency.ts';
import { conflict, invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import { findCustomer } from '../customers/index.ts';
import { findCoupon } from './coupons.ts';
import { type PromotionCodeRow, presentPromotionCode } from './present.ts';

export type PromotionCodeInput = {
  coupon: string;
  code?: string;
  customer?: string;
  active?: boolean;
  expires_at?: number;
  max_redemptions?: number;
  restrictions?: { first_time_transaction?: boolean; minimum_amount?: number; minimum_amount_currency?: string };
  metadata?: Record<string, string | null>;
};

// No 0/O or 1/I: codes are read aloud and typed from posters.
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const randomCode = () => [...randomBytes(8)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');

export const findPromotionCode = (ctx: AppContext, accountId: string, id: string, lock = false) =>
  findOne<PromotionCodeRow>(ctx.db, promotionCodes, accountId, id, 'promotion code', { lock });

async function checkInput(ctx: AppContext, accountId: string, input: PromotionCodeInput, now: number) {
  const coupon = await findCoupon(ctx, accountId, input.coupon, 'coupon');
  if (input.customer) await findCustomer(ctx, accountId, input.customer, 'customer');
  if (input.expires_at !== undefined) {
    if (input.expires_at * 1000 <= now)
      throw invalid('parameter_invalid', 'expires_at must be in the future', 'expires_at');
    if (coupon.redeemBy && input.expires_at * 1000 > coupon.redeemBy.getTime()) {
      throw invalid('parameter_invalid', "expires_at cannot be after the coupon's redeem_by", 'expires_at');
    }
  }
  const r = input.restrictions;
  if (r?.minimum_amount !== undefined && !r.minimum_amount_currency) {
    throw invalid(
      'parameter_missing',
      'minimum_amount needs minimum_amount_currency',
      'restrictions.minimum_amount_currency',
    );
  }
  if (r?.minimum_amount_currency && !isSupportedCurrency(r.minimum_amount_currency)) {
    throw invalid(
      'currency_unsupported',
      `Unknown currency '${r.minimum_amount_currency}'`,
      'restrictions.minimum_amount_currency',
    );
  }
}

export async function createPromotionCode(ctx: AppContext, actor: Actor, input: PromotionCodeInput) {
  const at = ctx.clock.now();
  await checkInput(ctx, actor.accountId, input, at.epochMilliseconds);
  const code = input.code ?? randomCode();
  const taken = await ctx.db
    .select({ id: promotionCodes.id })
    .from(promotionCodes)
    .where(
      and(
        eq(promotionCodes.accountId, actor.accountId),
        sql`upper(${promotionCodes.code}) = upper(${code})`,
        eq(promotionCodes.active, true),
      ),
    );
  // Only active codes must be unique: an inactive duplicate is a harmless record.
  if (taken[0] && input.active !== false)
    throw conflict('promotion_code_taken', `An active promotion code '${code}' already exists`, 'code');
  const [row] = await ctx.db
    .insert(promotionCodes)
    .values({
      accountId: actor.accountId,
      id: newId('promo'),
      code,
      couponId: input.coupon,
      customerId: input.customer ?? null,
      active: input.active ?? true,
      expiresAt: input.expires_at === undefined ? null : toDate(fromUnix(input.expires_at)),
      maxRedemptions: input.max_redemptions ?? null,
      firstTimeTransaction: input.restrictions?.first_time_transaction ?? false,
      minimumAmount: input.restrictions?.minimum_amount ?? null,
      minimumAmountCurrency: input.restrictions?.minimum_amount_currency?.toLowerCase() ?? null,
      metadata: mergeMetadata({}, input.metadata),
      created: toDate(at),
    })
    // A concurrent create of the same active code passes the check above and then hits the unique index.
    .onConflictDoNothing()
    .returning();
  if (!row) throw conflict('promotion_code_taken', `An active promotion code '${code}' already exists`, 'code');
  const promo = presentPromotionCode(row);
  await recordEvent(ctx.db, actor, { type: 'promotion_code.created', object: promo, at });
  return promo;
}

export async function getPromotionCode(ctx: AppContext, accountId: string, id: string) {
  return presentPromotionCode(await findPromotionCode(ctx, accountId, id));
}

export async function updatePromotionCode(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { active?: boolean; metadata?: Record<string, string | null> },
) {
  const current = await findPromotionCode(ctx, actor.accountId, id, true);
  const changes = {
    ...(input.active !== undefined && { active: input.active }),
    ...(input.metadata !== undefined && { metadata: mergeMetadata(current.metadata, input.metadata) }),
  };
  const [row] = hasChanges(changes)
    ? await ctx.db
        .update(promotionCodes)
        .set(changes)
        .where(byId(promotionCodes, actor.accountId, id))
        .returning()
        .catch((error: unknown) => {
          // Re-activating a code whose text another active code now uses breaks the unique index.
          if (isUniqueViolation(error)) {
            throw conflict('promotion_code_taken', `Another active promotion code '${current.code}' exists`, 'active');
          }
          throw error;
        })
    : [current];
  const promo = presentPromotionCode(row!);
  await recordChange(ctx.db, actor, {
    type: 'promotion_code.updated',
    object: promo,
    previousAttributes: previousAttributes(presentPromotionCode(current), promo),
    at: ctx.clock.now(),
  });
  return promo;
}

export async function listPromotionCodes(
  ctx: AppContext,
  accountId: string,
  params: ListParams & { code?: string; coupon?: string; customer?: string; active?: boolean },
) {
  const filters: SQL[] = [];
  if (params.code) filters.push(sql`upper(${promotionCodes.code}) = upper(${params.code})`);
  if (params.coupon) filters.push(eq(promotionCodes.couponId, params.coupon));
  if (params.customer) filters.push(eq(promotionCodes.customerId, params.customer));
  if (params.active !== undefined) filters.push(eq(promotionCodes.active, params.active));
  return listPage(ctx.db, promotionCodes, accountId, params, and(...filters), presentPromotionCode);
}
