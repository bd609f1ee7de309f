/**
 * A subscriber's billing errands: invoice history and PDFs, paying an open invoice now, a new card (which retries
 * the failed invoices at once, as the dunning e-mails' card-update page does), and their profile.
 */
import type { Actor, AppContext } from '../../context.ts';
import { conflict, TenureError } from '../../kernel/errors.ts';
import { type CustomerFields, getCustomer, updateCustomer } from '../../modules/customers/index.ts';
import { refusedUpdates } from '../../modules/portal/index.ts';
import { getInvoice, listInvoices, payInvoice } from '../billing/index.ts';
import { attachAndRetry } from '../collection/index.ts';
import { renderInvoicePdf } from '../documents/index.ts';
import { ownInvoice, type PortalScope, requireFeature } from './scope.ts';

type Invoice = Awaited<ReturnType<typeof getInvoice>>;

/** The subscriber's view of an invoice: what they were billed, what is left, where to download it. */
function portalInvoice(inv: Invoice) {
  return {
    id: inv.id,
    number: inv.number,
    status: inv.status,
    created: inv.created,
    total: inv.total,
    amount_paid: inv.amount_paid,
    amount_remaining: inv.amount_remaining,
    currency: inv.currency,
    pdf: `/portal/api/invoices/${inv.id}/pdf`,
  };
}

/** Finalized invoices, newest first (drafts are still changing and are not the subscriber's business yet). */
export async function portalInvoices(
  ctx: AppContext,
  scope: PortalScope,
  page: { limit?: number; starting_after?: string },
) {
  await requireFeature(ctx, scope, (f) => f.invoice_history.enabled, 'invoice history');
  const list = await listInvoices(ctx, scope.accountId, {
    ...page,
    limit: page.limit ?? 24,
    customer: scope.customerId,
  });
  return {
    object: 'list' as const,
    data: list.data.filter((inv) => inv.status !== 'draft').map(portalInvoice),
    has_more: list.has_more,
  };
}

export async function portalInvoicePdf(ctx: AppContext, scope: PortalScope, id: string) {
  await requireFeature(ctx, scope, (f) => f.invoice_history.enabled, 'invoice history');
  const inv = await ownInvoice(ctx, scope, id);
  if (inv.status === 'draft') throw conflict('invoice_not_open', `Invoice ${id} is not issued yet`);
  return renderInvoicePdf(ctx, scope.accountId, id);
}

/** Pays an open invoice with the card on file now (the charge runs after the commit). */
export async function payPortalInvoice(ctx: AppContext, actor: Actor, scope: PortalScope, id: string) {
  await ownInvoice(ctx, scope, id);
  return portalInvoice(await payInvoice(ctx, actor, id, {}));
}

export const rereadPortalInvoice = async (ctx: AppContext, scope: PortalScope, id: string) =>
  portalInvoice(await getInvoice(ctx, scope.accountId, id));

/** A new default card from a gateway token; the customer's failed invoices are retried with it at once. */
export async function updatePortalPaymentMethod(
  ctx: AppContext,
  actor: Actor,
  scope: PortalScope,
  input: { token: string; gateway?: string },
) {
  await requireFeature(ctx, scope, (f) => f.payment_method_update.enabled, 'card updates');
  const method = await attachAndRetry(ctx, actor, {
    customer: scope.customerId,
    token: input.token,
    set_default: true,
    ...(input.gateway && { gateway: input.gateway }),
  });
  return { id: method.id, ...method.card };
}

export type ProfileInput = Pick<CustomerFields, 'name' | 'email' | 'locale' | 'marketing_consent'>;

export async function portalProfile(ctx: AppContext, scope: PortalScope) {
  const c = await getCustomer(ctx, scope.accountId, scope.customerId);
  return {
    object: 'portal_profile' as const,
    name: c.name,
    email: c.email,
    locale: c.locale,
    marketing_consent: c.marketing_consent,
  };
}

/** Changes only the fields the configuration's customer_update allows (a refused field is a 403 naming it). */
export async function updatePortalProfile(ctx: AppContext, actor: Actor, scope: PortalScope, input: ProfileInput) {
  const features = await requireFeature(ctx, scope, () => true, 'profile changes');
  const refused = refusedUpdates(features, input);
  if (refused[0]) {
    throw new TenureError(
      'permission',
      'portal_feature_disabled',
      `The portal does not let you change ${refused[0]}`,
      refused[0],
    );
  }
  await updateCustomer(ctx, actor, scope.customerId, input);
  return portalProfile(ctx, scope);
}
