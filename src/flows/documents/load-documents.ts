/**
 * Loads an invoice or credit note with its customer and account and builds its localized model. Reads only
 * through the owners' public reads (each scoped to the account, so another tenant's id is a 404).
 */
import type { AppContext } from '../../context.ts';
import { getAccount } from '../../modules/accounts/index.ts';
import { getCustomer } from '../../modules/customers/index.ts';
import {
  creditNoteDocument,
  type DocumentModel,
  documentLocale,
  invoiceDocument,
} from '../../modules/documents/index.ts';
import { getInvoice } from '../billing/invoice-actions.ts';
import { getCreditNote } from '../collection/credit-notes.ts';

async function partiesOf(ctx: AppContext, accountId: string, customerId: string) {
  const [account, customer] = await Promise.all([getAccount(ctx, accountId), getCustomer(ctx, accountId, customerId)]);
  const seller = { name: account.name ?? '', time_zone: account.time_zone };
  return { seller, customer, locale: documentLocale(customer.locale, account.default_locale) };
}

export type LoadedDocument = { model: DocumentModel; created: number };

export async function loadInvoiceDocument(
  ctx: AppContext,
  accountId: string,
  invoiceId: string,
): Promise<LoadedDocument> {
  const invoice = await getInvoice(ctx, accountId, invoiceId);
  const p = await partiesOf(ctx, accountId, invoice.customer);
  return { model: invoiceDocument(invoice, p.customer, p.seller, p.locale), created: invoice.created };
}

export async function loadCreditNoteDocument(
  ctx: AppContext,
  accountId: string,
  noteId: string,
): Promise<LoadedDocument> {
  const note = await getCreditNote(ctx, accountId, noteId);
  const invoice = await getInvoice(ctx, accountId, note.invoice);
  const p = await partiesOf(ctx, accountId, note.customer);
  const model = creditNoteDocument(note, invoice.number ?? invoice.id, p.customer, p.seller, p.locale);
  return { model, created: note.created };
}
