/** The invoicing keys of the account settings: number prefix, auto-advance delay and send_invoice terms. */
import type { SettingsSection, StoredSettings } from '../../kernel/settings-section.ts';

export type InvoicingSettings = { invoicePrefix: string; finalizeDelaySeconds: number; daysUntilDue: number };

/** The one default of each invoicing setting (Stripe: drafts finalize about an hour after creation). */
export const DEFAULT_INVOICING: InvoicingSettings = {
  invoicePrefix: 'INV',
  finalizeDelaySeconds: 3600,
  daysUntilDue: 30,
};

export function invoicingSettingsOf(s: StoredSettings): InvoicingSettings {
  return {
    invoicePrefix: typeof s.invoice_prefix === 'string' ? s.invoice_prefix : DEFAULT_INVOICING.invoicePrefix,
    finalizeDelaySeconds:
      typeof s.invoice_finalize_delay_seconds === 'number'
        ? s.invoice_finalize_delay_seconds
        : DEFAULT_INVOICING.finalizeDelaySeconds,
    daysUntilDue: typeof s.days_until_due === 'number' ? s.days_until_due : DEFAULT_INVOICING.daysUntilDue,
  };
}

export const invoicingSettings: SettingsSection = {
  present(stored) {
    const s = invoicingSettingsOf(stored);
    return {
      invoice_prefix: s.invoicePrefix,
      invoice_finalize_delay_seconds: s.finalizeDelaySeconds,
      days_until_due: s.daysUntilDue,
    };
  },
};
