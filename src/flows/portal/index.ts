/** The customer portal's use cases, each for the one customer of a portal browser session. */
export {
  type ProfileInput,
  payPortalInvoice,
  portalInvoicePdf,
  portalInvoices,
  portalProfile,
  rereadPortalInvoice,
  updatePortalPaymentMethod,
  updatePortalProfile,
} from './billing-actions.ts';
export { portalLines } from './lines.ts';
export { portalOverview } from './overview.ts';
export { actorOf, type PortalScope } from './scope.ts';
export { createPortalSession, enterPortal, type PortalSessionInput, requestLoginLink } from './sign-in.ts';
export {
  abortPortalCancellation,
  acceptPortalOffer,
  changePlan,
  confirmPortalCancellation,
  pausePortalSubscription,
  portalPlans,
  previewPlanChange,
  resumePortalSubscription,
  startPortalCancellation,
  undoCancellation,
} from './subscription-actions.ts';
export { openPortalTicket, portalTicket, portalTickets, replyPortalTicket } from './support.ts';
