import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../../context.ts';
import * as collection from '../../../flows/collection/index.ts';
import { invalid } from '../../../kernel/errors.ts';
import {
  type AdjustmentInput,
  type AttachInput,
  adjustBalance,
  createPaymentMethodDraft,
  detachPaymentMethod,
  findDraft,
  getPaymentMethod,
  listBalanceTransactions,
  listPaymentMethods,
  presentDraft,
  verifyStripeWebhook,
} from '../../../modules/payments/index.ts';
import {
  amount,
  idParams,
  listOf,
  listQuery,
  MAX_AMOUNT,
  ref,
  type Schema,
  strictObject,
} from '../../schemas/common.ts';
import { type IdParams, mutation, spec } from './route-kit.ts';

const str = (extra: Schema = {}): Schema => ({ type: 'string', ...extra });
const attachBody = strictObject(
  {
    customer: str({ description: 'Attach at once; without it the method waits for POST …/:id/attach (Stripe)' }),
    token: str({
      maxLength: 255,
      description: 'The gateway token (sandbox: tok_visa, tok_chargeDeclined, tok_failTwice, tok_pix…)',
    }),
    type: str({ enum: ['card'], description: "Stripe's form: type=card with card[token]" }),
    card: strictObject({ token: str({ maxLength: 255 }) }, ['token']),
    gateway: str({ enum: ['sandbox', 'stripe'] }),
    set_default: { type: 'boolean' },
    metadata: { type: 'object', additionalProperties: { type: 'string', maxLength: 500 }, maxProperties: 50 },
  },
  [],
);
type CreateMethodBody = Omit<AttachInput, 'token' | 'customer'> & {
  customer?: string;
  token?: string;
  card?: { token: string };
};
const notificationBody = strictObject(
  {
    payment: str({ description: "The gateway's payment id" }),
    status: str({ enum: ['succeeded', 'failed'] }),
    decline_code: str(),
  },
  ['payment', 'status'],
);
const adjustmentBody = strictObject(
  {
    amount: amount(-MAX_AMOUNT, 'Minor units; negative is a credit to the customer'),
    currency: str({ pattern: '^[A-Za-z]{3}$' }),
    description: str({ maxLength: 350 }),
  },
  ['amount', 'currency'],
);

export function paymentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Payments';
  const id = (req: { params: unknown }) => (req.params as IdParams).id;
  app.post(
    '/v1/payment_methods',
    spec({
      tag,
      summary: 'Attach a payment method (a gateway token); a new default retries failed invoices at once',
      operationId: 'attachPaymentMethod',
      body: attachBody,
      response: ref('PaymentMethod'),
    }),
    mutation(ctx, (tx, actor, req) => {
      const { card, type: _type, customer, token, ...rest } = req.body as CreateMethodBody & { type?: string };
      const given = token ?? card?.token;
      if (!given) throw invalid('parameter_missing', 'Missing required parameter: token (or card[token])', 'token');
      if (customer) return collection.attachAndRetry(tx, actor, { ...rest, customer, token: given });
      return createPaymentMethodDraft(tx, actor, { ...rest, token: given }, token ? 'token' : 'card[token]');
    }),
  );
  app.get(
    '/v1/payment_methods',
    spec({
      tag,
      summary: 'List payment methods',
      operationId: 'listPaymentMethods',
      querystring: strictObject({ ...listQuery, customer: str() }),
      response: listOf('PaymentMethod'),
    }),
    async (req) => listPaymentMethods(ctx, req.account.accountId, req.query as never),
  );
  app.get(
    '/v1/payment_methods/:id',
    spec({
      tag,
      summary: 'Retrieve a payment method',
      operationId: 'getPaymentMethod',
      params: idParams,
      response: ref('PaymentMethod'),
    }),
    async (req) => {
      const draft = await findDraft(ctx, req.account.accountId, id(req));
      return draft ? presentDraft(draft) : getPaymentMethod(ctx, req.account.accountId, id(req));
    },
  );
  app.post(
    '/v1/payment_methods/:id/detach',
    spec({
      tag,
      summary: 'Detach a payment method',
      operationId: 'detachPaymentMethod',
      params: idParams,
      body: strictObject({}),
      response: ref('PaymentMethod'),
    }),
    mutation(ctx, (tx, actor, req) => detachPaymentMethod(tx, actor, id(req))),
  );
  app.get(
    '/v1/payments',
    spec({
      tag,
      summary: 'List payment attempts',
      operationId: 'listPayments',
      querystring: strictObject({ ...listQuery, customer: str(), invoice: str() }),
      response: listOf('Payment'),
    }),
    async (req) => collection.listPayments(ctx, req.account.accountId, req.query as never),
  );
  app.get(
    '/v1/payments/:id',
    spec({
      tag,
      summary: 'Retrieve a payment attempt',
      operationId: 'getPayment',
      params: idParams,
      response: ref('Payment'),
    }),
    async (req) => collection.getPayment(ctx, req.account.accountId, id(req)),
  );
  app.post(
    '/v1/gateways/sandbox/notifications',
    spec({
      tag,
      summary: "The sandbox gateway's settlement notification for an asynchronous payment (PIX, iDEAL, boleto…)",
      operationId: 'sandboxNotification',
      body: notificationBody,
      response: ref('Payment'),
    }),
    mutation(ctx, (tx, actor, req) => {
      const body = req.body as { payment: string; status: 'succeeded' | 'failed'; decline_code?: string };
      return collection.settleNotification(tx, actor, {
        gateway: 'sandbox',
        gatewayPaymentId: body.payment,
        status: body.status,
        declineCode: body.decline_code ?? null,
      });
    }),
  );
  app.post(
    '/v1/customers/:id/balance_transactions',
    spec({
      tag,
      summary: 'Adjust the customer balance (negative = credit)',
      operationId: 'createBalanceTransaction',
      params: idParams,
      body: adjustmentBody,
      response: ref('CustomerBalanceTransaction'),
    }),
    mutation(ctx, (tx, actor, req) => adjustBalance(tx, actor, id(req), req.body as AdjustmentInput)),
  );
  app.get(
    '/v1/customers/:id/balance_transactions',
    spec({
      tag,
      summary: "The customer balance's ledger",
      operationId: 'listBalanceTransactions',
      params: idParams,
      querystring: strictObject(listQuery),
      response: listOf('CustomerBalanceTransaction'),
    }),
    async (req) => listBalanceTransactions(ctx, req.account.accountId, id(req), req.query as never),
  );
}

