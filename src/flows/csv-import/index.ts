/** CSV import of customers and their subscriptions: `POST /v1/customer_imports`, run by the worker. */
export { IMPORT_FIELDS, type ImportField, type Mapping } from './core/fields.ts';
export { type CreateImportInput, createCustomerImport, MAX_ROWS } from './create-import.ts';
export { getCustomerImport, listCustomerImports, listImportProblems } from './read-imports.ts';
export { CHUNK_ROWS, customerImportDueWork, LEASE_MS, runCustomerImport, runImportChunk } from './run-import.ts';
