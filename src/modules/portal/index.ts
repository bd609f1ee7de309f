/** The customer portal's own data: configurations, links into it (API sessions, magic links), browser sessions. */
export {
  type ConfigurationInput,
  type ConfigurationRow,
  createConfiguration,
  defaultConfiguration,
  featuresFor,
  findConfiguration,
  getConfiguration,
  listConfigurations,
  presentConfiguration,
  updateConfiguration,
} from './configurations.ts';
export {
  CANCELLATION_REASONS,
  CUSTOMER_UPDATES,
  defaultFeatures,
  priceAllowed,
  refusedUpdates,
} from './core/features.ts';
export {
  BROWSER_SESSION_TTL,
  type BrowserSessionRow,
  browserSession,
  createLink,
  endBrowserSession,
  LINK_TTL,
  type LinkRow,
  linkInvalid,
  presentPortalSession,
  redeemLink,
} from './links.ts';