const creditNoteBody = strictObject(
  {
    invoice: str(),
    amount: amount(1),
    lines: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: strictObject({ invoice_line: str(), amount: amount(1) }, ['invoice_line', 'amount']),
    },
    reason: str({ enum: ['duplicate', 'fraudulent', 'order_change', 'product_unsatisfactory', 'service_outage'] }),
    memo: str({ maxLength: 500 }),
    credit_amount: amount(0),
    refund_amount: amount(0),
    out_of_band_amount: amount(0),
    metadata: { type: 'object', additionalProperties: { type: 'string', maxLength: 500 }, maxProperties: 50 },
  },
  ['invoice'],
);
const refundBody = strictObject({ payment: str(), amount: amount(1), reason: str({ maxLength: 200 }) }, ['payment']);

export function creditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Payments';
  const id = (req: { params: unknown }) => (req.params as IdParams).id;
  app.post(
    '/v1/credit_notes',
    spec({
      tag,
      summary: 'Credit a finalized invoice: less due, refunded, to the balance, or settled outside',
      operationId: 'createCreditNote',
      body: creditNoteBody,
      response: ref('CreditNote'),
    }),
    mutation(ctx, (tx, actor, req) => collection.createCreditNote(tx, actor, req.body as collection.CreditNoteInput)),
  );
  app.get(
    '/v1/credit_notes',
    spec({
      tag,
      summary: 'List credit notes',
      operationId: 'listCreditNotes',
      querystring: strictObject({ ...listQuery, invoice: str(), customer: str() }),
      response: listOf('CreditNote'),
    }),
    async (req) => collection.listCreditNotes(ctx, req.account.accountId, req.query as never),
  );
  app.get(
    '/v1/credit_notes/:id',
    spec({
      tag,
      summary: 'Retrieve a credit note',
      operationId: 'getCreditNote',
      params: idParams,
      response: ref('CreditNote'),
    }),
    async (req) => collection.getCreditNote(ctx, req.account.accountId, id(req)),
  );
  app.post(
    '/v1/credit_notes/:id/void',
    spec({
      tag,
      summary: 'Void a credit note (not once refunded)',
      operationId: 'voidCreditNote',
      params: idParams,
      body: strictObject({}),
      response: ref('CreditNote'),
    }),
    mutation(ctx, (tx, actor, req) => collection.voidCreditNote(tx, actor, id(req))),
  );
  app.post(
    '/v1/refunds',
    spec({
      tag,
      summary: "Refund a payment through its gateway (an invoice's payment via a credit note)",
      operationId: 'createRefund',
      body: refundBody,
      response: ref('Refund'),
    }),
    mutation(ctx, (tx, actor, req) => collection.createRefund(tx, actor, req.body as collection.RefundInput)),
  );
}

