/**
 * What a subscriber sees first: each subscription with its plan, status and either the next renewal (date and the
 * amount the upcoming-invoice preview computes, discounts included) or the date access ends; the invoices still
 * open; the card on file; and what the portal configuration lets them do.
 */
import type { AppContext } from '../../context.ts';
import { getProduct } from '../../modules/catalog/index.ts';
import { getCustomer } from '../../modules/customers/index.ts';
import { getPaymentMethod } from '../../modules/payments/index.ts';
import { featuresFor } from '../../modules/portal/index.ts';
import { listInvoices, listSubscriptions, upcomingTotal } from '../billing/index.ts';
import type { PortalScope } from './scope.ts';

type Price = {
  id: string;
  product: string;
  nickname: string | null;
  unit_amount: number | null;
  currency: string;
  recurring: { interval: string; interval_count: number } | null;
};
type Sub = Awaited<ReturnType<typeof listSubscriptions>>['data'][number];

/** Subscriptions a subscriber still has something to do with (ended ones are history, in the invoices). */
const SHOWN = new Set(['active', 'trialing', 'past_due', 'unpaid', 'paused', 'incomplete']);

export async function presentPlan(ctx: AppContext, accountId: string, price: Price) {
  const product = await getProduct(ctx, accountId, price.product);
  return {
    price: price.id,
    product: price.product,
    name: price.nickname ? `${product.name} · ${price.nickname}` : product.name,
    amount: price.unit_amount,
    currency: price.currency,
    interval: price.recurring?.interval ?? null,
    interval_count: price.recurring?.interval_count ?? null,
  };
}

async function portalSubscription(ctx: AppContext, accountId: string, sub: Sub) {
  const item = sub.items.data[0]!;
  const ending = sub.cancel_at_period_end || sub.cancel_at !== null;
  const total = ending || sub.status === 'paused' ? null : await upcomingTotal(ctx, accountId, sub.id);
  return {
    id: sub.id,
    status: sub.status,
    plan: await presentPlan(ctx, accountId, item.price as Price),
    item: item.id,
    quantity: item.quantity,
    current_period_end: sub.current_period_end,
    cancel_at_period_end: sub.cancel_at_period_end,
    access_ends_at: ending ? (sub.cancel_at ?? sub.current_period_end) : null,
    next_renewal:
      total === null ? null : { date: sub.trial_end ?? sub.current_period_end, amount: total, currency: sub.currency },
    resume_at: sub.resume_at,
  };
}

export async function portalOverview(ctx: AppContext, scope: PortalScope) {
  const customer = await getCustomer(ctx, scope.accountId, scope.customerId);
  const subs = await listSubscriptions(ctx, scope.accountId, { customer: scope.customerId, status: 'all', limit: 100 });
  const open = await listInvoices(ctx, scope.accountId, { customer: scope.customerId, status: 'open', limit: 100 });
  const pm = customer.invoice_settings.default_payment_method;
  const card = pm ? (await getPaymentMethod(ctx, scope.accountId, pm)).card : null;
  const config = await featuresFor(ctx, scope.accountId, scope.configurationId);
  const subscriptions = [];
  for (const sub of subs.data.filter((s) => SHOWN.has(s.status))) {
    subscriptions.push(await portalSubscription(ctx, scope.accountId, sub));
  }
  return {
    object: 'portal_overview' as const,
    customer: {
      id: customer.id,
      name: customer.name,
      email: customer.email,
      locale: customer.locale,
      marketing_consent: customer.marketing_consent,
    },
    subscriptions,
    open_invoices: open.data.map((inv) => ({
      id: inv.id,
      number: inv.number,
      amount_remaining: inv.amount_remaining,
      currency: inv.currency,
      due_date: inv.due_date,
    })),
    payment_method: card && pm ? { id: pm, ...card } : null,
    features: config.features,
    business_profile: config.businessProfile,
  };
}
