export { anyOf } from './any-of.ts';
export { bulkInsert } from './bulk.ts';
export { hasChanges } from './changes.ts';
export { type Database, type Db, type Engine, openDatabase, parseInt8, rowsOf } from './client.ts';
export { subscriptionCustomer } from './joins.ts';
export { migrate } from './migrate.ts';
export { type PrepareByIds, rowsById } from './rows-by-id.ts';
export * as schema from './schema/index.ts';
