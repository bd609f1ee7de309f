import type { FastifyInstance } from 'fastify';
import type { Actor, AppContext } from '../../../context.ts';
import * as billing from '../../../flows/billing/index.ts';
import { setDefaultAndRetry } from '../../../flows/collection/index.ts';
import { type AccountSettingsInput, getAccount, updateAccount } from '../../../modules/accounts/index.ts';
import { getCustomer } from '../../../modules/customers/index.ts';
import { recordUsage, type UsageInput } from '../../../modules/usage/index.ts';
import { type Expanders, expandObject } from '../../expand.ts';
import { updateAccountBody } from '../../schemas/account.ts';
import * as s from '../../schemas/billing.ts';
import {
  currency,
  EXPANDABLE,
  expandQuery,
  idParams,
  listOf,
  listQuery,
  ref,
  strictObject,
} from '../../schemas/common.ts';
import { type ExpandQuery, type IdParams, mutation, spec } from './route-kit.ts';

const expandOnly = strictObject(expandQuery(EXPANDABLE.subscription));
const expanders: Expanders<'subscription'> = { customer: getCustomer, latest_invoice: billing.getInvoice };
const invoiceExpanders: Expanders<'invoice'> = { customer: getCustomer, subscription: billing.getSubscription };
const expandInvoiceQuery = strictObject(expandQuery(EXPANDABLE.invoice));
const expandInvoice = <T>(c: AppContext, req: { account: { accountId: string }; query: unknown }, value: T) =>
  expandObject(c, req.account.accountId, value, (req.query as ExpandQuery).expand, invoiceExpanders);

type Req = { account: { accountId: string }; query: unknown; params: unknown; body: unknown };

export function subscriptionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Subscriptions';
  const base = '/v1/subscriptions';
  const expand = <T>(c: AppContext, req: Req, value: T) =>
    expandObject(c, req.account.accountId, value, (req.query as ExpandQuery).expand, expanders);
  const id = (req: Req) => (req.params as IdParams).id;
  const rereadSubscription = async (c: AppContext, actor: Actor, req: Req, result: unknown) =>
    expand(c, req, await billing.getSubscription(c, actor.accountId, (result as { id: string }).id));
  const post = (
    path: string,
    summary: string,
    operationId: string,
    body: unknown,
    run: (c: AppContext, a: never, req: Req) => Promise<unknown>,
  ) =>
    app.post(
      path,
      spec({
        tag,
        summary,
        operationId,
        ...(path.includes(':id') && { params: idParams }),
        querystring: expandOnly,
        body: body as never,
        response: ref('Subscription'),
      }),
      mutation(ctx, async (tx, actor, req) => expand(tx, req, await run(tx, actor as never, req)), rereadSubscription),
    );

  type WithMethod = { default_payment_method?: string };
  app.post(
    base,
    spec({
      tag,
      summary: 'Create a subscription',
      operationId: 'createSubscription',
      querystring: expandOnly,
      body: s.createSubscriptionBody as never,
      response: ref('Subscription'),
    }),
    mutation(
      ctx,
      async (tx, actor, req) => {
        // Tenure charges the customer's default payment method; Stripe's per-subscription one becomes that default.
        const { default_payment_method: pm, ...input } = req.body as billing.CreateSubscriptionInput & WithMethod;
        if (pm) await setDefaultAndRetry(tx, actor, input.customer, pm, 'default_payment_method');
        return expand(tx, req, await billing.createSubscription(tx, actor, input));
      },
      async (c, actor, req, result) => {
        // Decided once the first charge (made after the commit) has its outcome.
        const input = req.body as billing.CreateSubscriptionInput;
        const id = (result as { id: string }).id;
        if (input.payment_behavior === 'error_if_incomplete') await billing.requireFirstPayment(c, actor, id);
        return rereadSubscription(c, actor, req, result);
      },
    ),
  );
  post(
    `${base}/:id`,
    'Update a subscription (items with proration, cancel at period end, pause collection, …)',
    'updateSubscription',
    s.updateSubscriptionBody,
    async (c, a, req) => {
      const { default_payment_method: pm, ...input } = req.body as billing.UpdateSubscriptionInput & WithMethod;
      if (pm) {
        const { customer } = await billing.getSubscription(c, (a as Actor).accountId, id(req));
        await setDefaultAndRetry(c, a, customer, pm, 'default_payment_method');
      }
      return billing.updateSubscription(c, a, id(req), input);
    },
  );
  post(`${base}/:id/cancel`, 'Cancel a subscription now', 'cancelSubscription', s.cancelSubscriptionBody, (c, a, req) =>
    billing.cancelSubscription(c, a, id(req), req.body as billing.CancelInput),
  );
  post(
    `${base}/:id/pause`,
    'Pause the service until resumed (unused time credited)',
    'pauseSubscription',
    s.pauseSubscriptionBody,
    (c, a, req) => billing.pauseSubscription(c, a, id(req), req.body as { resumes_at?: number }),
  );
  post(
    `${base}/:id/resume`,
    'Resume a paused subscription with a new period from now',
    'resumeSubscription',
    strictObject({}),
    (c, a, req) => billing.resumeSubscription(c, a, id(req)),
  );
  app.get(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Retrieve a subscription',
      operationId: 'getSubscription',
      params: idParams,
      querystring: expandOnly,
      response: ref('Subscription'),
    }),
    async (req) => expand(ctx, req, await billing.getSubscription(ctx, req.account.accountId, id(req))),
  );
  app.get(
    base,
    spec({
      tag,
      summary: 'List subscriptions',
      operationId: 'listSubscriptions',
      querystring: s.listSubscriptionsQuery,
      response: listOf('Subscription'),
    }),
    async (req) =>
      expand(
        ctx,
        req,
        await billing.listSubscriptions(ctx, req.account.accountId, req.query as billing.SubscriptionSearch),
      ),
  );
  app.post(
    '/v1/customers/:id/discounts',
    spec({
      tag,
      summary: "Apply a coupon or promotion code to all of a customer's subscriptions",
      operationId: 'addCustomerDiscount',
      params: idParams,
      body: strictObject({ coupon: { type: 'string' }, promotion_code: { type: 'string' }, currency }, ['currency']),
      response: ref('Discount'),
    }),
    mutation(ctx, (tx, actor, req) =>
      billing.addCustomerDiscount(
        tx,
        actor,
        id(req),
        req.body as { coupon?: string; promotion_code?: string; currency: string },
      ),
    ),
  );
  app.delete(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Cancel a subscription now (same as POST …/cancel)',
      operationId: 'deleteSubscription',
      params: idParams,
      querystring: expandOnly,
      response: ref('Subscription'),
    }),
    mutation(
      ctx,
      async (tx, actor, req) => expand(tx, req, await billing.cancelSubscription(tx, actor, id(req), {})),
      rereadSubscription,
    ),
  );
}

