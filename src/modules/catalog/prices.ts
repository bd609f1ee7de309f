import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { hasChanges } from '../../db/changes.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { byId, findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { prices } from '../../db/schema/index.ts';
import { previousAttributes, recordChange, recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { conflict, invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import { type PriceRow, presentPrice } from './present.ts';
import { type PriceInput, type PricingFields, pricingColumns } from './price-input.ts';
import { createProduct, findProduct } from './products.ts';

export type PriceUpdate = PricingFields & {
  nickname?: string | null;
  active?: boolean;
  lookup_key?: string | null;
  transfer_lookup_key?: boolean;
  tax_behavior?: 'inclusive' | 'exclusive' | 'unspecified';
  metadata?: Record<string, string | null>;
};

export const findPrice = (ctx: AppContext, accountId: string, id: string, param = 'id', lock = false) =>
  findOne<PriceRow>(ctx.db, prices, accountId, id, 'price', { param, lock });

const lookupKeyTaken = (key: string | null | undefined) =>
  conflict('lookup_key_taken', `Another price already uses lookup_key '${key}'`, 'lookup_key');

/** A lookup key names one price at a time; `transfer_lookup_key` moves it from the price that holds it. */
async function claimLookupKey(
  ctx: AppContext,
  accountId: string,
  key: string | null | undefined,
  transfer: boolean | undefined,
) {
  if (!key) return;
  const holder = await ctx.db
    .select({ id: prices.id })
    .from(prices)
    .where(and(eq(prices.accountId, accountId), eq(prices.lookupKey, key)));
  if (!holder[0]) return;
  if (!transfer)
    throw conflict('lookup_key_taken', `Price ${holder[0].id} already uses lookup_key '${key}'`, 'lookup_key');
  await ctx.db
    .update(prices)
    .set({ lookupKey: null })
    .where(byId(prices, accountId, holder[0].id));
}

export async function createPrice(ctx: AppContext, actor: Actor, input: PriceInput) {
  const at = ctx.clock.now();
  const productId = input.product
    ? (await findProduct(ctx, actor.accountId, input.product, 'product')).id
    : (await createProduct(ctx, actor, input.product_data!)).id;
  await claimLookupKey(ctx, actor.accountId, input.lookup_key, input.transfer_lookup_key);
  const [row] = await ctx.db
    .insert(prices)
    .values({
      accountId: actor.accountId,
      id: newId('price'),
      productId,
      ...pricingColumns(input),
      taxBehavior: input.tax_behavior ?? 'unspecified',
      lookupKey: input.lookup_key ?? null,
      nickname: input.nickname ?? null,
      active: input.active ?? true,
      metadata: mergeMetadata({}, input.metadata),
      created: toDate(at),
    })
    // A concurrent claim of the same lookup key passes claimLookupKey and then hits the unique index.
    .onConflictDoNothing()
    .returning();
  if (!row) throw lookupKeyTaken(input.lookup_key);
  const price = presentPrice(row);
  await recordEvent(ctx.db, actor, { type: 'price.created', object: price, at });
  return price;
}

export async function getPrice(ctx: AppContext, accountId: string, id: string) {
  return presentPrice(await findPrice(ctx, accountId, id));
}

const PRICING_KEYS = [
  'unit_amount',
  'unit_amount_decimal',
  'tiers',
  'tiers_mode',
  'billing_scheme',
  'package',
] as const;

/**
 * Amounts may be corrected only until the price is first billed; after that history must stay true, so the
 * answer is to archive it and create a new one (the and Stripe's rule).
 */
export async function updatePrice(ctx: AppContext, actor: Actor, id: string, input: PriceUpdate) {
  const current = await findPrice(ctx, actor.accountId, id, 'id', true);
  const changingPricing = PRICING_KEYS.find((k) => input[k] !== undefined);
  if (changingPricing && current.used) {
    throw invalid(
      'price_in_use',
      'This price has been billed; its amounts cannot change. Archive it and create a new price.',
      changingPricing,
    );
  }
  if (
    input.tax_behavior &&
    current.taxBehavior !== 'unspecified' &&
    input.tax_behavior !== current.taxBehavior &&
    current.used
  ) {
    throw invalid('price_in_use', 'tax_behavior cannot change once the price has been billed', 'tax_behavior');
  }
  if (input.lookup_key !== undefined && input.lookup_key !== current.lookupKey) {
    await claimLookupKey(ctx, actor.accountId, input.lookup_key, input.transfer_lookup_key);
  }
  const before = presentPrice(current);
  const pricing = changingPricing ? pricingColumns({ ...priceInputOf(before), ...input } as PriceInput) : {};
  const changes = {
    ...pricing,
    ...(input.nickname !== undefined && { nickname: input.nickname }),
    ...(input.active !== undefined && { active: input.active }),
    ...(input.lookup_key !== undefined && { lookupKey: input.lookup_key }),
    ...(input.tax_behavior !== undefined && { taxBehavior: input.tax_behavior }),
    ...(input.metadata !== undefined && { metadata: mergeMetadata(current.metadata, input.metadata) }),
  };
  const [row] = hasChanges(changes)
    ? await ctx.db
        .update(prices)
        .set(changes)
        .where(byId(prices, actor.accountId, id))
        .returning()
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw lookupKeyTaken(input.lookup_key);
          throw error;
        })
    : [current];
  const price = presentPrice(row!);
  await recordChange(ctx.db, actor, {
    type: 'price.updated',
    object: price,
    previousAttributes: previousAttributes(before, price),
    at: ctx.clock.now(),
  });
  return price;
}

/** The stored price's non-pricing fields: a pricing update replaces the whole pricing definition on top of them. */
function priceInputOf(p: ReturnType<typeof presentPrice>): PriceInput {
  return {
    currency: p.currency,
    ...(p.recurring && {
      recurring: {
        interval: p.recurring.interval!,
        interval_count: p.recurring.interval_count!,
        usage_type: p.recurring.usage_type!,
        ...(p.recurring.aggregate_usage && { aggregate_usage: p.recurring.aggregate_usage as 'sum' }),
      },
    }),
    ...(p.trial_period_days !== null && { trial_period_days: p.trial_period_days }),
  };
}

export type PriceSearch = ListParams & {
  product?: string;
  active?: boolean;
  currency?: string;
  type?: 'one_time' | 'recurring';
  lookup_keys?: string[];
};

export async function listPrices(ctx: AppContext, accountId: string, params: PriceSearch) {
  const filters: SQL[] = [];
  if (params.product) filters.push(eq(prices.productId, params.product));
  if (params.active !== undefined) filters.push(eq(prices.active, params.active));
  if (params.currency) filters.push(eq(prices.currency, params.currency.toLowerCase()));
  if (params.type) filters.push(eq(prices.type, params.type));
  if (params.lookup_keys?.length) filters.push(inArray(prices.lookupKey, params.lookup_keys));
  return listPage(ctx.db, prices, accountId, params, and(...filters), presentPrice);
}

/** Marks a price as billed: from then on its amounts are frozen. Called by invoicing. */
export async function markPriceUsed(ctx: AppContext, accountId: string, id: string): Promise<void> {
  await ctx.db
    .update(prices)
    .set({ used: true })
    .where(and(byId(prices, accountId, id), eq(prices.used, false)));
}
