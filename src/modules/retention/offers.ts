/** Retention offers an account configures: what to propose instead of a cancellation. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { byId, findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { type RetentionOfferKind, retentionOffers } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import { findCoupon, findPrice } from '../catalog/index.ts';
import { getExperiment } from '../experiments/index.ts';
import { presentOffer, type RetentionOfferRow } from './present.ts';
import { isValidReason } from './settings.ts';

export type RetentionOfferInput = {
  name: string;
  kind: RetentionOfferKind;
  coupon?: string;
  months?: number;
  price?: string;
  reasons?: string[];
  prices?: string[];
  experiment?: string;
  variant?: string;
  metadata?: Record<string, string | null>;
};

/** Each kind needs exactly its own field: coupon → coupon, pause/extension → months, downgrade → price. */
async function checkOffer(ctx: AppContext, accountId: string, input: RetentionOfferInput): Promise<void> {
  const needs: Record<RetentionOfferKind, 'coupon' | 'months' | 'price'> = {
    coupon: 'coupon',
    pause: 'months',
    extension: 'months',
    downgrade: 'price',
  };
  const field = needs[input.kind];
  for (const other of ['coupon', 'months', 'price'] as const) {
    if ((input[other] !== undefined) !== (other === field)) {
      throw invalid('retention_offer_invalid', `A ${input.kind} offer takes ${field} (and not ${other})`, other);
    }
  }
  if ((input.experiment === undefined) !== (input.variant === undefined)) {
    throw invalid(
      'parameter_missing',
      'experiment and variant go together',
      input.experiment ? 'variant' : 'experiment',
    );
  }
  if (input.experiment) {
    const experiment = await getExperiment(ctx, accountId, input.experiment).catch((error) => {
      throw Object.assign(error, { param: 'experiment' });
    });
    if (!experiment.variants.some((v) => v.key === input.variant)) {
      throw invalid('parameter_invalid', `No variant '${input.variant}' in ${input.experiment}`, 'variant');
    }
  }
  if (input.coupon) await findCoupon(ctx, accountId, input.coupon, 'coupon');
  if (input.price) await findPrice(ctx, accountId, input.price, 'price');
  for (const [i, price] of (input.prices ?? []).entries()) await findPrice(ctx, accountId, price, `prices[${i}]`);
  for (const [i, reason] of (input.reasons ?? []).entries()) {
    if (!(await isValidReason(ctx, accountId, reason))) {
      throw invalid('cancellation_reason_invalid', `Unknown cancellation reason '${reason}'`, `reasons[${i}]`);
    }
  }
}

export async function createOffer(ctx: AppContext, actor: Actor, input: RetentionOfferInput) {
  await checkOffer(ctx, actor.accountId, input);
  const at = ctx.clock.now();
  const [row] = await ctx.db
    .insert(retentionOffers)
    .values({
      accountId: actor.accountId,
      id: newId('rof'),
      name: input.name,
      kind: input.kind,
      couponId: input.coupon ?? null,
      months: input.months ?? null,
      priceId: input.price ?? null,
      reasons: input.reasons ?? [],
      prices: input.prices ?? [],
      experimentId: input.experiment ?? null,
      variant: input.variant ?? null,
      metadata: mergeMetadata({}, input.metadata ?? {}),
      created: toDate(at),
    })
    .returning();
  const object = presentOffer(row!);
  await recordEvent(ctx.db, actor, { type: 'retention_offer.created', object, at });
  return object;
}

export const findOffer = (ctx: AppContext, accountId: string, id: string, param = 'id') =>
  findOne<RetentionOfferRow>(ctx.db, retentionOffers, accountId, id, 'retention offer', { param });

export async function getOffer(ctx: AppContext, accountId: string, id: string) {
  return presentOffer(await findOffer(ctx, accountId, id));
}

/** Only `active`, `name` and metadata change: an offer already shown keeps meaning what it meant. */
export async function updateOffer(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { active?: boolean; name?: string; metadata?: Record<string, string | null> },
) {
  const row = await findOffer(ctx, actor.accountId, id);
  const [updated] = await ctx.db
    .update(retentionOffers)
    .set({
      ...(input.active !== undefined && { active: input.active }),
      ...(input.name !== undefined && { name: input.name }),
      ...(input.metadata && { metadata: mergeMetadata(row.metadata, input.metadata) }),
    })
    .where(byId(retentionOffers, actor.accountId, id))
    .returning();
  const object = presentOffer(updated!);
  await recordEvent(ctx.db, actor, { type: 'retention_offer.updated', object, at: ctx.clock.now() });
  return object;
}

export function listOffers(ctx: AppContext, accountId: string, params: ListParams & { active?: boolean }) {
  const where = params.active === undefined ? undefined : eq(retentionOffers.active, params.active);
  return listPage(ctx.db, retentionOffers, accountId, params, where, presentOffer);
}

/** Every active offer of the account, oldest first (the order the flow shows them in). */
export async function activeOffers(ctx: AppContext, accountId: string): Promise<RetentionOfferRow[]> {
  const rows = await ctx.db
    .select()
    .from(retentionOffers)
    .where(and(eq(retentionOffers.accountId, accountId), eq(retentionOffers.active, true)));
  return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
}

export async function offersByIds(ctx: AppContext, accountId: string, ids: string[]): Promise<RetentionOfferRow[]> {
  if (ids.length === 0) return [];
  return ctx.db
    .select()
    .from(retentionOffers)
    .where(and(eq(retentionOffers.accountId, accountId), inArray(retentionOffers.id, ids)));
}
