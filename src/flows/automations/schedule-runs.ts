/**
 * The automations' outbox consumer: each event that matches an active automation's trigger schedules a run for its
 * customer, due after the wait. Time is the customer's: a test-clock customer's run is dated and waits in clock time.
 */
import type { Db } from '../../db/index.ts';
import { consumeOutbox, type OutboxConsumer, type OutboxEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { idTime } from '../../kernel/ids.ts';
import * as automations from '../../modules/automations/index.ts';
import { findCustomer } from '../../modules/customers/index.ts';
import { timeFor } from '../../modules/test-clocks/index.ts';
import { listInvoices } from '../billing/index.ts';

/** Every type: a trigger may name any event type, and automations are added at any time. */
export const AUTOMATION_CONSUMER: OutboxConsumer = { name: 'automations', types: ['*'] };

type Ctx = Parameters<typeof findCustomer>[0];

/** How many paid (non-zero) invoices a subscription has: "12 paid months" on a monthly plan. */
async function paidInvoices(ctx: Ctx, accountId: string, subscription: string): Promise<number> {
  let count = 0;
  let startingAfter: string | undefined;
  for (;;) {
    const page = await listInvoices(ctx, accountId, {
      subscription,
      status: 'paid',
      limit: 100,
      ...(startingAfter && { starting_after: startingAfter }),
    });
    count += page.data.filter((invoice) => (invoice.amount_paid as number) > 0).length;
    if (!page.has_more) return count;
    startingAfter = page.data.at(-1)!.id as string;
  }
}

async function schedule(
  ctx: Ctx,
  automation: automations.AutomationRow,
  event: OutboxEvent,
  match: automations.TriggerMatch,
) {
  const customer = await findCustomer(ctx, automation.accountId, match.customer).catch(() => null);
  if (!customer) return;
  const trigger = automation.trigger;
  if (match.countPaidOf && trigger.type === 'paid_months') {
    if ((await paidInvoices(ctx, automation.accountId, match.countPaidOf)) < trigger.months) return;
  }
  // An event written in a clock's step carries clock time; one about a clock's customer written outside it (a
  // segment refresh) happened, for that customer, at the clock's current time.
  const now =
    event.testClock || !customer.testClock
      ? event.created
      : toDate(await timeFor(ctx, automation.accountId, customer.testClock));
  const firedAt = match.firedAt ?? now.getTime();
  await automations.scheduleRun(ctx.db, {
    automation,
    customerId: customer.id,
    testClock: customer.testClock,
    triggeredBy: { event: event.id, type: event.type, subscription: match.subscription },
    dueAt: new Date(automations.dueAt(firedAt, automation.waitSeconds)),
    created: now,
  });
}

/** Reads the next events and schedules the runs they trigger; returns how many events were read. */
export async function scheduleAutomationRuns(ctx: Ctx, limit: number): Promise<number> {
  return consumeOutbox(ctx.db, AUTOMATION_CONSUMER, limit, async (tx: Db, batch) => {
    const listening = await automations.activeAutomations(tx, [...new Set(batch.map((e) => e.accountId))]);
    if (listening.length === 0) return;
    for (const event of batch) {
      const object = (event.data as { object: Record<string, unknown> }).object;
      const seen = { id: event.id, type: event.type, object, at: event.created.getTime() };
      for (const automation of listening) {
        // An automation acts on what happens after it was made, not on the outbox's past.
        if (automation.accountId !== event.accountId || idTime(event.id) < idTime(automation.id)) continue;
        const match = automations.matchTrigger(automation.trigger, seen);
        if (match) await schedule({ ...ctx, db: tx }, automation, event, match);
      }
    }
  });
}
