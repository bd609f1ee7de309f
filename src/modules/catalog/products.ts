import { and, eq, type SQL } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { byId, findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { prices, products } from '../../db/schema/index.ts';
import { previousAttributes, recordChange, recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { conflict, invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import { type ProductRow, presentProduct } from './present.ts';

export type ProductFields = {
  name?: string;
  description?: string | null;
  active?: boolean;
  /** Checked by the route schema; modules/entitlements reads it. */
  entitlements?: Record<string, unknown> | null;
  metadata?: Record<string, string | null>;
};

export const findProduct = (ctx: AppContext, accountId: string, id: string, param = 'id', lock = false) =>
  findOne<ProductRow>(ctx.db, products, accountId, id, 'product', { param, lock });

export async function createProduct(
  ctx: AppContext,
  actor: Actor,
  input: ProductFields & { name: string; id?: string },
) {
  const at = ctx.clock.now();
  const [row] = await ctx.db
    .insert(products)
    .values({
      accountId: actor.accountId,
      id: input.id ?? newId('prod'),
      name: input.name,
      description: input.description ?? null,
      active: input.active ?? true,
      entitlements: input.entitlements ?? null,
      metadata: mergeMetadata({}, input.metadata),
      created: toDate(at),
      updated: toDate(at),
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw conflict('resource_exists', `A product with id '${input.id}' already exists`, 'id');
  const product = presentProduct(row);
  await recordEvent(ctx.db, actor, { type: 'product.created', object: product, at });
  return product;
}

export async function getProduct(ctx: AppContext, accountId: string, id: string) {
  return presentProduct(await findProduct(ctx, accountId, id));
}

export async function updateProduct(ctx: AppContext, actor: Actor, id: string, input: ProductFields) {
  const current = await findProduct(ctx, actor.accountId, id, 'id', true);
  const at = ctx.clock.now();
  const [row] = await ctx.db
    .update(products)
    .set({
      ...(input.name !== undefined && { name: input.name }),
      ...(input.description !== undefined && { description: input.description }),
      ...(input.active !== undefined && { active: input.active }),
      ...(input.entitlements !== undefined && { entitlements: input.entitlements }),
      ...(input.metadata !== undefined && { metadata: mergeMetadata(current.metadata, input.metadata) }),
      updated: toDate(at),
    })
    .where(byId(products, actor.accountId, id))
    .returning();
  const product = presentProduct(row!);
  const { updated: _a, ...before } = presentProduct(current);
  const { updated: _b, ...after } = product;
  await recordChange(ctx.db, actor, {
    type: 'product.updated',
    object: product,
    previousAttributes: previousAttributes(before, after),
    at,
  });
  return product;
}

/** Stripe's rule: a product that has prices is archived (active=false), never deleted, so history keeps its name. */
export async function deleteProduct(ctx: AppContext, actor: Actor, id: string) {
  const current = await findProduct(ctx, actor.accountId, id, 'id', true);
  const linked = await ctx.db
    .select({ id: prices.id })
    .from(prices)
    .where(and(eq(prices.accountId, actor.accountId), eq(prices.productId, id)))
    .limit(1);
  if (linked.length > 0)
    throw invalid('product_has_prices', 'This product has prices; archive it with active=false instead', 'id');
  await ctx.db.delete(products).where(byId(products, actor.accountId, id));
  await recordEvent(ctx.db, actor, { type: 'product.deleted', object: presentProduct(current), at: ctx.clock.now() });
  return { id, object: 'product' as const, deleted: true as const };
}

export async function listProducts(ctx: AppContext, accountId: string, params: ListParams & { active?: boolean }) {
  const filters: SQL[] = [];
  if (params.active !== undefined) filters.push(eq(products.active, params.active));
  return listPage(ctx.db, products, accountId, params, and(...filters), presentProduct);
}
