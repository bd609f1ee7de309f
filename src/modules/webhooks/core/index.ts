export { checkEndpointUrl } from './endpoint-url.ts';
export { EVENT_PATTERN, type EventFilter, eventFilter, matchesEvent } from './event-filter.ts';
export {
  afterAttempt,
  type DeliveryState,
  DISABLE_AFTER_SECONDS,
  type EndpointHealth,
  endpointHealth,
  isSuccessStatus,
  RETRY_DELAYS_SECONDS,
} from './retry-schedule.ts';
export {
  activeSecrets,
  type EndpointSecrets,
  headersFor,
  type SignatureScheme,
  signedHeaders,
  stripeSignedHeaders,
} from './signature.ts';
