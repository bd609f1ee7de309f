/**
 * Stripe's paths for what Tenure already has, so Stripe's SDKs find them: a payment method's `attach`, a
 * customer's payment methods, refunds read back, `create_preview` beside `GET /v1/invoices/upcoming`, and search.
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import * as billing from '../../../flows/billing/index.ts';
import * as collection from '../../../flows/collection/index.ts';
import { conflict, invalid } from '../../../kernel/errors.ts';
import { getCustomer, searchCustomers } from '../../../modules/customers/index.ts';
import { getPaymentMethod, listPaymentMethods, takeDraft } from '../../../modules/payments/index.ts';
import { getTestClock } from '../../../modules/test-clocks/index.ts';
import { type Expanders, expandObject } from '../../expand.ts';
import {
  arrayOf,
  bool,
  EXPANDABLE,
  expandQuery,
  idParams,
  int,
  listOf,
  listQuery,
  ref,
  type Schema,
  str,
  strictObject,
  unixTime,
} from '../../schemas/common.ts';
import { type IdParams, mutation, spec } from './route-kit.ts';

const previewBody = strictObject(
  {
    customer: str({ description: "The subscription's customer (checked against it)" }),
    subscription: str(),
    subscription_details: strictObject({
      items: arrayOf(strictObject({ id: str(), price: str(), quantity: int({ minimum: 0 }), deleted: bool() }), {
        maxItems: 20,
      }),
      proration_behavior: str({ enum: ['create_prorations', 'always_invoice', 'none'] }),
      proration_date: unixTime,
    }),
  },
  ['subscription'],
);
type PreviewBody = {
  customer?: string;
  subscription: string;
  subscription_details?: {
    items?: billing.UpcomingQuery['subscription_items'];
    proration_behavior?: billing.UpcomingQuery['subscription_proration_behavior'];
    proration_date?: number;
  };
};

const searchQuery = (expandable: readonly string[]) =>
  strictObject(
    {
      query: str({
        maxLength: 1000,
        description: "Stripe's search syntax, e.g. email:'ana@example.com' AND metadata['plan']:'gold'",
      }),
      limit: listQuery.limit!,
      page: str({ description: 'The next_page of the previous result' }),
      ...expandQuery(expandable, true),
    },
    ['query'],
  );
type SearchParams = { query: string; limit?: number; page?: string; expand?: string[] };

const searchResultSchema = (id: string): Schema => ({
  type: 'object',
  properties: {
    object: { type: 'string', const: 'search_result' },
    data: arrayOf(ref(id)),
    has_more: bool(),
    next_page: { type: ['string', 'null'] },
    url: str(),
  },
  required: ['object', 'data', 'has_more', 'next_page', 'url'],
});

/** Stripe's search envelope: the page token is the last id, as for a list's `starting_after`. */
function searchResult<T extends { id: string }>(page: { data: T[]; has_more: boolean }, url: string) {
  const last = page.data.at(-1);
  return {
    object: 'search_result' as const,
    data: page.data,
    has_more: page.has_more,
    next_page: page.has_more && last ? last.id : null,
    url,
  };
}