/** The payment link pages (outside /v1: the link's secret is the credential, as on a hosted invoice page). */
export function paymentLinkRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.register(async (scope) => {
    // Browsers post plain HTML forms (the page works without JavaScript): the app-wide form parser reads them.
    const tokenParams = strictObject({ token: str({ maxLength: 200 }) }, ['token']);
    scope.get('/pay/:token', { schema: { hide: true, params: tokenParams } }, async (req, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .send(await collection.paymentPage(ctx, (req.params as { token: string }).token)),
    );
    scope.post(
      '/pay/:token',
      {
        schema: {
          hide: true,
          params: tokenParams,
          body: strictObject({ token: str({ maxLength: 255 }), gateway: str() }, ['token']),
        },
      },
      async (req) => collection.payByLink(ctx, (req.params as { token: string }).token, req.body as { token: string }),
    );
    cardUpdateRoutes(scope, ctx, tokenParams);
  });
}

/** A browser asks for HTML; API clients and scripts get problem+json errors like everywhere else. */
const wantsHtml = (req: FastifyRequest) => String(req.headers.accept ?? '').includes('text/html');

/** A hosted page, not JSON: documented as HTML, reached without an API key (the link's secret is the credential). */
const htmlPage = (description: string) => ({
  description,
  content: { 'text/html': { schema: { type: 'string' } } },
});

/** The card-update page the dunning e-mails link to (documented: the e-mail links are part of the contract). */
function cardUpdateRoutes(scope: FastifyInstance, ctx: AppContext, tokenParams: Schema): void {
  const doc = (summary: string, operationId: string) => ({
    tags: ['Hosted pages'],
    summary,
    operationId,
    security: [],
    params: tokenParams,
    response: {
      200: htmlPage('The page'),
      '4xx': {
        description: 'The page with the error for a browser (Accept: text/html); problem+json otherwise',
        content: {
          'text/html': { schema: { type: 'string' } },
          'application/problem+json': { schema: ref('Problem') },
        },
      },
    },
  });
  scope.get(
    '/pay/:token/payment_method',
    { schema: doc('Card-update page of a failing invoice', 'cardUpdatePage') },
    async (req, reply) => {
      const page = await collection.cardUpdatePage(ctx, (req.params as { token: string }).token);
      return reply.code(page.status).type('text/html; charset=utf-8').send(page.html);
    },
  );
  scope.post(
    '/pay/:token/payment_method',
    {
      schema: {
        ...doc('Submit a new payment method (a gateway token) and retry the invoice', 'updateCardByLink'),
        body: strictObject(
          {
            token: str({
              minLength: 1,
              maxLength: 255,
              description: 'A gateway token (sandbox: tok_visa…), never a card number',
            }),
            gateway: str({ enum: ['sandbox', 'stripe'] }),
          },
          ['token'],
        ),
      },
    },
    async (req, reply) => {
      const token = (req.params as { token: string }).token;
      const body = req.body as { token: string; gateway?: string };
      const page = await collection.updateCardByLink(ctx, token, body);
      if (page.error && !wantsHtml(req)) throw page.error;
      return reply.code(page.status).type('text/html; charset=utf-8').send(page.html);
    },
  );
}

/**
 * Stripe's webhook endpoint for one account: `POST /webhooks/stripe/acct_…`. Verified over the raw body with the
 * SDK (outside /v1: Stripe signs, it sends no API key); settles asynchronous payments. Redeliveries are no-ops.
 */
export function stripeWebhookRoute(app: FastifyInstance, ctx: AppContext, secret: string): void {
  app.register(async (scope) => {
    // The signature covers the exact bytes: keep the body as the string that arrived.
    scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    scope.post('/webhooks/stripe/:account', { schema: { hide: true } }, async (req) => {
      const header = String(req.headers['stripe-signature'] ?? '');
      const notification = await verifyStripeWebhook(req.body as string, header, secret);
      if (!notification || notification.kind === 'refund_succeeded') return { received: true, handled: false };
      const accountId = (req.params as { account: string }).account;
      await ctx.db.transaction((db) =>
        collection.settleNotification(
          { ...ctx, db },
          { accountId },
          {
            gateway: 'stripe',
            gatewayPaymentId: notification.gatewayPaymentId,
            status: notification.kind === 'payment_succeeded' ? 'succeeded' : 'failed',
            declineCode: notification.declineCode ?? null,
          },
        ),
      );
      return { received: true, handled: true };
    });
  });
}
