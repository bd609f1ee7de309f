/** Collection's due work: charge attempts and overdue stages, and card-expiry notices. */
import { and, eq } from 'drizzle-orm';
import { invoices, paymentMethods } from '../../db/schema/index.ts';
import { recordEvent } from '../../events/index.ts';
import { fromDate } from '../../kernel/clock.ts';
import type { InvoiceRow } from '../../modules/invoicing/index.ts';
import { type PaymentMethodRow, presentPaymentMethod } from '../../modules/payments/index.ts';
import type { DueWorkSource } from '../../worker/index.ts';
import { dueSource } from '../billing/due-sources.ts';
import { pendingChargesSource } from './charges.ts';
import { collectInvoices } from './collect-invoices.ts';

export function collectionDueSources(): DueWorkSource[] {
  return [
    dueSource<InvoiceRow>('invoice_collection', invoices, invoices.collectionDueAt, collectInvoices),
    pendingChargesSource(),
    dueSource<PaymentMethodRow>(
      'card_expiry_notices',
      paymentMethods,
      paymentMethods.expiryNoticeAt,
      async ({ db }, accountId, rows, at) => {
        for (const pm of rows) {
          await db
            .update(paymentMethods)
            .set({ expiryNoticeAt: null })
            .where(and(eq(paymentMethods.accountId, accountId), eq(paymentMethods.id, pm.id)));
          const object = presentPaymentMethod({ ...pm, expiryNoticeAt: null });
          await recordEvent(
            db,
            { accountId },
            {
              type: 'payment_method.card_expiring',
              object,
              at: fromDate(pm.expiryNoticeAt ?? at),
              testClock: pm.testClock,
            },
          );
        }
      },
    ),
  ];
}
