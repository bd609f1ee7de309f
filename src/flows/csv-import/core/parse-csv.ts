/**
 * A CSV file as a spreadsheet shows it: a header row and numbered data rows (the header is row 1, the first data row
 * is row 2), parsed by csv-parse (RFC 4180 quoting, a byte-order mark dropped). The delimiter is the one of , ; or
 * tab that splits the header most: Excel in Portugal, Brazil and the Netherlands saves with semicolons.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { sniffDelimiter } from './delimiter.ts';

export type CsvTable = { columns: string[]; rows: { row: number; values: string[] }[] };
export class CsvUnreadable extends Error {}

/** Throws CsvUnreadable (naming the line) for text that is not CSV, e.g. a quote never closed. */
export function parseCsv(text: string): CsvTable {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: sniffDelimiter(text.replace(/^\uFEFF/, '')),
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    if (error instanceof CsvError) throw new CsvUnreadable(error.message);
    throw error;
  }
  const [header, ...data] = records;
  if (!header || header.every((h) => h.trim() === '')) throw new CsvUnreadable('The file has no header row');
  const columns = header.map((h) => h.trim());
  const rows = data
    .map((values, i) => ({ row: i + 2, values }))
    // A blank line is a blank spreadsheet row: it keeps its number but holds no customer.
    .filter((r) => r.values.some((v) => v.trim() !== ''));
  return { columns, rows };
}
