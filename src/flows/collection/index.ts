/** Collection: payment methods, charging, dunning, settlement, balance, credit notes, refunds, reconciliation. */
export { attachAndRetry, setDefaultAndRetry } from './attach-and-retry.ts';
export { cardUpdatePage, updateCardByLink } from './card-update-page.ts';
export { chargeFaults, pendingChargesSource } from './charges.ts';
export {
  type CreditNoteInput,
  createCreditNote,
  getCreditNote,
  listCreditNotes,
  voidCreditNote,
} from './credit-notes.ts';
export { collectionDueSources } from './due-sources.ts';
export { payByLink, paymentPage } from './payment-link.ts';
export { getPayment, listPayments } from './read-payments.ts';
export { reconcile, reconcileAll } from './reconcile.ts';
export { createRefund, getRefund, listRefunds, type RefundInput } from './refunds.ts';
export { type Notification, settleNotification } from './settle-notification.ts';
