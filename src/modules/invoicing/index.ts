/**
 * Invoicing: pure invoice maths and status transitions, new invoice rows, numbering and presentation.
 * This file is the module's whole public face; code outside src/modules/invoicing imports only it.
 */
export * from './core/index.ts';
export * from './new-invoice.ts';
export * from './numbering.ts';
export * from './present.ts';
