/**
 * The PDF of a document model, drawn with pdfkit in Vazirmatn (embedded, subset): one font with Latin and Persian
 * glyphs, so every locale renders. pdfkit shapes Arabic script through fontkit but does not reorder mixed
 * right-to-left runs, so Persian layout mirrors the columns and keeps values (digits, dates) as separate runs.
 */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { DocumentModel, Party } from './core/document-model.ts';
import { visualOrderForPdf } from './core/visual-order.ts';

const require = createRequire(import.meta.url);
const REGULAR = require.resolve('vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf');
const BOLD = require.resolve('vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf');

const MARGIN = 50;
const WIDTH = 595.28 - 2 * MARGIN; // A4
// Bidi controls from Intl (U+200E, U+200F, U+061C) have no glyph; the drawing order already places each run.
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const clean = (text: string) =>
  text
    .split('\n')
    .map((line) => visualOrderForPdf(line.replace(BIDI_CONTROLS, '')))
    .join('\n');

type Doc = InstanceType<typeof PDFDocument>;

/**
 * The two fonts, parsed once per process: pdfkit parses a font file anew for every document, and fontkit's parse of
 * Vazirmatn's tables (cmap, GSUB and GPOS for Persian shaping) cost four times the drawing of an invoice (1,000
 * renewal e-mails spent ~20 s of CPU in it). pdfkit takes a parsed fontkit font in place of a path and only reads
 * it (each document embeds its own subset); the parsed fonts are those pdfkit made for the first document.
 */
const FONTS = { regular: REGULAR, bold: BOLD };
const parsed = new Map<string, unknown>();

function registerFonts(pdf: Doc): void {
  for (const [name, path] of Object.entries(FONTS)) pdf.registerFont(name, (parsed.get(name) ?? path) as string);
}

/** Keeps the fonts pdfkit parsed for this document (its font families, by registered name) for the next ones. */
function keepParsedFonts(pdf: Doc): void {
  const families = (pdf as unknown as { _fontFamilies?: Record<string, { font?: { layout?: unknown } }> })
    ._fontFamilies;
  for (const name of Object.keys(FONTS)) {
    const font = families?.[name]?.font;
    if (!parsed.has(name) && typeof font?.layout === 'function') parsed.set(name, font);
  }
}

/** Two columns at one height: label and value, mirrored for right-to-left. */
function row(pdf: Doc, rtl: boolean, y: number, left: string, right: string, split = 0.6): number {
  const a = WIDTH * split;
  const [first, second] = rtl ? [right, left] : [left, right];
  pdf.text(clean(first), MARGIN, y, { width: a - 10 });
  const h1 = pdf.y;
  pdf.text(clean(second), MARGIN + a, y, { width: WIDTH - a, align: 'right' });
  return Math.max(h1, pdf.y);
}

function party(pdf: Doc, heading: string, p: Party, x: number, y: number, align: 'left' | 'right'): number {
  const width = WIDTH / 2 - 10;
  pdf.font('bold').fontSize(9).text(clean(heading), x, y, { width, align });
  pdf.font('bold').fontSize(10).text(clean(p.name), { width, align });
  pdf.font('regular');
  for (const line of p.lines) pdf.text(clean(line), { width, align });
  return pdf.y;
}

function draw(pdf: Doc, doc: DocumentModel): void {
  const align = doc.rtl ? 'right' : 'left';
  pdf.font('bold').fontSize(18).text(clean(doc.title), MARGIN, MARGIN, { width: WIDTH, align });
  pdf.font('regular').fontSize(10);
  let y = pdf.y + 8;
  for (const [k, v] of doc.meta) y = row(pdf, doc.rtl, y, k, v, 0.4) + 2;
  y += 10;
  const [first, second] = doc.rtl ? [doc.buyer, doc.seller] : [doc.seller, doc.buyer];
  const [h1, h2] = doc.rtl ? [doc.headings.buyer, doc.headings.seller] : [doc.headings.seller, doc.headings.buyer];
  y = Math.max(party(pdf, h1, first, MARGIN, y, align), party(pdf, h2, second, MARGIN + WIDTH / 2 + 10, y, align));
  y += 16;
  pdf.font('bold');
  y = row(pdf, doc.rtl, y, doc.headings.description, `${doc.headings.quantity}    ${doc.headings.amount}`);
  pdf
    .moveTo(MARGIN, y + 2)
    .lineTo(MARGIN + WIDTH, y + 2)
    .stroke();
  pdf.font('regular');
  y += 6;
  for (const line of doc.lines) {
    const description = line.period ? `${line.description}\n${line.period}` : line.description;
    const quantity = line.quantity ? `${line.quantity}    ` : '';
    y = row(pdf, doc.rtl, y, description, `${quantity}${line.amount}`) + 4;
    if (y > 760) {
      pdf.addPage();
      y = MARGIN;
    }
  }
  y += 10;
  for (const [k, v] of doc.totals) {
    pdf.font(k === doc.totals.at(-1)![0] ? 'bold' : 'regular');
    y = row(pdf, doc.rtl, y, k, v, 0.6) + 2;
  }
}

/** Renders to a Buffer; the creation date is fixed by the model's data, not the wall clock, so output is stable. */
export function documentPdf(doc: DocumentModel, createdAt: Date): Promise<Buffer> {
  const pdf = new PDFDocument({
    // No default font: pdfkit would load and parse Helvetica's metrics for every document, never to use them.
    font: null as never,
    size: 'A4',
    margin: MARGIN,
    lang: doc.locale,
    info: { Title: clean(doc.title), Creator: 'Tenure', CreationDate: createdAt },
  });
  registerFonts(pdf);
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    draw(pdf, doc);
    keepParsedFonts(pdf);
    pdf.end();
  });
}
