/** The retention section of an account's settings: its own cancellation reasons and the offer window. */
import { eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { retentionSettings } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { invalid } from '../../kernel/errors.ts';
import { findSurvey } from '../surveys/index.ts';
import { isStripeReason } from './core/reasons.ts';
import { presentSettings, type RetentionSettingsRow } from './present.ts';

const DEFAULTS = { customReasons: [] as string[], offerWindowDays: 365, exitSurvey: null };

export async function readSettings(ctx: AppContext, accountId: string): Promise<RetentionSettingsRow> {
  const [row] = await ctx.db.select().from(retentionSettings).where(eq(retentionSettings.accountId, accountId));
  return row ?? { accountId, ...DEFAULTS };
}

export async function getRetentionSettings(ctx: AppContext, accountId: string) {
  return presentSettings(await readSettings(ctx, accountId));
}

export async function updateRetentionSettings(
  ctx: AppContext,
  actor: Actor,
  input: { custom_reasons?: string[]; offer_window_days?: number; exit_survey?: string | null },
) {
  if (input.exit_survey) await findSurvey(ctx, actor.accountId, input.exit_survey, 'exit_survey');
  for (const [i, reason] of (input.custom_reasons ?? []).entries()) {
    if (isStripeReason(reason)) {
      throw invalid('parameter_invalid', `'${reason}' is already one of Stripe's reasons`, `custom_reasons[${i}]`);
    }
  }
  const current = await readSettings(ctx, actor.accountId);
  const next = {
    accountId: actor.accountId,
    customReasons: input.custom_reasons ?? current.customReasons,
    offerWindowDays: input.offer_window_days ?? current.offerWindowDays,
    exitSurvey: input.exit_survey === undefined ? current.exitSurvey : input.exit_survey,
  };
  await ctx.db
    .insert(retentionSettings)
    .values(next)
    .onConflictDoUpdate({ target: retentionSettings.accountId, set: next });
  const object = presentSettings(next);
  await recordEvent(ctx.db, actor, {
    type: 'retention_settings.updated',
    object: { id: actor.accountId, ...object },
    at: ctx.clock.now(),
  });
  return object;
}

/** Stripe's eight or one of the account's own. */
export async function isValidReason(ctx: AppContext, accountId: string, reason: string): Promise<boolean> {
  return isStripeReason(reason) || (await readSettings(ctx, accountId)).customReasons.includes(reason);
}
