/**
 * Runs one due automation run in the caller's transaction, at the customer's time: the automation must still be
 * active and its condition hold; then its action goes through the owning module's public use case. A webhook is
 * only marked `calling` here: the call itself is made after the commit (call-webhooks.ts), outside any transaction.
 */
import type { AppContext } from '../../context.ts';
import { TenureError } from '../../kernel/errors.ts';
import * as automations from '../../modules/automations/index.ts';
import type { NoticeTemplateName } from '../../modules/notices/index.ts';
import { queueNotice } from '../../modules/notices/index.ts';
import { checkedRule, selectMembers } from '../../modules/segments/index.ts';
import { listSubscriptions, updateSubscription } from '../billing/index.ts';
import { openTicket } from '../support/index.ts';
import { sendSurvey } from '../surveys/index.ts';

export type RunOptions = { publicUrl: string };

type Run = automations.AutomationRunRow;
type Outcome = { status: 'completed' | 'skipped' | 'calling'; outcome: automations.RunOutcome };

const LIVE = new Set(['active', 'trialing', 'past_due']);

/** The trigger's subscription, else the customer's first live one. */
async function subscriptionFor(ctx: AppContext, run: Run): Promise<string | null> {
  if (run.triggeredBy.subscription) return run.triggeredBy.subscription;
  const subs = await listSubscriptions(ctx, run.accountId, { customer: run.customerId, status: 'all', limit: 100 });
  return (subs.data.find((s) => LIVE.has(s.status))?.id as string | undefined) ?? null;
}

async function act(
  ctx: AppContext,
  automation: automations.AutomationRow,
  run: Run,
  at: Date,
  options: RunOptions,
): Promise<Outcome> {
  const action = automation.action;
  const actor = { accountId: run.accountId };
  switch (action.type) {
    case 'send_notice': {
      const message = await queueNotice(ctx.db, at, options, {
        accountId: run.accountId,
        customerId: run.customerId,
        template: action.template as NoticeTemplateName,
        eventId: run.id,
        vars: () => ({ automation: { name: automation.name } }),
      });
      return message
        ? { status: 'completed', outcome: { message: message.id } }
        : { status: 'skipped', outcome: { reason: 'no_email_or_consent' } };
    }
    case 'apply_coupon': {
      const subscription = await subscriptionFor(ctx, run);
      if (!subscription) return { status: 'skipped', outcome: { reason: 'no_subscription' } };
      await updateSubscription(ctx, actor, subscription, { coupon: action.coupon });
      return { status: 'completed', outcome: { subscription, coupon: action.coupon } };
    }
    case 'start_survey': {
      const sent = await sendSurvey(ctx, actor, action.survey, { customers: [run.customerId] });
      const request = sent.requests[0];
      return request
        ? { status: 'completed', outcome: { survey_request: request.id } }
        : { status: 'skipped', outcome: { reason: sent.skipped[0]?.reason ?? 'not_sent' } };
    }
    case 'open_ticket': {
      const input = { customer: run.customerId, subject: action.subject, message: action.message };
      const ticket = await openTicket(ctx, actor, input, { channel: 'automation' });
      return { status: 'completed', outcome: { ticket: ticket.id } };
    }
    case 'call_webhook':
      return { status: 'calling', outcome: {} };
  }
}

/** Whether the run may act: its automation is active and the customer matches its condition (a segment rule). */
async function blocked(ctx: AppContext, automation: automations.AutomationRow, run: Run, at: Date) {
  if (!automation.active) return 'automation_inactive';
  if (automation.condition === null) return null;
  const rule = await checkedRule(ctx, run.accountId, automation.condition);
  return (await selectMembers(ctx, run.accountId, rule, at)).includes(run.customerId) ? null : 'condition_not_met';
}

export async function runAutomation(ctx: AppContext, run: Run, at: Date, options: RunOptions): Promise<void> {
  const automation = await automations.findAutomation(ctx, run.accountId, run.automationId);
  const reason = await blocked(ctx, automation, run, at);
  if (reason) return automations.finishRun(ctx.db, run, 'skipped', { reason }, at);
  try {
    // A savepoint: a refused action undoes its own partial writes and leaves the run's transaction usable.
    const done = await ctx.db.transaction((db) => act({ ...ctx, db }, automation, run, at, options));
    await automations.finishRun(ctx.db, run, done.status, done.outcome, at);
  } catch (error) {
    // A refusal by the billing engine (a coupon already used up, a canceled subscription) ends this run only.
    if (!(error instanceof TenureError)) throw error;
    await automations.finishRun(ctx.db, run, 'failed', { code: error.code, message: error.message }, at);
  }
}
