import { consumerBacklog } from '../../events/index.ts';
import type { DueWorkSource } from '../../worker/index.ts';
import { dueDiscountEdges } from './discount-edges.ts';
import { duePastDueChurns } from './past-due-churn.ts';
import { MRR_CONSUMER, recordMovements } from './record-movements.ts';
import { dueServiceEnds } from './service-end-churn.ts';

/**
 * MRR movements as due work: reads subscription events through the outbox consumer (events/consume.ts), so test-clock
 * customers are covered too — their events carry `created` in clock time, which dates the movement.
 * Discount starts and ends are due at their time in the customer's time (see discount-edges.ts), and so are
 * past-due subscriptions reaching the account's auto-churn limit (see past-due-churn.ts), and subscriptions canceled
 * early reaching the end of their invoiced service period (see service-end-churn.ts).
 */
export function analyticsDueWork(): DueWorkSource {
  return {
    name: 'mrr_movements',
    nextDueOnClock: async () => null,
    runOnClock: async () => undefined,
    runDue: async (ctx, now, limit) =>
      recordMovements(ctx, limit, [
        ...(await dueDiscountEdges(ctx, now, limit)),
        ...(await duePastDueChurns(ctx, now, limit)),
        ...(await dueServiceEnds(ctx, now, limit)),
      ]),
    // Unread subscription events; discount edges and churns due are found by time and counted when run.
    backlog: (ctx) => consumerBacklog(ctx.db, MRR_CONSUMER),
    consumers: [MRR_CONSUMER],
  };
}
