/** Automations as due work: read the outbox into runs, run those due (live, or in their test clock's time), call webhooks. */
import type { AppContext } from '../../context.ts';
import { transact } from '../../db/tx.ts';
import { toDate } from '../../kernel/clock.ts';
import * as automations from '../../modules/automations/index.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import type { DueWorkSource } from '../../worker/index.ts';
import { callAutomationWebhooks } from './call-webhooks.ts';
import { type RunOptions, runAutomation } from './run-automation.ts';
import { AUTOMATION_CONSUMER, scheduleAutomationRuns } from './schedule-runs.ts';

/** Runs due runs one per transaction (a failure rolls back that run only); returns how many ran. */
async function runDueRuns(ctx: AppContext, now: Date, limit: number, options: RunOptions): Promise<number> {
  let ran = 0;
  for (; ran < limit; ran++) {
    const { result } = await transact(ctx, async (tx) => {
      const run = await automations.claimDueRun(tx.db, now);
      if (!run) return false;
      const at = run.testClock ? toDate(await timeFor(tx, run.accountId, run.testClock)) : now;
      await runAutomation(tx, run, at, options);
      return true;
    });
    if (!result) break;
  }
  return ran;
}

export function automationDueWork(options: RunOptions): DueWorkSource {
  return {
    name: 'automations',
    consumers: [AUTOMATION_CONSUMER],
    nextDueOnClock: (ctx, accountId, clock, upTo) => automations.nextRunOnClock(ctx.db, accountId, clock, upTo),
    async runOnClock(ctx, accountId, clock, at) {
      for (const run of await automations.dueRunsOnClock(ctx.db, accountId, clock, at)) {
        await runAutomation(ctx, run, at, options);
      }
    },
    async runDue(ctx, now, limit) {
      const read = await scheduleAutomationRuns(ctx, 1000);
      const ran = await runDueRuns(ctx, now, limit, options);
      return read + ran + (await callAutomationWebhooks(ctx, limit));
    },
    backlog: (ctx, now) => automations.dueRunBacklog(ctx.db, now),
  };
}