export function stripePathRoutes(app: FastifyInstance, ctx: AppContext): void {
  const id = (req: { params: unknown }) => (req.params as IdParams).id;
  const searchRoute = <T extends { id: string }, R extends 'customer' | 'subscription'>(
    resource: string,
    schemaId: string,
    expandable: R,
    expanders: Expanders<R>,
    run: (accountId: string, params: SearchParams) => Promise<{ object: 'list'; data: T[]; has_more: boolean }>,
  ) =>
    app.get(
      `/v1/${resource}/search`,
      spec({
        tag: 'Search',
        summary: `Search ${resource} with Stripe's query language`,
        operationId: `search_${resource}`.replace(/_(\w)/g, (_m, c: string) => c.toUpperCase()),
        querystring: searchQuery(EXPANDABLE[expandable]),
        response: searchResultSchema(schemaId),
      }),
      async (req) => {
        const params = req.query as SearchParams;
        const page = await run(req.account.accountId, params);
        const expanded = await expandObject(ctx, req.account.accountId, page, params.expand, expanders);
        return searchResult(expanded, `/v1/${resource}/search`);
      },
    );
  searchRoute('customers', 'Customer', 'customer', { test_clock: getTestClock }, (accountId, params) =>
    searchCustomers(ctx, accountId, params),
  );
  searchRoute(
    'subscriptions',
    'Subscription',
    'subscription',
    { customer: getCustomer, latest_invoice: billing.getInvoice },
    (accountId, params) => billing.searchSubscriptions(ctx, accountId, params),
  );
  app.post(
    '/v1/payment_methods/:id/attach',
    spec({
      tag: 'Payments',
      summary: 'Attach a payment method created without a customer (Stripe’s two steps)',
      operationId: 'attachPaymentMethodToCustomer',
      params: idParams,
      body: strictObject({ customer: str() }, ['customer']),
      response: ref('PaymentMethod'),
    }),
    mutation(ctx, async (tx, actor, req) => {
      const { customer } = req.body as { customer: string };
      const draft = await takeDraft(tx, actor.accountId, id(req));
      if (draft) {
        const input = { customer, token: draft.token, gateway: draft.gateway, metadata: draft.metadata };
        return collection.attachAndRetry(tx, actor, input, draft.id);
      }
      const attached = await getPaymentMethod(tx, actor.accountId, id(req));
      if (attached.customer !== customer) {
        throw conflict('payment_method_attached', `${attached.id} is attached to another customer`, 'customer');
      }
      return attached;
    }),
  );
  app.get(
    '/v1/customers/:id/payment_methods',
    spec({
      tag: 'Payments',
      summary: "A customer's attached payment methods",
      operationId: 'listCustomerPaymentMethods',
      params: idParams,
      querystring: strictObject(listQuery),
      response: listOf('PaymentMethod'),
    }),
    async (req) => {
      const customer = await getCustomer(ctx, req.account.accountId, id(req)); // another account's: a 404
      return listPaymentMethods(ctx, req.account.accountId, { ...(req.query as object), customer: customer.id });
    },
  );
  app.get(
    '/v1/refunds',
    spec({
      tag: 'Payments',
      summary: 'List refunds',
      operationId: 'listRefunds',
      querystring: strictObject({ ...listQuery, payment: str() }),
      response: listOf('Refund'),
    }),
    async (req) => collection.listRefunds(ctx, req.account.accountId, req.query as never),
  );
  app.get(
    '/v1/refunds/:id',
    spec({
      tag: 'Payments',
      summary: 'Retrieve a refund',
      operationId: 'getRefund',
      params: idParams,
      response: ref('Refund'),
    }),
    async (req) => collection.getRefund(ctx, req.account.accountId, id(req)),
  );
  app.post(
    '/v1/invoices/create_preview',
    spec({
      tag: 'Invoices',
      summary: "Preview a subscription's next invoice, optionally with a proposed change (Stripe's form of upcoming)",
      operationId: 'createInvoicePreview',
      body: previewBody,
      response: ref('Invoice'),
    }),
    async (req) => {
      const body = req.body as PreviewBody;
      const details = body.subscription_details ?? {};
      const preview = await billing.upcomingInvoice(
        ctx,
        { accountId: req.account.accountId },
        {
          subscription: body.subscription,
          ...(details.items && { subscription_items: details.items }),
          ...(details.proration_behavior && { subscription_proration_behavior: details.proration_behavior }),
          ...(details.proration_date !== undefined && { subscription_proration_date: details.proration_date }),
        },
      );
      if (body.customer !== undefined && (preview as { customer?: string }).customer !== body.customer) {
        throw invalid('preview_customer_mismatch', 'The subscription belongs to another customer', 'customer');
      }
      return preview;
    },
  );
}
