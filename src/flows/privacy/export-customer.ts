import type { AppContext } from '../../context.ts';
import { presentEvent } from '../../events/index.ts';
import { toUnix } from '../../kernel/clock.ts';
import { presentCustomer } from '../../modules/customers/index.ts';
import { presentInvoiceItem } from '../../modules/invoicing/index.ts';
import { presentMessage } from '../../modules/notices/index.ts';
import { presentBalanceTransaction, presentPaymentMethod } from '../../modules/payments/index.ts';
import { getInvoice, getSubscription, getSubscriptionSchedule } from '../billing/index.ts';
import { presentCreditNote } from '../collection/credit-notes.ts';
import { presentPayment } from '../collection/present-payment.ts';
import { presentRefund } from '../collection/refunds.ts';
import { customerRow, rowsOfCustomer } from './customer-rows.ts';

/**
 * Everything Tenure holds about one customer, as one JSON document (GDPR art. 15 and 20, LGPD art. 18): the
 * customer with its attributes, subscriptions and schedules, invoices with their lines, invoice items, payments, refunds, payment methods,
 * balance transactions, credit notes, e-mails sent and the events about them — each as the API shows it.
 */
export async function exportCustomer(ctx: AppContext, accountId: string, id: string) {
  const customer = await customerRow(ctx.db, accountId, id);
  const rows = await rowsOfCustomer(ctx.db, accountId, id);
  // One by one through the API's own readers, so the export shows exactly what GET would.
  const subscriptions = [];
  for (const subscriptionId of rows.subscriptionIds)
    subscriptions.push(await getSubscription(ctx, accountId, subscriptionId));
  const schedules = [];
  for (const scheduleId of rows.scheduleIds) schedules.push(await getSubscriptionSchedule(ctx, accountId, scheduleId));
  const invoices = [];
  for (const invoiceId of rows.invoiceIds) invoices.push(await getInvoice(ctx, accountId, invoiceId));
  return {
    object: 'customer_export' as const,
    exported_at: toUnix(ctx.clock.now()),
    customer: presentCustomer(customer),
    customer_deleted: customer.deleted,
    subscriptions,
    subscription_schedules: schedules,
    invoices,
    invoice_items: rows.itemRows.map(presentInvoiceItem),
    payments: rows.paymentRows.map(presentPayment),
    refunds: rows.refundRows.map(presentRefund),
    payment_methods: rows.methodRows.map(presentPaymentMethod),
    balance_transactions: rows.ledgerRows.map(presentBalanceTransaction),
    credit_notes: rows.creditNoteRows.map(presentCreditNote),
    messages: rows.messageRows.map(presentMessage),
    events: rows.eventRows.map(presentEvent),
  };
}

export type CustomerExport = Awaited<ReturnType<typeof exportCustomer>>;
