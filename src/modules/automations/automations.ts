/** Automations an account defines: a trigger, an optional wait and condition, one action. */
import { and, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { findOne } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { type AutomationAction, type AutomationTrigger, automations } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { invalid, notFound } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import { findCoupon } from '../catalog/index.ts';
import { NOTICE_TEMPLATES } from '../notices/index.ts';
import { checkedRule, getSegment } from '../segments/index.ts';
import { findSurvey } from '../surveys/index.ts';
import { type AutomationRow, presentAutomation } from './present.ts';

export type AutomationInput = {
  name: string;
  trigger: AutomationTrigger;
  wait_seconds?: number;
  condition?: unknown;
  action: AutomationAction;
  repeat?: boolean;
  metadata?: Record<string, string | null>;
};

/** The objects a trigger or an action names must exist in the account (a 404 names the field). */
async function checkReferences(ctx: AppContext, accountId: string, input: AutomationInput): Promise<void> {
  const { trigger, action } = input;
  if (trigger.type === 'segment_entered' || trigger.type === 'segment_exited') {
    await getSegment(ctx, accountId, trigger.segment).catch(() => {
      throw notFound('segment', trigger.segment, 'trigger.segment');
    });
  }
  switch (action.type) {
    case 'send_notice':
      if (!(NOTICE_TEMPLATES as readonly string[]).includes(action.template))
        throw invalid('parameter_invalid', `No notice template '${action.template}'`, 'action.template');
      return;
    case 'apply_coupon':
      await findCoupon(ctx, accountId, action.coupon, 'action.coupon');
      return;
    case 'start_survey':
      await findSurvey(ctx, accountId, action.survey, 'action.survey');
      return;
    case 'open_ticket':
      return; // no reference: the subject and message are checked by the route schema
    case 'call_webhook':
      return; // the destination is checked before the transaction (it may query DNS)
  }
}

export async function createAutomation(ctx: AppContext, actor: Actor, input: AutomationInput) {
  await checkReferences(ctx, actor.accountId, input);
  const condition = input.condition === undefined ? null : await checkedRule(ctx, actor.accountId, input.condition);
  const at = ctx.clock.now();
  const [row] = await ctx.db
    .insert(automations)
    .values({
      accountId: actor.accountId,
      id: newId('auto'),
      name: input.name,
      trigger: input.trigger,
      waitSeconds: input.wait_seconds ?? 0,
      condition,
      action: input.action,
      repeat: input.repeat ?? false,
      metadata: mergeMetadata({}, input.metadata ?? {}),
      created: toDate(at),
    })
    .returning();
  const object = presentAutomation(row!);
  await recordEvent(ctx.db, actor, { type: 'automation.created', object, at });
  return object;
}

export const findAutomation = (ctx: AppContext, accountId: string, id: string, param = 'id') =>
  findOne<AutomationRow>(ctx.db, automations, accountId, id, 'automation', { param });

export async function getAutomation(ctx: AppContext, accountId: string, id: string) {
  return presentAutomation(await findAutomation(ctx, accountId, id));
}

export function listAutomations(ctx: AppContext, accountId: string, params: ListParams & { active?: boolean }) {
  const where = params.active === undefined ? undefined : eq(automations.active, params.active);
  return listPage(ctx.db, automations, accountId, params, where, presentAutomation);
}

export type AutomationUpdate = { name?: string; active?: boolean; metadata?: Record<string, string | null> };

/** Renames, pauses (active=false: nothing new is scheduled and runs still waiting are skipped) or resumes. */
export async function updateAutomation(ctx: AppContext, actor: Actor, id: string, input: AutomationUpdate) {
  const current = await findOne<AutomationRow>(ctx.db, automations, actor.accountId, id, 'automation', { lock: true });
  const [row] = await ctx.db
    .update(automations)
    .set({
      ...(input.name !== undefined && { name: input.name }),
      ...(input.active !== undefined && { active: input.active }),
      metadata: mergeMetadata(current.metadata, input.metadata ?? {}),
    })
    .where(and(eq(automations.accountId, actor.accountId), eq(automations.id, id)))
    .returning();
  const object = presentAutomation(row!);
  await recordEvent(ctx.db, actor, { type: 'automation.updated', object, at: ctx.clock.now() });
  return object;
}
