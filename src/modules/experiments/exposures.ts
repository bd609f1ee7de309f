/** Assignment with exposure recorded once, goal conversions, and the results read from both. */
import { and, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { experimentConversions, experimentExposures } from '../../db/schema/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { conflict } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { findCustomer } from '../customers/index.ts';
import { timeFor } from '../test-clocks/index.ts';
import { assignVariant } from './core/assignment.ts';
import { findExperiment } from './experiments.ts';
import { presentExposure } from './present.ts';

async function exposureOf(ctx: AppContext, accountId: string, experimentId: string, customerId: string) {
  const [row] = await ctx.db
    .select()
    .from(experimentExposures)
    .where(
      and(
        eq(experimentExposures.accountId, accountId),
        eq(experimentExposures.experimentId, experimentId),
        eq(experimentExposures.customerId, customerId),
      ),
    );
  return row;
}

/**
 * The customer's variant. While the experiment runs, the first call records the exposure (at the customer's
 * clock time) and later calls find it; a stopped experiment answers its winner (or the control) and records nothing.
 */
export async function assignExperiment(ctx: AppContext, actor: Actor, id: string, input: { customer: string }) {
  const experiment = await findExperiment(ctx, actor.accountId, id);
  const customer = await findCustomer(ctx, actor.accountId, input.customer, 'customer');
  if (experiment.status === 'stopped') {
    const variant = experiment.winner ?? experiment.variants[0]!.key;
    return { object: 'experiment_assignment' as const, experiment: id, customer: customer.id, variant, exposure: null };
  }
  const variant = assignVariant(experiment.key, customer.id, experiment.variants);
  const at = await timeFor(ctx, actor.accountId, customer.testClock);
  await ctx.db
    .insert(experimentExposures)
    .values({
      accountId: actor.accountId,
      id: newId('exx'),
      experimentId: id,
      customerId: customer.id,
      variant,
      created: toDate(at),
    })
    .onConflictDoNothing();
  const exposure = (await exposureOf(ctx, actor.accountId, id, customer.id))!;
  return {
    object: 'experiment_assignment' as const,
    experiment: id,
    customer: customer.id,
    variant: exposure.variant,
    exposure: presentExposure(exposure),
  };
}

/** A goal reached; only an exposed customer can convert (the others are not in the experiment). */
export async function recordConversion(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { customer: string; value?: number },
) {
  const experiment = await findExperiment(ctx, actor.accountId, id);
  if (experiment.goal.type !== 'conversion') {
    throw conflict(
      'experiment_goal_from_billing',
      `Experiment ${id} reads its ${experiment.goal.type} goal from billing`,
    );
  }
  const exposure = await exposureOf(ctx, actor.accountId, experiment.id, input.customer);
  if (!exposure) {
    throw conflict('experiment_not_exposed', `Customer ${input.customer} was not exposed to ${id}`, 'customer');
  }
  const customer = await findCustomer(ctx, actor.accountId, input.customer, 'customer');
  const at = await timeFor(ctx, actor.accountId, customer.testClock);
  const [row] = await ctx.db
    .insert(experimentConversions)
    .values({
      accountId: actor.accountId,
      id: newId('exc'),
      experimentId: id,
      customerId: input.customer,
      value: input.value ?? 0,
      created: toDate(at),
    })
    .returning();
  return {
    id: row!.id,
    object: 'experiment_conversion' as const,
    created: Math.floor(row!.created.getTime() / 1000),
    experiment: id,
    customer: input.customer,
    variant: exposure.variant,
    value: row!.value,
  };
}

/** Every exposure of the experiment (one per customer). */
export function exposuresOf(ctx: AppContext, accountId: string, id: string) {
  return ctx.db
    .select()
    .from(experimentExposures)
    .where(and(eq(experimentExposures.accountId, accountId), eq(experimentExposures.experimentId, id)));
}

/** Recorded conversion values summed per customer (a customer in the map converted). */
export async function conversionValues(ctx: AppContext, accountId: string, id: string): Promise<Map<string, number>> {
  const rows = await ctx.db
    .select()
    .from(experimentConversions)
    .where(and(eq(experimentConversions.accountId, accountId), eq(experimentConversions.experimentId, id)));
  const values = new Map<string, number>();
  for (const c of rows) values.set(c.customerId, (values.get(c.customerId) ?? 0) + c.value);
  return values;
}
