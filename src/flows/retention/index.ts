/** The cancellation flow across retention and billing: start a session, accept an offer, cancel or leave. */
export { abortCancellation, acceptOffer, cancelFromSession } from './finish-cancellation.ts';
export { retentionMetricsReport } from './metrics.ts';
export { type StartCancellationInput, startCancellation } from './start-cancellation.ts';
