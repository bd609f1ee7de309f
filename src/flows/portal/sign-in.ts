/**
 * The ways into the portal: a portal session made by the integrating site through the API (Stripe's
 * POST /v1/billing_portal/sessions), or a magic link e-mailed to a subscriber who asked for one at /portal. Either
 * is redeemed once for a browser session.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor, AppContext } from '../../context.ts';
import { accounts, customers, type PortalFlow } from '../../db/schema/index.ts';
import { toDate } from '../../kernel/clock.ts';
import { invalid } from '../../kernel/errors.ts';
import { findCustomer } from '../../modules/customers/index.ts';
import { queueNotice } from '../../modules/notices/index.ts';
import {
  createLink,
  findConfiguration,
  LINK_TTL,
  presentPortalSession,
  redeemLink,
} from '../../modules/portal/index.ts';
import { ownSubscription } from './scope.ts';

export type FlowData = {
  type: 'payment_method_update' | 'subscription_cancel' | 'subscription_update' | 'subscription_update_confirm';
  after_completion?: {
    type: string;
    redirect?: { return_url: string };
    hosted_confirmation?: { custom_message?: string };
  };
  subscription_cancel?: { subscription: string; retention?: unknown };
  subscription_update?: { subscription: string };
  subscription_update_confirm?: { subscription: string; items: { id: string; price?: string; quantity?: number }[] };
};
export type PortalSessionInput = {
  customer: string;
  return_url?: string;
  locale?: string;
  configuration?: string;
  flow_data?: FlowData;
};

const FLOW_PARTS = ['subscription_cancel', 'subscription_update', 'subscription_update_confirm'] as const;

/** A flow names the subscription it acts on, and that subscription must be the customer's (Stripe's rule). */
async function checkFlow(ctx: AppContext, actor: Actor, customer: string, flow: FlowData): Promise<PortalFlow> {
  const part = FLOW_PARTS.find((p) => p === flow.type);
  if (part) {
    const param = `flow_data.${part}.subscription`;
    const subscription = flow[part]?.subscription;
    if (!subscription) throw invalid('portal_flow_invalid', `A ${flow.type} flow names its subscription`, param);
    await ownSubscription(
      ctx,
      { accountId: actor.accountId, customerId: customer, configurationId: null },
      subscription,
      param,
    );
  }
  return {
    type: flow.type,
    after_completion: { type: 'portal_homepage', ...flow.after_completion },
    ...Object.fromEntries(FLOW_PARTS.map((p) => [p, flow[p] ?? null])),
  };
}

export async function createPortalSession(ctx: AppContext, actor: Actor, input: PortalSessionInput, publicUrl: string) {
  await findCustomer(ctx, actor.accountId, input.customer, 'customer');
  let returnUrl = input.return_url ?? null;
  if (input.configuration) {
    const config = await findConfiguration(ctx, actor.accountId, input.configuration, 'configuration');
    if (!config.active) {
      throw invalid('portal_configuration_inactive', `Configuration ${config.id} is inactive`, 'configuration');
    }
    returnUrl ??= config.defaultReturnUrl;
  }
  const flow = input.flow_data ? await checkFlow(ctx, actor, input.customer, input.flow_data) : null;
  const { row, secret } = await createLink(
    ctx,
    {
      accountId: actor.accountId,
      kind: 'session',
      customerId: input.customer,
      configurationId: input.configuration ?? null,
      returnUrl,
      locale: input.locale && input.locale !== 'auto' ? input.locale : null,
      flow,
    },
    ctx.clock.now(),
  );
  return presentPortalSession(row, `${publicUrl}/portal/?token=${secret}`);
}

/** The account a /portal sign-in is for: the one named, else the server's first (default) account. */
async function loginAccount(ctx: AppContext, account?: string) {
  const query = ctx.db.select().from(accounts);
  const [row] = account ? await query.where(eq(accounts.id, account)) : await query.orderBy(asc(accounts.id)).limit(1);
  return row ?? null;
}

/** At most this many customers share an e-mail address in practice; each gets a link of their own. */
const MAX_LINKS_PER_REQUEST = 5;

/**
 * E-mails a sign-in link to every customer of the account with this address, in their language. The answer is the
 * same whether or not any customer has it, so the form cannot be used to find out who is a subscriber.
 */
export async function requestLoginLink(ctx: AppContext, input: { email: string; account?: string }, publicUrl: string) {
  const account = await loginAccount(ctx, input.account);
  const answer = { object: 'portal_login_request' as const, email: input.email };
  if (!account) return answer;
  const found = await ctx.db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.accountId, account.id), sql`lower(${customers.email}) = lower(${input.email})`))
    .limit(MAX_LINKS_PER_REQUEST);
  const at = ctx.clock.now();
  for (const { id } of found) {
    const { row, secret } = await createLink(
      ctx,
      {
        accountId: account.id,
        kind: 'login',
        customerId: id,
        configurationId: null,
        returnUrl: null,
        locale: null,
        flow: null,
      },
      at,
    );
    await queueNotice(
      ctx.db,
      toDate(at),
      { publicUrl },
      {
        accountId: account.id,
        customerId: id,
        template: 'portal_login_link',
        eventId: row.id,
        vars: (f) => ({
          portal: { url: `${publicUrl}/portal/?token=${secret}`, minutes: f.number(LINK_TTL.login.minutes) },
        }),
      },
    );
  }
  return answer;
}

/** Redeems a link (session or magic) for a browser session; the caller sets the cookie. */
export async function enterPortal(ctx: AppContext, secret: string) {
  return redeemLink(ctx, secret, ctx.clock.now());
}
