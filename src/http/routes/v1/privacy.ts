import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../context.ts';
import { anonymizeCustomer, exportCustomer } from '../../../flows/privacy/index.ts';
import { arrayOf, bool, idParams, int, ref, strictObject } from '../../schemas/common.ts';
import { type IdParams, mutation, spec } from './route-kit.ts';

const listed = (id: string) => arrayOf(ref(id));

/** The export document: each part is what the API's own reads show. */
const customerExport = {
  type: 'object',
  description: 'Everything Tenure holds about one customer, oldest first within each list',
  properties: {
    object: { type: 'string', const: 'customer_export' },
    exported_at: int({ description: 'Unix seconds' }),
    customer: ref('Customer'),
    customer_deleted: bool(),
    subscriptions: listed('Subscription'),
    subscription_schedules: listed('SubscriptionSchedule'),
    invoices: listed('Invoice'),
    invoice_items: listed('InvoiceItem'),
    payments: listed('Payment'),
    refunds: listed('Refund'),
    payment_methods: listed('PaymentMethod'),
    balance_transactions: listed('CustomerBalanceTransaction'),
    credit_notes: listed('CreditNote'),
    messages: listed('Message'),
    events: listed('Event'),
  },
  required: [
    'object',
    'exported_at',
    'customer',
    'customer_deleted',
    'subscriptions',
    'subscription_schedules',
    'invoices',
    'invoice_items',
    'payments',
    'refunds',
    'payment_methods',
    'balance_transactions',
    'credit_notes',
    'messages',
    'events',
  ],
};

/** GDPR/LGPD duties: a customer's data as one document (access, portability) and erasure of its personal data. */
export function privacyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const tag = 'Customers';
  const id = (req: { params: unknown }) => (req.params as IdParams).id;
  app.get(
    '/v1/customers/:id/export',
    spec({
      tag,
      summary: 'Export everything held about a customer (GDPR art. 15/20, LGPD art. 18)',
      description: 'Deleted customers can be exported too. Lists are complete (not paginated).',
      operationId: 'exportCustomer',
      params: idParams,
      response: customerExport,
    }),
    (req) => exportCustomer(ctx, req.account.accountId, id(req)),
  );
  app.post(
    '/v1/customers/:id/anonymize',
    {
      ...spec({
        tag,
        summary: "Erase a customer's personal data, keeping invoices and the books (GDPR art. 17, LGPD art. 18)",
        description:
          'Clears name, email, phone, description, address, tax ids, attributes and metadata; blanks e-mail ' +
          'recipients, subjects and bodies (queued ones fail); clears payment-method metadata; removes the same ' +
          'values from events about the customer. Writes `customer.anonymized`. Cannot be undone.',
        operationId: 'anonymizeCustomer',
        params: idParams,
        body: strictObject({}),
        response: ref('Customer'),
      }),
      // A bare POST (no body) is the usual call.
      preValidation: async (req: { body: unknown }) => {
        req.body ??= {};
      },
    },
    mutation(ctx, (tx, actor, req) => anonymizeCustomer(tx, actor, id(req))),
  );
}