export function invoiceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Invoices';
  const base = '/v1/invoices';
  const id = (req: Req) => (req.params as IdParams).id;
  const action = (
    path: string,
    summary: string,
    operationId: string,
    body: unknown,
    run: (c: AppContext, a: never, req: Req) => Promise<unknown>,
  ) =>
    app.post(
      `${base}${path}`,
      spec({ tag, summary, operationId, params: idParams, body: body as never, response: ref('Invoice') }),
      mutation(
        ctx,
        (tx, actor, req) => run(tx, actor as never, req),
        (c, actor, req) => billing.getInvoice(c, actor.accountId, id(req)),
      ),
    );
  app.post(
    base,
    spec({
      tag,
      summary: 'Create a manual invoice of pending invoice items',
      operationId: 'createInvoice',
      body: s.createInvoiceBody,
      response: ref('Invoice'),
    }),
    mutation(ctx, (tx, actor, req) => billing.createInvoice(tx, actor, req.body as billing.CreateInvoiceInput)),
  );
  app.get(
    `${base}/upcoming`,
    spec({
      tag,
      summary: 'Preview the next invoice of a subscription, optionally with a proposed change',
      operationId: 'upcomingInvoice',
      querystring: s.upcomingInvoiceQuery,
      response: ref('Invoice'),
    }),
    async (req) =>
      billing.upcomingInvoice(ctx, { accountId: req.account.accountId }, req.query as billing.UpcomingQuery),
  );
  app.get(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Retrieve an invoice',
      operationId: 'getInvoice',
      params: idParams,
      querystring: expandInvoiceQuery,
      response: ref('Invoice'),
    }),
    async (req) => expandInvoice(ctx, req, await billing.getInvoice(ctx, req.account.accountId, id(req))),
  );
  app.get(
    base,
    spec({
      tag,
      summary: 'List invoices',
      operationId: 'listInvoices',
      querystring: s.listInvoicesQuery,
      response: listOf('Invoice'),
    }),
    async (req) =>
      expandInvoice(
        ctx,
        req,
        await billing.listInvoices(ctx, req.account.accountId, req.query as billing.InvoiceSearch),
      ),
  );
  action(
    '/:id',
    'Update an invoice (description while draft, metadata)',
    'updateInvoice',
    s.updateInvoiceBody,
    (c, a, req) => billing.updateInvoice(c, a, id(req), req.body as never),
  );
  action(
    '/:id/finalize',
    'Finalize a draft: number it and make it immutable',
    'finalizeInvoice',
    strictObject({}),
    (c, a, req) => billing.finalizeInvoice(c, a, id(req)),
  );
  action('/:id/pay', 'Record a payment made outside Tenure', 'payInvoice', s.payInvoiceBody, (c, a, req) =>
    billing.payInvoice(c, a, id(req), req.body as { paid_out_of_band?: boolean; amount?: number }),
  );
  action('/:id/void', 'Void an open invoice', 'voidInvoice', strictObject({}), (c, a, req) =>
    billing.voidInvoice(c, a, id(req)),
  );
  action('/:id/mark_uncollectible', 'Write off an open invoice', 'markUncollectible', strictObject({}), (c, a, req) =>
    billing.markUncollectible(c, a, id(req)),
  );
  app.post(
    '/v1/invoiceitems',
    spec({
      tag,
      summary: 'Create a one-off invoice item for the next invoice',
      operationId: 'createInvoiceItem',
      body: s.createInvoiceItemBody,
      response: ref('InvoiceItem'),
    }),
    mutation(ctx, (tx, actor, req) => billing.createInvoiceItem(tx, actor, req.body as billing.InvoiceItemInput)),
  );
}

