/**
 * Everything the portal does is for ONE customer, the one its browser session names: objects are looked up in the
 * account and then must belong to that customer, and another customer's id answers the same 404 as a made-up one.
 */
import type { Actor, AppContext } from '../../context.ts';
import { notFound, TenureError } from '../../kernel/errors.ts';
import { featuresFor } from '../../modules/portal/index.ts';
import * as retention from '../../modules/retention/index.ts';
import { getInvoice, getSubscription } from '../billing/index.ts';

export type PortalScope = { accountId: string; customerId: string; configurationId: string | null };

export const actorOf = (scope: PortalScope, requestId?: string): Actor => ({ accountId: scope.accountId, requestId });

/** Reads an object through the account's API and hides it (404) unless it is the customer's own. */
async function own<T extends { customer: unknown }>(
  read: () => Promise<T>,
  scope: PortalScope,
  resource: string,
  id: string,
  param: string,
): Promise<T> {
  const missing = notFound(resource, id, param);
  const object = await read().catch((error) => {
    throw error instanceof TenureError && error.kind === 'not_found' ? missing : error;
  });
  if (object.customer !== scope.customerId) throw missing;
  return object;
}

export const ownSubscription = (ctx: AppContext, scope: PortalScope, id: string, param = 'id') =>
  own(() => getSubscription(ctx, scope.accountId, id), scope, 'subscription', id, param);

export const ownInvoice = (ctx: AppContext, scope: PortalScope, id: string, param = 'id') =>
  own(() => getInvoice(ctx, scope.accountId, id), scope, 'invoice', id, param);

/** Refuses what the session's portal configuration does not offer. */
export async function requireFeature(
  ctx: AppContext,
  scope: PortalScope,
  allowed: (f: Awaited<ReturnType<typeof featuresFor>>['features']) => boolean,
  what: string,
) {
  const config = await featuresFor(ctx, scope.accountId, scope.configurationId);
  if (!allowed(config.features)) {
    throw new TenureError('permission', 'portal_feature_disabled', `The portal does not offer ${what}`);
  }
  return config.features;
}

export const ownCancellation = (ctx: AppContext, scope: PortalScope, id: string, param = 'id') =>
  own(() => retention.getSession(ctx, scope.accountId, id), scope, 'cancellation session', id, param);
