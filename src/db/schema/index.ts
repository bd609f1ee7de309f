export * from './accounts.ts';
export * from './catalog.ts';
export * from './customers.ts';
export * from './events.ts';
export * from './invoices.ts';
export * from './subscriptions.ts';
export * from './test-clocks.ts';
