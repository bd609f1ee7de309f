import { and, asc, eq, isNull, lte, or, type SQLWrapper, sql } from 'drizzle-orm';
import type { Temporal } from 'temporal-polyfill';
import type { AppContext } from '../../context.ts';
import { byId } from '../../db/find.ts';
import { webhookDeliveries, webhookEndpoints } from '../../db/schema/index.ts';
import { getEvent } from '../../events/index.ts';
import { fromDate, toDate } from '../../kernel/clock.ts';
import { describeRefusal, publicOnlyDispatcher, refusedDestination } from './destination.ts';
import type { DeliveryRow, EndpointRow } from './present.ts';
import { recordAttempt } from './record-attempt.ts';
import { type AttemptOutcome, type SendOptions, sendSigned } from './send.ts';

export type EndpointKey = { accountId: string; id: string };

// One run sends at most this many deliveries in a row before giving the endpoint back.
const MAX_DELIVERIES_PER_RUN = 50;
// A lease outlives one attempt by this margin; a worker that died mid-delivery loses the endpoint after it.
const LEASE_MARGIN_MS = 30_000;

/** An endpoint's pending deliveries; the endpoint given by value, or by the outer query's columns. */
const pending = (accountId: string | SQLWrapper, endpointId: string | SQLWrapper) =>
  and(
    eq(webhookDeliveries.accountId, accountId),
    eq(webhookDeliveries.endpointId, endpointId),
    eq(webhookDeliveries.status, 'pending'),
  );

const enabledEndpoint = and(eq(webhookEndpoints.status, 'enabled'), eq(webhookEndpoints.deleted, false));

/**
 * Leases endpoints whose oldest pending delivery is due and that no worker is delivering to. Each endpoint is
 * worked by one worker at a time (that keeps its deliveries in event order); SKIP LOCKED and the lease let other
 * workers take the other endpoints, so a slow receiver holds up only itself.
 */
export async function claimEndpoints(ctx: AppContext, limit: number, options: SendOptions): Promise<EndpointKey[]> {
  const now = toDate(ctx.clock.now());
  return ctx.db.transaction(async (db) => {
    const head = db
      .select({ at: webhookDeliveries.nextAttemptAt })
      .from(webhookDeliveries)
      .where(pending(webhookEndpoints.accountId, webhookEndpoints.id))
      .orderBy(asc(webhookDeliveries.eventId))
      .limit(1);
    const rows = await db
      .select({ accountId: webhookEndpoints.accountId, id: webhookEndpoints.id })
      .from(webhookEndpoints)
      .where(
        and(
          enabledEndpoint,
          or(isNull(webhookEndpoints.leaseUntil), lte(webhookEndpoints.leaseUntil, now)),
          sql`(${head}) <= ${now.toISOString()}::timestamptz`,
        ),
      )
      .limit(limit)
      .for('update', { skipLocked: true });
    if (rows.length === 0) return [];
    await db
      .update(webhookEndpoints)
      .set({ leaseUntil: new Date(now.getTime() + options.timeoutMs + LEASE_MARGIN_MS) })
      .where(or(...rows.map((row) => byId(webhookEndpoints, row.accountId, row.id))));
    return rows;
  });
}

/** The endpoint (if still enabled) and its oldest pending delivery, if that one is due now. */
async function dueHead(ctx: AppContext, key: EndpointKey) {
  const [endpoint] = await ctx.db
    .select()
    .from(webhookEndpoints)
    .where(and(byId(webhookEndpoints, key.accountId, key.id), enabledEndpoint));
  if (!endpoint) return null;
  const [delivery] = await ctx.db
    .select()
    .from(webhookDeliveries)
    .where(pending(key.accountId, key.id))
    .orderBy(asc(webhookDeliveries.eventId))
    .limit(1);
  const due = delivery?.nextAttemptAt && delivery.nextAttemptAt.getTime() <= ctx.clock.now().epochMilliseconds;
  return due ? { endpoint, delivery } : null;
}

/**
 * Sends one delivery now, signed with the endpoint's active secrets; the body is the event as the API shows it.
 * The host is resolved again first (a name may point somewhere private since the endpoint was created): a private
 * destination is a failed attempt, retried on the usual schedule, and no request is made.
 */
export async function sendDelivery(
  ctx: AppContext,
  endpoint: EndpointRow,
  delivery: DeliveryRow,
  options: SendOptions,
): Promise<{ outcome: AttemptOutcome; at: Temporal.Instant }> {
  const at = ctx.clock.now();
  const event = await getEvent(ctx, delivery.accountId, delivery.eventId);
  const target = {
    url: endpoint.url,
    secret: endpoint.secret,
    previousSecret: endpoint.previousSecret,
    previousSecretExpiresAt: endpoint.previousSecretExpiresAt ? fromDate(endpoint.previousSecretExpiresAt) : null,
    scheme: endpoint.signatureScheme,
  };
  const refused = ctx.allowPrivateWebhookUrls ? null : await refusedDestination(endpoint.url);
  if (refused) {
    const error = `Refused: ${describeRefusal(refused)}`;
    return { outcome: { succeeded: false, statusCode: null, durationMs: 0, error, responseBody: null }, at };
  }
  const sending = ctx.allowPrivateWebhookUrls ? options : { ...options, dispatcher: publicOnlyDispatcher };
  const body = JSON.stringify(endpoint.signatureScheme === 'stripe' ? stripeEventShape(event) : event);
  const outcome = await sendSigned(target, { id: event.id, body }, at, sending);
  return { outcome, at };
}

/** Renews the lease for one more attempt, or (null) gives the endpoint back. */
async function lease(ctx: AppContext, key: EndpointKey, options: SendOptions | null): Promise<void> {
  const until = options ? toDate(ctx.clock.now().add({ milliseconds: options.timeoutMs + LEASE_MARGIN_MS })) : null;
  await ctx.db
    .update(webhookEndpoints)
    .set({ leaseUntil: until })
    .where(byId(webhookEndpoints, key.accountId, key.id));
}

/**
 * Delivers a leased endpoint's due deliveries in event order, stopping at the first failure (the rest wait for
 * it: per-endpoint order). No transaction spans the HTTP call; each attempt is recorded in its own. Returns the
 * number of attempts made.
 */
export async function runEndpoint(ctx: AppContext, key: EndpointKey, options: SendOptions): Promise<number> {
  let attempts = 0;
  try {
    while (attempts < MAX_DELIVERIES_PER_RUN) {
      const next = await dueHead(ctx, key);
      if (!next) break;
      if (attempts > 0) await lease(ctx, key, options);
      const { outcome, at } = await sendDelivery(ctx, next.endpoint, next.delivery, options);
      await recordAttempt(ctx, { delivery: next.delivery, outcome, at, manual: false });
      attempts++;
      if (!outcome.succeeded) break;
    }
  } finally {
    await lease(ctx, key, null);
  }
  return attempts;
}

/** Stripe's event envelope (what `stripe.webhooks.constructEvent` hands an integration), around Tenure's event. */
function stripeEventShape(event: Awaited<ReturnType<typeof getEvent>>) {
  return { ...event, api_version: null, livemode: false, pending_webhooks: 1 };
}
