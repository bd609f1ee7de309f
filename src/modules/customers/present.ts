import type { customers } from '../../db/schema/index.ts';
import { toUnix } from '../../kernel/clock.ts';

export type CustomerRow = typeof customers.$inferSelect;

export function presentCustomer(row: CustomerRow) {
  return {
    id: row.id,
    object: 'customer' as const,
    created: toUnix(row.created),
    name: row.name,
    email: row.email,
    phone: row.phone,
    description: row.description,
    locale: row.locale,
    preferred_currency: row.preferredCurrency,
    address: row.address,
    tax_ids: row.taxIds,
    attributes: row.attributes,
    tags: row.tags,
    marketing_consent: row.marketingConsent,
    marketing_consent_updated: row.marketingConsentAt ? toUnix(row.marketingConsentAt) : null,
    balance: row.balance,
    test_clock: row.testClock,
    invoice_settings: { default_payment_method: row.defaultPaymentMethod },
    metadata: row.metadata,
  };
}

export type Customer = ReturnType<typeof presentCustomer>;