export function usageRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Usage';
  app.post(
    '/v1/usage_records',
    spec({
      tag,
      summary: 'Report usage events for metered items (batch; identifiers make retries safe)',
      operationId: 'createUsageRecords',
      body: s.usageBatchBody,
      response: ref('UsageRecordBatch'),
    }),
    mutation(ctx, (tx, actor, req) => recordUsage(tx, actor, (req.body as { records: UsageInput[] }).records)),
  );
  app.post(
    '/v1/subscription_items/:id/usage_records',
    spec({
      tag,
      summary: 'Report one usage event for a metered item',
      operationId: 'createItemUsageRecord',
      params: idParams,
      body: s.itemUsageBody,
      response: ref('UsageRecordBatch'),
    }),
    mutation(ctx, (tx, actor, req) =>
      recordUsage(
        tx,
        actor,
        [{ ...(req.body as Omit<UsageInput, 'subscription_item'>), subscription_item: (req.params as IdParams).id }],
        'id',
      ),
    ),
  );
}

export function accountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Account';
  app.get(
    '/v1/account',
    spec({
      tag,
      summary: 'Retrieve your account and its billing settings',
      operationId: 'getAccount',
      response: ref('Account'),
    }),
    async (req) => getAccount(ctx, req.account.accountId),
  );
  app.post(
    '/v1/account',
    spec({
      tag,
      summary: 'Update time zone, invoice prefix, auto-advance delay, days until due',
      operationId: 'updateAccount',
      body: updateAccountBody,
      response: ref('Account'),
    }),
    mutation(ctx, (tx, actor, req) => updateAccount(tx, actor, req.body as AccountSettingsInput)),
  );
}

const scheduleBody = strictObject(
  {
    customer: { type: 'string' },
    phases: {
      type: 'array',
      minItems: 1,
      maxItems: 10,
      items: strictObject(
        {
          items: {
            type: 'array',
            minItems: 1,
            maxItems: 20,
            items: strictObject({ price: { type: 'string' }, quantity: { type: 'integer', minimum: 0 } }, ['price']),
          },
          iterations: { type: 'integer', minimum: 1, maximum: 1200, description: 'Periods this phase lasts' },
        },
        ['items'],
      ),
    },
    end_behavior: { type: 'string', enum: ['release', 'cancel'] },
    metadata: { type: 'object', additionalProperties: { type: 'string', maxLength: 500 }, maxProperties: 50 },
  },
  ['customer', 'phases'],
);

export function scheduleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Subscriptions';
  const base = '/v1/subscription_schedules';
  app.post(
    base,
    spec({
      tag,
      summary: 'Create a subscription with future-dated phases',
      operationId: 'createSubscriptionSchedule',
      body: scheduleBody,
      response: ref('SubscriptionSchedule'),
    }),
    mutation(ctx, (tx, actor, req) => billing.createSubscriptionSchedule(tx, actor, req.body as billing.ScheduleInput)),
  );
  app.get(
    `${base}/:id`,
    spec({
      tag,
      summary: 'Retrieve a subscription schedule',
      operationId: 'getSubscriptionSchedule',
      params: idParams,
      response: ref('SubscriptionSchedule'),
    }),
    async (req) => billing.getSubscriptionSchedule(ctx, req.account.accountId, (req.params as IdParams).id),
  );
  app.get(
    base,
    spec({
      tag,
      summary: 'List subscription schedules',
      operationId: 'listSubscriptionSchedules',
      querystring: strictObject(listQuery),
      response: listOf('SubscriptionSchedule'),
    }),
    async (req) => billing.listSubscriptionSchedules(ctx, req.account.accountId, req.query as never),
  );
  app.post(
    `${base}/:id/release`,
    spec({
      tag,
      summary: 'Release: the subscription keeps its current items, no further phases',
      operationId: 'releaseSubscriptionSchedule',
      params: idParams,
      body: strictObject({}),
      response: ref('SubscriptionSchedule'),
    }),
    mutation(ctx, (tx, actor, req) => billing.releaseSubscriptionSchedule(tx, actor, (req.params as IdParams).id)),
  );
}
