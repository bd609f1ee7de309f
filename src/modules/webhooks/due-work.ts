import { and, count, eq, lte, min } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { webhookDeliveries, webhookEndpoints } from '../../db/schema/index.ts';
import type { DueWorkSource } from '../../worker/index.ts';
import { claimEndpoints, runEndpoint } from './deliver.ts';
import { DEFAULT_TIMEOUT_MS } from './deliveries.ts';
import { fanOut, WEBHOOK_CONSUMER } from './fan-out.ts';

export type WebhookWorkOptions = {
  /** Per-attempt timeout (default 10 s). */
  timeoutMs?: number;
  /** How long one worker pass waits for deliveries still in flight before moving on (default 1 s). */
  waitMs?: number;
  onError?: (error: unknown) => void;
};

/** Resolves when any of `promises` settles, or after `ms`, whichever is first. */
function within(promises: Iterable<Promise<unknown>>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([timeout, ...[...promises].map((p) => p.then(() => undefined))]).finally(() =>
    clearTimeout(timer),
  );
}

/**
 * Webhook fan-out and delivery as due work. Webhooks go out in real time even for customers on test clocks, so
 * there is no work on a clock. Each leased endpoint is delivered to in the background: a worker pass waits for
 * them only briefly, so a receiver that hangs delays neither other endpoints nor the worker's other work.
 */
export function webhookDueWork(options: WebhookWorkOptions = {}): DueWorkSource {
  const send = { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS };
  const waitMs = options.waitMs ?? 1000;
  const onError = options.onError ?? ((error) => process.emitWarning(`webhook delivery: ${String(error)}`));
  const inFlight = new Set<Promise<number>>();
  let finishedAttempts = 0;

  const start = (ctx: AppContext, key: { accountId: string; id: string }) => {
    const run = runEndpoint(ctx, key, send)
      .then((attempts) => {
        finishedAttempts += attempts;
        return attempts;
      })
      .catch((error) => {
        onError(error);
        return 0;
      })
      .finally(() => inFlight.delete(run));
    inFlight.add(run);
  };

  return {
    name: 'webhook_deliveries',
    consumers: [WEBHOOK_CONSUMER],
    nextDueOnClock: async () => null,
    runOnClock: async () => undefined,
    async runDue(ctx, _now, limit) {
      const fannedOut = await fanOut(ctx, limit);
      const claimed = await claimEndpoints(ctx, limit, send);
      for (const key of claimed) start(ctx, key);
      if (inFlight.size > 0) await within(inFlight, waitMs);
      const done = finishedAttempts;
      finishedAttempts = 0;
      // Deliveries still in flight count as work, so a drain keeps waiting for them.
      return fannedOut + claimed.length + done + inFlight.size;
    },
    async backlog(ctx, now) {
      const [row] = await ctx.db
        .select({ count: count(), oldest: min(webhookDeliveries.nextAttemptAt) })
        .from(webhookDeliveries)
        .innerJoin(
          webhookEndpoints,
          and(
            eq(webhookEndpoints.accountId, webhookDeliveries.accountId),
            eq(webhookEndpoints.id, webhookDeliveries.endpointId),
          ),
        )
        .where(
          and(
            eq(webhookDeliveries.status, 'pending'),
            lte(webhookDeliveries.nextAttemptAt, now),
            eq(webhookEndpoints.status, 'enabled'),
            eq(webhookEndpoints.deleted, false),
          ),
        );
      return { count: row?.count ?? 0, oldest: row?.oldest ?? null };
    },
  };
}
