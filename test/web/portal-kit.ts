import { and, desc, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { messages } from '../../src/db/schema/index.ts';
import type { WebHarness } from '../helpers/browser.ts';
import { billingKit } from '../scenarios/billing-kit.ts';

/** A catalogue and portal configuration for the portal's browser tests and screenshots. */
export async function portalWorld(h: WebHarness) {
  const k = billingKit(h);
  const product = async (name: string, amount: number) => {
    const p = await k.ok('POST', '/v1/products', { name });
    const price = await k.ok('POST', '/v1/prices', {
      product: p.id,
      currency: 'usd',
      unit_amount: amount,
      recurring: { interval: 'month' },
    });
    return { product: p.id as string, price: price.id as string };
  };
  const basic = await product('Basic', 1000);
  const premium = await product('Premium', 2500);
  await k.ok('POST', '/v1/billing_portal/configurations', {
    business_profile: { headline: 'Stream TV' },
    features: {
      subscription_update: {
        enabled: true,
        products: [
          { product: basic.product, prices: [basic.price] },
          { product: premium.product, prices: [premium.price] },
        ],
      },
      subscription_pause: { enabled: true },
    },
  });
  const coupon = await k.ok('POST', '/v1/coupons', { percent_off: 30, duration: 'repeating', duration_in_months: 3 });
  const offer = await k.ok('POST', '/v1/retention_offers', {
    name: '30 % off for 3 months',
    kind: 'coupon',
    coupon: coupon.id,
    reasons: ['too_expensive'],
  });
  /** A subscriber to Basic with a working card (or another sandbox token), optionally on a test clock. */
  async function subscriber(name: string, extra: { token?: string; test_clock?: string; trial?: number } = {}) {
    const email = `${name.toLowerCase()}@example.com`;
    const customer = await k.ok('POST', '/v1/customers', {
      name,
      email,
      ...(extra.test_clock && { test_clock: extra.test_clock }),
    });
    await k.ok('POST', '/v1/payment_methods', { customer: customer.id, token: extra.token ?? 'tok_visa' });
    const sub = await k.ok('POST', '/v1/subscriptions', {
      customer: customer.id,
      items: [{ price: basic.price }],
      ...(extra.trial && { trial_period_days: extra.trial }),
    });
    return { id: customer.id as string, email, sub: sub.id as string, item: sub.items.data[0].id as string };
  }
  /** A portal session URL for the customer, as an integrating site would get it. */
  const sessionUrl = async (customer: string) =>
    (await k.ok('POST', '/v1/billing_portal/sessions', { customer })).url as string;
  return { k, basic, premium, offer: offer.id as string, subscriber, sessionUrl };
}

/** The sign-in link of the last portal e-mail to `to` (what the subscriber clicks), as a path. */
export async function mailedLink(h: WebHarness, to: string): Promise<string> {
  const [mail] = await h.ctx.db
    .select()
    .from(messages)
    .where(and(eq(messages.to, to), eq(messages.template, 'portal_login_link')))
    .orderBy(desc(messages.created))
    .limit(1);
  const text = (mail?.content as { text?: string } | undefined)?.text ?? '';
  return /(\/portal\/\?token=\S+)/.exec(text)![1]!;
}

export const waitHeading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();
