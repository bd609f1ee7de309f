import { and, eq, type SQL } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { hasChanges } from '../../db/changes.ts';
import { byId, findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { taxRates } from '../../db/schema/index.ts';
import { previousAttributes, recordChange, recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import { presentTaxRate, type TaxRateRow } from './present.ts';

type Descriptive = {
  display_name?: string;
  description?: string | null;
  country?: string | null;
  region?: string | null;
  jurisdiction?: string | null;
  tax_type?: string | null;
  active?: boolean;
  metadata?: Record<string, string | null>;
};
export type TaxRateInput = Descriptive & { display_name: string; percentage: number; inclusive: boolean };

export const findTaxRate = (ctx: AppContext, accountId: string, id: string, param = 'id', lock = false) =>
  findOne<TaxRateRow>(ctx.db, taxRates, accountId, id, 'tax rate', { param, lock });

function descriptiveColumns(input: Descriptive) {
  return {
    ...(input.display_name !== undefined && { displayName: input.display_name }),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.country !== undefined && { country: input.country }),
    ...(input.region !== undefined && { region: input.region }),
    ...(input.jurisdiction !== undefined && { jurisdiction: input.jurisdiction }),
    ...(input.tax_type !== undefined && { taxType: input.tax_type }),
    ...(input.active !== undefined && { active: input.active }),
  };
}

export async function createTaxRate(ctx: AppContext, actor: Actor, input: TaxRateInput) {
  const at = ctx.clock.now();
  const [row] = await ctx.db
    .insert(taxRates)
    .values({
      accountId: actor.accountId,
      id: newId('txr'),
      displayName: input.display_name,
      ...descriptiveColumns(input),
      percentage: String(input.percentage),
      inclusive: input.inclusive,
      metadata: mergeMetadata({}, input.metadata),
      created: toDate(at),
    })
    .returning();
  const rate = presentTaxRate(row!);
  await recordEvent(ctx.db, actor, { type: 'tax_rate.created', object: rate, at });
  return rate;
}

export async function getTaxRate(ctx: AppContext, accountId: string, id: string) {
  return presentTaxRate(await findTaxRate(ctx, accountId, id));
}

/** Percentage and inclusiveness are fixed (invoices already carry them); a new rate replaces an old one. */
export async function updateTaxRate(ctx: AppContext, actor: Actor, id: string, input: Descriptive) {
  const current = await findTaxRate(ctx, actor.accountId, id, 'id', true);
  const changes = {
    ...descriptiveColumns(input),
    ...(input.metadata !== undefined && { metadata: mergeMetadata(current.metadata, input.metadata) }),
  };
  const [row] = hasChanges(changes)
    ? await ctx.db
        .update(taxRates)
        .set(changes)
        .where(byId(taxRates, actor.accountId, id))
        .returning()
    : [current];
  const rate = presentTaxRate(row!);
  await recordChange(ctx.db, actor, {
    type: 'tax_rate.updated',
    object: rate,
    previousAttributes: previousAttributes(presentTaxRate(current), rate),
    at: ctx.clock.now(),
  });
  return rate;
}

export async function listTaxRates(
  ctx: AppContext,
  accountId: string,
  params: ListParams & { active?: boolean; inclusive?: boolean; country?: string },
) {
  const filters: SQL[] = [];
  if (params.active !== undefined) filters.push(eq(taxRates.active, params.active));
  if (params.inclusive !== undefined) filters.push(eq(taxRates.inclusive, params.inclusive));
  if (params.country) filters.push(eq(taxRates.country, params.country));
  return listPage(ctx.db, taxRates, accountId, params, and(...filters), presentTaxRate);
}
