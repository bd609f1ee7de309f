/** Experiments: define variants and weights, stop with a winner that every customer then gets. */
import { and, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { byId, findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { type ExperimentGoal, type ExperimentVariant, experiments } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { isSupportedCurrency } from '../../kernel/currency.ts';
import { conflict, invalid } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import { type ExperimentRow, presentExperiment } from './present.ts';

export type ExperimentInput = {
  key: string;
  name: string;
  variants: ExperimentVariant[];
  goal?: ExperimentGoal;
  metadata?: Record<string, string | null>;
};

function checkVariants(variants: ExperimentVariant[]): void {
  const keys = new Set(variants.map((v) => v.key));
  if (keys.size !== variants.length) throw invalid('parameter_invalid', 'Variant keys must be unique', 'variants');
  if (!variants.some((v) => v.weight > 0)) {
    throw invalid('parameter_invalid', 'At least one variant needs a positive weight', 'variants');
  }
}

export async function createExperiment(ctx: AppContext, actor: Actor, input: ExperimentInput) {
  checkVariants(input.variants);
  if (input.goal?.type === 'revenue' && !isSupportedCurrency(input.goal.currency)) {
    throw invalid('currency_unsupported', `Unknown currency '${input.goal.currency}'`, 'goal.currency');
  }
  const [taken] = await ctx.db
    .select({ id: experiments.id })
    .from(experiments)
    .where(and(eq(experiments.accountId, actor.accountId), eq(experiments.key, input.key)));
  if (taken) throw conflict('experiment_key_taken', `Experiment key '${input.key}' is used by ${taken.id}`, 'key');
  const at = ctx.clock.now();
  const [row] = await ctx.db
    .insert(experiments)
    .values({
      accountId: actor.accountId,
      id: newId('exp'),
      key: input.key,
      name: input.name,
      variants: input.variants,
      goal: input.goal ?? { type: 'conversion' },
      metadata: mergeMetadata({}, input.metadata ?? {}),
      created: toDate(at),
    })
    .returning();
  const object = presentExperiment(row!);
  await recordEvent(ctx.db, actor, { type: 'experiment.created', object, at });
  return object;
}

export const findExperiment = (ctx: AppContext, accountId: string, id: string, lock = false) =>
  findOne<ExperimentRow>(ctx.db, experiments, accountId, id, 'experiment', { lock });

export async function getExperiment(ctx: AppContext, accountId: string, id: string) {
  return presentExperiment(await findExperiment(ctx, accountId, id));
}

export function listExperiments(ctx: AppContext, accountId: string, params: ListParams) {
  return listPage(ctx.db, experiments, accountId, params, undefined, presentExperiment);
}

/** Stops collecting; with a winner, that variant is rolled out to everyone from now on. */
export async function stopExperiment(ctx: AppContext, actor: Actor, id: string, input: { winner?: string }) {
  const row = await findExperiment(ctx, actor.accountId, id, true);
  if (row.status === 'stopped') throw conflict('experiment_stopped', `Experiment ${id} is already stopped`);
  if (input.winner !== undefined && !row.variants.some((v) => v.key === input.winner)) {
    throw invalid('parameter_invalid', `No variant '${input.winner}' in experiment ${id}`, 'winner');
  }
  const [updated] = await ctx.db
    .update(experiments)
    .set({ status: 'stopped', winner: input.winner ?? null })
    .where(byId(experiments, actor.accountId, id))
    .returning();
  const object = presentExperiment(updated!);
  await recordEvent(ctx.db, actor, { type: 'experiment.stopped', object, at: ctx.clock.now() });
  return object;
}
