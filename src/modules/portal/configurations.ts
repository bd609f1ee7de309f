/** Portal configurations (Stripe's billing_portal.configuration): what subscribers may do; one default per account. */
import { and, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { byId, findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { billingPortalConfigurations, type PortalBusinessProfile, type PortalFeatures } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate, toUnix } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import { findPrice } from '../catalog/index.ts';
import { defaultFeatures, emptyBusinessProfile, mergeDeep } from './core/features.ts';

export type ConfigurationRow = typeof billingPortalConfigurations.$inferSelect;
type DeepPartial<T> = { [K in keyof T]?: T[K] extends unknown[] ? T[K] : DeepPartial<T[K]> };
export type ConfigurationInput = {
  active?: boolean;
  is_default?: boolean;
  features?: DeepPartial<PortalFeatures>;
  business_profile?: Partial<PortalBusinessProfile>;
  default_return_url?: string | null;
  metadata?: Record<string, string | null>;
};

export function presentConfiguration(row: ConfigurationRow) {
  return {
    id: row.id,
    object: 'billing_portal.configuration' as const,
    active: row.active,
    application: null,
    business_profile: row.businessProfile,
    created: toUnix(row.created),
    default_return_url: row.defaultReturnUrl,
    features: row.features,
    is_default: row.isDefault,
    livemode: false,
    // The default configuration is the one subscribers reach by signing in at /portal with a magic link.
    login_page: { enabled: row.isDefault, url: row.isDefault ? '/portal' : null },
    metadata: row.metadata,
    updated: toUnix(row.updated),
  };
}

/** Every listed price must belong to its product: a typo would otherwise show an empty plan list to subscribers. */
async function checkProducts(ctx: AppContext, accountId: string, features: PortalFeatures): Promise<void> {
  for (const [i, entry] of features.subscription_update.products.entries()) {
    for (const [j, priceId] of entry.prices.entries()) {
      const param = `features.subscription_update.products[${i}].prices[${j}]`;
      const price = await findPrice(ctx, accountId, priceId, param);
      if (price.productId !== entry.product) {
        throw invalid('parameter_invalid', `Price ${priceId} is not a price of ${entry.product}`, param);
      }
    }
  }
  const update = features.subscription_update;
  if (update.enabled && update.products.length === 0) {
    throw invalid(
      'parameter_missing',
      'subscription_update needs the products and prices subscribers may switch between',
      'features.subscription_update.products',
    );
  }
}

async function clearDefault(ctx: AppContext, accountId: string): Promise<void> {
  await ctx.db
    .update(billingPortalConfigurations)
    .set({ isDefault: false })
    .where(and(eq(billingPortalConfigurations.accountId, accountId), eq(billingPortalConfigurations.isDefault, true)));
}

export async function createConfiguration(ctx: AppContext, actor: Actor, input: ConfigurationInput) {
  const features = mergeDeep(defaultFeatures(), input.features ?? {});
  await checkProducts(ctx, actor.accountId, features);
  const current = await defaultConfiguration(ctx, actor.accountId);
  // The account's first configuration is its default (Stripe); is_default=true moves the default here.
  const isDefault = !current || input.is_default === true;
  if (isDefault) await clearDefault(ctx, actor.accountId);
  const at = ctx.clock.now();
  const [row] = await ctx.db
    .insert(billingPortalConfigurations)
    .values({
      accountId: actor.accountId,
      id: newId('bpc'),
      active: input.active ?? true,
      isDefault,
      features,
      businessProfile: { ...emptyBusinessProfile(), ...input.business_profile },
      defaultReturnUrl: input.default_return_url ?? null,
      metadata: mergeMetadata({}, input.metadata),
      created: toDate(at),
      updated: toDate(at),
    })
    .returning();
  const object = presentConfiguration(row!);
  await recordEvent(ctx.db, actor, { type: 'billing_portal.configuration.created', object, at });
  return object;
}

export const findConfiguration = (ctx: AppContext, accountId: string, id: string, param = 'id', lock = false) =>
  findOne<ConfigurationRow>(ctx.db, billingPortalConfigurations, accountId, id, 'billing portal configuration', {
    param,
    lock,
  });

export async function getConfiguration(ctx: AppContext, accountId: string, id: string) {
  return presentConfiguration(await findConfiguration(ctx, accountId, id));
}

export async function updateConfiguration(ctx: AppContext, actor: Actor, id: string, input: ConfigurationInput) {
  const row = await findConfiguration(ctx, actor.accountId, id, 'id', true);
  const features = mergeDeep(row.features, input.features ?? {});
  if (input.features) await checkProducts(ctx, actor.accountId, features);
  if (input.is_default === false && row.isDefault) {
    throw invalid('parameter_invalid', 'Make another configuration the default instead', 'is_default');
  }
  if (input.is_default && !row.isDefault) await clearDefault(ctx, actor.accountId);
  const at = ctx.clock.now();
  const [updated] = await ctx.db
    .update(billingPortalConfigurations)
    .set({
      ...(input.active !== undefined && { active: input.active }),
      ...(input.is_default && { isDefault: true }),
      features,
      businessProfile: { ...row.businessProfile, ...input.business_profile },
      ...(input.default_return_url !== undefined && { defaultReturnUrl: input.default_return_url }),
      metadata: mergeMetadata(row.metadata, input.metadata),
      updated: toDate(at),
    })
    .where(byId(billingPortalConfigurations, actor.accountId, id))
    .returning();
  const object = presentConfiguration(updated!);
  await recordEvent(ctx.db, actor, { type: 'billing_portal.configuration.updated', object, at });
  return object;
}

export function listConfigurations(
  ctx: AppContext,
  accountId: string,
  params: ListParams & { active?: boolean; is_default?: boolean },
) {
  const conditions = [
    params.active !== undefined && eq(billingPortalConfigurations.active, params.active),
    params.is_default !== undefined && eq(billingPortalConfigurations.isDefault, params.is_default),
  ].filter((c) => c !== false);
  return listPage(
    ctx.db,
    billingPortalConfigurations,
    accountId,
    params,
    conditions.length ? and(...conditions) : undefined,
    presentConfiguration,
  );
}

export async function defaultConfiguration(ctx: AppContext, accountId: string): Promise<ConfigurationRow | null> {
  const [row] = await ctx.db
    .select()
    .from(billingPortalConfigurations)
    .where(and(eq(billingPortalConfigurations.accountId, accountId), eq(billingPortalConfigurations.isDefault, true)));
  return row ?? null;
}

/** The features a session works under: its configuration's, the default's, or the built-in defaults. */
export async function featuresFor(ctx: AppContext, accountId: string, configurationId: string | null) {
  const row = configurationId
    ? await findConfiguration(ctx, accountId, configurationId)
    : await defaultConfiguration(ctx, accountId);
  return {
    features: row?.features ?? defaultFeatures(),
    businessProfile: row?.businessProfile ?? emptyBusinessProfile(),
  };
}
