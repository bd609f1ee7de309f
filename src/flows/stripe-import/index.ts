/** Migration from Stripe: `tenure import stripe`. */
export {
  IMPORT_KINDS,
  type ImportKind,
  type ImportOptions,
  type ImportReport,
  importedAs,
  importStripe,
  readStripeAccount,
} from './import-stripe.ts';
