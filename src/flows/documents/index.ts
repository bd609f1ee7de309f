/** Documents of stored invoices and credit notes: load them (scoped to the account) and render them. */
import type { AppContext } from '../../context.ts';
import { documentHtml, documentPdf } from '../../modules/documents/index.ts';
import { loadCreditNoteDocument, loadInvoiceDocument } from './load-documents.ts';

/** The invoice as a PDF (A4, Vazirmatn embedded); 404 when the invoice is not the account's. */
export async function renderInvoicePdf(ctx: AppContext, accountId: string, invoiceId: string): Promise<Buffer> {
  const { model, created } = await loadInvoiceDocument(ctx, accountId, invoiceId);
  return documentPdf(model, new Date(created * 1000));
}

/** The invoice as one self-contained HTML page; dir="rtl" for Persian. */
export async function renderInvoiceHtml(ctx: AppContext, accountId: string, invoiceId: string): Promise<string> {
  return documentHtml((await loadInvoiceDocument(ctx, accountId, invoiceId)).model);
}

export async function renderCreditNotePdf(ctx: AppContext, accountId: string, noteId: string): Promise<Buffer> {
  const { model, created } = await loadCreditNoteDocument(ctx, accountId, noteId);
  return documentPdf(model, new Date(created * 1000));
}

export async function renderCreditNoteHtml(ctx: AppContext, accountId: string, noteId: string): Promise<string> {
  return documentHtml((await loadCreditNoteDocument(ctx, accountId, noteId)).model);
}
