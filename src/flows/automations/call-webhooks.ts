/**
 * The webhook action, made after the run's transaction committed: one POST of the run as JSON, no transaction
 * open during the call; the answer's status is recorded in a transaction of its own. Public addresses only,
 * as for webhook endpoints, unless the server allows private ones.
 */
import type { AppContext } from '../../context.ts';
import { toDate } from '../../kernel/clock.ts';
import * as automations from '../../modules/automations/index.ts';
import { describeRefusal, publicOnlyDispatcher, refusedDestination } from '../../modules/webhooks/index.ts';

const TIMEOUT_MS = 10_000;
const LEASE_MS = TIMEOUT_MS + 20_000;

async function post(ctx: AppContext, url: string, body: string): Promise<automations.RunOutcome> {
  const refused = ctx.allowPrivateWebhookUrls ? null : await refusedDestination(url);
  if (refused) return { error: `Refused: ${describeRefusal(refused)}` };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Tenure-Automations/1' },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      ...(!ctx.allowPrivateWebhookUrls && { dispatcher: publicOnlyDispatcher }),
    } as RequestInit);
    await response.body?.cancel();
    return { http_status: response.status };
  } catch (error) {
    return { error: String((error as Error).message ?? error).slice(0, 500) };
  }
}

/** Calls up to `limit` leased webhook runs; returns how many were called. */
export async function callAutomationWebhooks(ctx: AppContext, limit: number): Promise<number> {
  let called = 0;
  for (; called < limit; called++) {
    const now = toDate(ctx.clock.now());
    const run = await automations.leaseCallingRun(ctx.db, now, LEASE_MS);
    if (!run) break;
    const automation = await automations.findAutomation(ctx, run.accountId, run.automationId);
    if (automation.action.type !== 'call_webhook') continue;
    const body = JSON.stringify({
      ...automations.presentAutomationRun(run),
      automation: { id: automation.id, name: automation.name },
    });
    const outcome = await post(ctx, automation.action.url, body);
    const ok = typeof outcome.http_status === 'number' && outcome.http_status < 300;
    await automations.finishRun(ctx.db, run, ok ? 'completed' : 'failed', outcome, toDate(ctx.clock.now()));
  }
  return called;
}
