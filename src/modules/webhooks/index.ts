export { EVENT_PATTERN } from './core/index.ts';
export {
  DEFAULT_TIMEOUT_MS,
  type DeliverySearch,
  getDelivery,
  listDeliveries,
  type ManualSend,
  recordManualSend,
  sendDeliveryNow,
} from './deliveries.ts';
export { checkEndpointDestination, describeRefusal, publicOnlyDispatcher, refusedDestination } from './destination.ts';
export { type WebhookWorkOptions, webhookDueWork } from './due-work.ts';
export {
  createEndpoint,
  deleteEndpoint,
  type EndpointFields,
  getEndpoint,
  listEndpoints,
  rotateEndpointSecret,
  updateEndpoint,
} from './endpoints.ts';
export type { WebhookDelivery, WebhookEndpoint } from './present.ts';
