export * from './accounts.ts';
export * from './catalog.ts';
export * from './customers.ts';
export * from './events.ts';
export * from './test-clocks.ts';
