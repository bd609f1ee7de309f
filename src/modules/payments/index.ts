/**
 * Payments: gateways, payment methods and their drafts, the customer balance ledger, and the pure dunning
 * schedule. This file is the module's whole public face; code outside src/modules/payments imports only it.
 */
export * from './balance-ledger.ts';
export * from './core/dunning.ts';
export * from './gateways/index.ts';
export * from './payment-method-drafts.ts';
export * from './payment-methods.ts';
