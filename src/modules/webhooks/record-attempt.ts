import { and, eq, sql } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../../context.ts';
import { byId } from '../../db/find.ts';
import { webhookDeliveries, webhookDeliveryAttempts, webhookEndpoints } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { fromDate, toDate } from '../../kernel/clock.ts';
import { newId } from '../../kernel/ids.ts';
import { afterAttempt, type DeliveryState, endpointHealth } from './core/index.ts';
import { type DeliveryRow, type EndpointRow, presentEndpoint } from './present.ts';
import type { AttemptOutcome } from './send.ts';

export type Attempted = { delivery: DeliveryRow; outcome: AttemptOutcome; at: Temporal.Instant; manual: boolean };

/**
 * A manual resend is one extra try outside the schedule: success completes the delivery, failure leaves its
 * state (and the endpoint's failure streak) as they were.
 */
function nextState(current: DeliveryRow, attempted: Attempted): DeliveryState {
  const { outcome, at, manual } = attempted;
  if (manual || current.status !== 'pending') {
    const status = outcome.succeeded ? 'succeeded' : current.status;
    return {
      status,
      nextAttemptAt: status === 'pending' && current.nextAttemptAt ? fromDate(current.nextAttemptAt) : null,
    };
  }
  return afterAttempt(current.attempts + 1, outcome.succeeded, at);
}

async function lockRows(ctx: AppContext, delivery: DeliveryRow) {
  // Endpoint before delivery, in every writer, so concurrent writers never wait on each other in a cycle.
  const [endpoint] = await ctx.db
    .select()
    .from(webhookEndpoints)
    .where(byId(webhookEndpoints, delivery.accountId, delivery.endpointId))
    .for('update');
  const [current] = await ctx.db
    .select()
    .from(webhookDeliveries)
    .where(byId(webhookDeliveries, delivery.accountId, delivery.id))
    .for('update');
  return { endpoint: endpoint!, current: current! };
}

/** Tracks the failure streak; one failing for 3 days disables the endpoint and says so in an event. */
async function updateHealth(ctx: AppContext, endpoint: EndpointRow, attempted: Attempted): Promise<void> {
  const { outcome, at } = attempted;
  const since = endpoint.failingSince ? fromDate(endpoint.failingSince) : null;
  const health = endpointHealth(since, outcome.succeeded, at);
  const disable = health.disable && endpoint.status === 'enabled';
  const [row] = await ctx.db
    .update(webhookEndpoints)
    .set({
      failingSince: health.failingSince ? toDate(health.failingSince) : null,
      ...(disable && { status: 'disabled' as const }),
    })
    .where(byId(webhookEndpoints, endpoint.accountId, endpoint.id))
    .returning();
  if (!disable) return;
  await recordEvent(
    ctx.db,
    { accountId: endpoint.accountId },
    {
      type: 'webhook_endpoint.disabled',
      object: presentEndpoint(row!),
      previousAttributes: { status: endpoint.status },
      at,
    },
  );
}

/** Stores one attempt and its effect on the delivery and the endpoint, in one transaction. */
export async function recordAttempt(ctx: AppContext, attempted: Attempted): Promise<DeliveryRow> {
  return ctx.db.transaction(async (db) => {
    const tx = { ...ctx, db };
    const { delivery, outcome, at, manual } = attempted;
    const { endpoint, current } = await lockRows(tx, delivery);
    await db.insert(webhookDeliveryAttempts).values({
      accountId: delivery.accountId,
      id: newId('wha'),
      deliveryId: delivery.id,
      endpointId: delivery.endpointId,
      statusCode: outcome.statusCode,
      durationMs: outcome.durationMs,
      error: outcome.error,
      responseBody: outcome.responseBody,
      manual,
      created: toDate(at),
    });
    const state = nextState(current, attempted);
    const [row] = await db
      .update(webhookDeliveries)
      .set({
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        status: state.status,
        nextAttemptAt: state.nextAttemptAt ? toDate(state.nextAttemptAt) : null,
        lastAttemptAt: toDate(at),
        lastStatusCode: outcome.statusCode,
        lastDurationMs: outcome.durationMs,
        lastError: outcome.error,
      })
      .where(and(eq(webhookDeliveries.accountId, delivery.accountId), eq(webhookDeliveries.id, delivery.id)))
      .returning();
    if (!manual) await updateHealth(tx, endpoint, attempted);
    return row!;
  });
}
