import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../../context.ts';
import { byId } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { webhookDeliveries, webhookDeliveryAttempts } from '../../db/schema/index.ts';
import type { WebhookDeliveryStatus } from '../../db/schema/webhooks.ts';
import { notFound } from '../../kernel/errors.ts';
import { sendDelivery } from './deliver.ts';
import { findEndpoint } from './endpoints.ts';
import { type DeliveryRow, presentAttempt, presentDelivery } from './present.ts';
import { recordAttempt } from './record-attempt.ts';
import type { AttemptOutcome } from './send.ts';

/** How long one delivery may take, from connecting to the end of the answer. */
export const DEFAULT_TIMEOUT_MS = 10_000;
const MAX_ATTEMPTS_SHOWN = 100;

export type DeliverySearch = ListParams & { status?: WebhookDeliveryStatus | undefined; event?: string | undefined };

export async function listDeliveries(ctx: AppContext, accountId: string, endpointId: string, params: DeliverySearch) {
  await findEndpoint(ctx, accountId, endpointId);
  const filters: SQL[] = [eq(webhookDeliveries.endpointId, endpointId)];
  if (params.status) filters.push(eq(webhookDeliveries.status, params.status));
  if (params.event) filters.push(eq(webhookDeliveries.eventId, params.event));
  return listPage(ctx.db, webhookDeliveries, accountId, params, and(...filters), presentDelivery);
}

async function findDelivery(ctx: AppContext, accountId: string, endpointId: string, id: string) {
  const endpoint = await findEndpoint(ctx, accountId, endpointId);
  const [delivery] = await ctx.db
    .select()
    .from(webhookDeliveries)
    .where(and(byId(webhookDeliveries, accountId, id), eq(webhookDeliveries.endpointId, endpointId)));
  if (!delivery) throw notFound('webhook delivery', id, 'delivery_id');
  return { endpoint, delivery };
}

async function presentWithAttempts(ctx: AppContext, delivery: DeliveryRow) {
  const attempts = await ctx.db
    .select()
    .from(webhookDeliveryAttempts)
    .where(
      and(
        eq(webhookDeliveryAttempts.accountId, delivery.accountId),
        eq(webhookDeliveryAttempts.deliveryId, delivery.id),
      ),
    )
    .orderBy(asc(webhookDeliveryAttempts.id))
    .limit(MAX_ATTEMPTS_SHOWN);
  return { ...presentDelivery(delivery), attempts: attempts.map(presentAttempt) };
}

/** One delivery with its attempts, oldest first. */
export async function getDelivery(ctx: AppContext, accountId: string, endpointId: string, id: string) {
  const { delivery } = await findDelivery(ctx, accountId, endpointId, id);
  return presentWithAttempts(ctx, delivery);
}

export type ManualSend = { delivery: DeliveryRow; outcome: AttemptOutcome; at: Temporal.Instant };

/**
 * Sends a delivery again now, whatever its state and outside its endpoint's order (the caller asked for it),
 * even to a disabled endpoint. Done outside any transaction; `recordManualSend` then stores the attempt.
 */
export async function sendDeliveryNow(
  ctx: AppContext,
  accountId: string,
  endpointId: string,
  id: string,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<ManualSend> {
  const { endpoint, delivery } = await findDelivery(ctx, accountId, endpointId, id);
  const { outcome, at } = await sendDelivery(ctx, endpoint, delivery, { timeoutMs });
  return { delivery, outcome, at };
}

export async function recordManualSend(ctx: AppContext, sent: ManualSend) {
  const delivery = await recordAttempt(ctx, { ...sent, manual: true });
  return presentWithAttempts(ctx, delivery);
}
