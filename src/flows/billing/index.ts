/** Billing flows across catalog, customers, subscriptions and invoicing: the public face used by routes and worker. */

export {
  type CancelInput,
  cancelSubscription,
  pauseSubscription,
  resumeSubscription,
  type UpdateSubscriptionInput,
  updateSubscription,
} from './change-subscription.ts';
export { type CreateSubscriptionInput, createSubscription, requireFirstPayment } from './create-subscription.ts';
export { addCustomerDiscount } from './customer-discount.ts';
export { billingDueSources } from './due-sources.ts';
export {
  type CreateInvoiceInput,
  createInvoice,
  createInvoiceItem,
  finalizeInvoice,
  getInvoice,
  type InvoiceItemInput,
  type InvoiceSearch,
  listInvoices,
  markUncollectible,
  payInvoice,
  updateInvoice,
  voidInvoice,
} from './invoice-actions.ts';
export {
  getSubscription,
  listSubscriptions,
  type SubscriptionSearch,
  searchSubscriptions,
} from './read-subscriptions.ts';
export {
  createSubscriptionSchedule,
  getSubscriptionSchedule,
  listSubscriptionSchedules,
  releaseSubscriptionSchedule,
  type ScheduleInput,
} from './schedules.ts';
export { type UpcomingQuery, upcomingInvoice, upcomingTotal } from './upcoming-invoice.ts';
