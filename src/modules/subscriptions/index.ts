/**
 * Subscriptions: the pure lifecycle, period and proration rules, and how a subscription row is presented.
 * This file is the module's whole public face; code outside src/modules/subscriptions imports only it.
 */
export * from './core/index.ts';
export * from './present.ts';
