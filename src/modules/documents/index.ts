/**
 * Invoice and credit note documents (PDF and HTML) in the customer's language, from a model: the module's whole
 * public face. Loading the invoice, its customer and account spans modules, so it lives in flows/documents.
 */
export { creditNoteDocument, type DocumentModel, invoiceDocument } from './core/document-model.ts';
export { type DocumentLocale, documentLocale } from './core/labels.ts';
export { documentHtml } from './render-html.ts';
export { documentPdf } from './render-pdf.ts';
