/** Entitlements: what a subscriber may use, computed from billing at an instant. */
export {
  DEFAULT_OUTPUT_FORMATS,
  type Entitlements,
  type EntitlementsResult,
  entitlementsAt,
  type ProductEntitlements,
  QUALITIES,
} from './core/entitlements-at.ts';
export { type AccessData, assembleAccess, loadAccessData, type PriceGrant } from './load.ts';
export { type PresentedEntitlements, presentEntitlements } from './present.ts';
export { getCustomerEntitlements } from './read.ts';
export { customersToRefresh, refreshEntitlements, refreshProductCustomers } from './refresh.ts';
