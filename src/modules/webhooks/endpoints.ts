import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { byId } from '../../db/find.ts';
import { type ListParams, listPage } from '../../db/paginate.ts';
import { webhookEndpoints } from '../../db/schema/index.ts';
import { previousAttributes, recordEvent } from '../../events/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { notFound } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { mergeMetadata } from '../../kernel/metadata.ts';
import { checkEndpointUrl, type SignatureScheme } from './core/index.ts';
import { type EndpointRow, presentEndpoint } from './present.ts';

export type EndpointFields = {
  url?: string;
  enabled_events?: string[];
  description?: string | null;
  disabled?: boolean;
  /** `stripe`: a `Stripe-Signature` header and Stripe's event shape, for `stripe.webhooks.constructEvent`. */
  signature_scheme?: SignatureScheme;
  metadata?: Record<string, string | null>;
};

const DEFAULT_OVERLAP_SECONDS = 86_400;

/** `whsec_` + base64 of 24 random bytes: the secret format the Standard Webhooks libraries decode. */
function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

export async function findEndpoint(ctx: AppContext, accountId: string, id: string, lock = false) {
  const query = ctx.db
    .select()
    .from(webhookEndpoints)
    .where(and(byId(webhookEndpoints, accountId, id), eq(webhookEndpoints.deleted, false)));
  const rows = lock ? await query.for('update') : await query;
  if (!rows[0]) throw notFound('webhook endpoint', id);
  return rows[0];
}

function columnsFrom(input: EndpointFields, current?: EndpointRow) {
  return {
    ...(input.url !== undefined && { url: checkEndpointUrl(input.url) }),
    ...(input.enabled_events !== undefined && { enabledEvents: [...new Set(input.enabled_events)] }),
    ...(input.description !== undefined && { description: input.description }),
    ...(input.disabled !== undefined && { status: input.disabled ? ('disabled' as const) : ('enabled' as const) }),
    ...(input.signature_scheme !== undefined && { signatureScheme: input.signature_scheme }),
    ...(input.metadata !== undefined && { metadata: mergeMetadata(current?.metadata ?? {}, input.metadata) }),
  };
}

/** Deliveries start after this event (the endpoint's own creation or re-enabling), never with older ones. */
async function startDeliveriesAfter(ctx: AppContext, accountId: string, id: string, eventId: string) {
  await ctx.db
    .update(webhookEndpoints)
    .set({ eventsAfter: eventId, failingSince: null })
    .where(byId(webhookEndpoints, accountId, id));
}

export async function createEndpoint(
  ctx: AppContext,
  actor: Actor,
  input: EndpointFields & { url: string; enabled_events: string[] },
) {
  const at = ctx.clock.now();
  const secret = newWebhookSecret();
  const [row] = await ctx.db
    .insert(webhookEndpoints)
    .values({
      accountId: actor.accountId,
      id: newId('we'),
      ...columnsFrom(input),
      url: checkEndpointUrl(input.url),
      enabledEvents: [...new Set(input.enabled_events)],
      secret,
      eventsAfter: '',
      created: toDate(at),
    })
    .returning();
  const endpoint = presentEndpoint(row!);
  const eventId = await recordEvent(ctx.db, actor, { type: 'webhook_endpoint.created', object: endpoint, at });
  await startDeliveriesAfter(ctx, actor.accountId, row!.id, eventId);
  return { ...endpoint, secret };
}

export async function getEndpoint(ctx: AppContext, accountId: string, id: string) {
  return presentEndpoint(await findEndpoint(ctx, accountId, id));
}

export async function listEndpoints(ctx: AppContext, accountId: string, params: ListParams) {
  return listPage(ctx.db, webhookEndpoints, accountId, params, eq(webhookEndpoints.deleted, false), presentEndpoint);
}

/** Re-enabling starts afresh: events from while the endpoint was disabled are not sent to it. */
export async function updateEndpoint(ctx: AppContext, actor: Actor, id: string, input: EndpointFields) {
  const current = await findEndpoint(ctx, actor.accountId, id, true);
  const [row] = await ctx.db
    .update(webhookEndpoints)
    .set(columnsFrom(input, current))
    .where(byId(webhookEndpoints, actor.accountId, id))
    .returning();
  const endpoint = presentEndpoint(row!);
  const previous = previousAttributes(presentEndpoint(current), endpoint);
  if (Object.keys(previous).length === 0) return endpoint;
  const at = ctx.clock.now();
  const type = 'webhook_endpoint.updated';
  const eventId = await recordEvent(ctx.db, actor, { type, object: endpoint, previousAttributes: previous, at });
  if (current.status === 'disabled' && row!.status === 'enabled')
    await startDeliveriesAfter(ctx, actor.accountId, id, eventId);
  return endpoint;
}

export async function deleteEndpoint(ctx: AppContext, actor: Actor, id: string) {
  const current = await findEndpoint(ctx, actor.accountId, id, true);
  await ctx.db
    .update(webhookEndpoints)
    .set({ deleted: true })
    .where(byId(webhookEndpoints, actor.accountId, id));
  const object = presentEndpoint(current);
  await recordEvent(ctx.db, actor, { type: 'webhook_endpoint.deleted', object, at: ctx.clock.now() });
  return { id, object: 'webhook_endpoint' as const, deleted: true as const };
}

/**
 * A new secret signs from now on; the old one keeps signing too for `expires_in_seconds` (default 24 h), so
 * receivers can switch over without rejecting deliveries. 0 drops the old secret at once.
 */
export async function rotateEndpointSecret(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { expires_in_seconds?: number },
) {
  const current = await findEndpoint(ctx, actor.accountId, id, true);
  const at = ctx.clock.now();
  const overlap = input.expires_in_seconds ?? DEFAULT_OVERLAP_SECONDS;
  const secret = newWebhookSecret();
  const [row] = await ctx.db
    .update(webhookEndpoints)
    .set({
      secret,
      previousSecret: overlap > 0 ? current.secret : null,
      previousSecretExpiresAt: overlap > 0 ? toDate(at.add({ seconds: overlap })) : null,
    })
    .where(byId(webhookEndpoints, actor.accountId, id))
    .returning();
  const endpoint = presentEndpoint(row!);
  await recordEvent(ctx.db, actor, {
    type: 'webhook_endpoint.secret_rotated',
    object: endpoint,
    previousAttributes: previousAttributes(presentEndpoint(current), endpoint),
    at,
  });
  return { ...endpoint, secret };
}
