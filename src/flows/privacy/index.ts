export { anonymizeCustomer } from './anonymize-customer.ts';
export { type CustomerExport, exportCustomer } from './export-customer.ts';
