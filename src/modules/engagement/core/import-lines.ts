/**
 * History imports: engagement events as NDJSON (one JSON event per line) or CSV (a header row naming the event
 * fields, one event per row). Pure: text in, plain event objects out, to be validated like the JSON batch.
 */

import { CsvError, parse } from 'csv-parse/sync';

/** CSV columns read as numbers; `properties` is a JSON object; every other column is text. Empty cells are absent. */
const NUMERIC = new Set(['occurred_at', 'started_at', 'seconds_watched']);

export class ImportLineError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.line = line;
  }
}

/** One JSON object per non-empty line. */
export function parseNdjson(text: string): unknown[] {
  const out: unknown[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    try {
      out.push(JSON.parse(line));
    } catch {
      throw new ImportLineError(i + 1, 'not valid JSON');
    }
  }
  return out;
}

/**
 * RFC 4180 rows (quoted fields, doubled quotes, CRLF or LF, a byte-order mark dropped) read by csv-parse; rows with
 * no value at all are skipped. Text that is not CSV (a quote never closed) is an ImportLineError naming its line.
 */
export function csvRows(text: string): string[][] {
  try {
    return parse(text, {
      bom: true,
      // Files joined from several exports mix line endings; each counts as a row's end.
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_records_with_empty_values: true,
    });
  } catch (error) {
    if (error instanceof CsvError) throw new ImportLineError(Number(error.lines) || 1, error.message);
    throw error;
  }
}

function cell(column: string, value: string, line: number): unknown {
  if (NUMERIC.has(column)) {
    const n = Number(value);
    if (!Number.isFinite(n)) throw new ImportLineError(line, `${column} is not a number`);
    return n;
  }
  if (column !== 'properties') return value;
  try {
    return JSON.parse(value);
  } catch {
    throw new ImportLineError(line, 'properties is not valid JSON');
  }
}

/** Events from CSV with a header row; empty cells are left out (so optional fields stay optional). */
export function parseCsv(text: string): Record<string, unknown>[] {
  const [header, ...rows] = csvRows(text);
  if (!header) return [];
  const columns = header.map((h) => h.trim());
  return rows.map((row, r) => {
    if (row.length !== columns.length)
      throw new ImportLineError(r + 2, `${row.length} fields, the header has ${columns.length}`);
    const event: Record<string, unknown> = {};
    for (const [i, column] of columns.entries()) if (row[i] !== '') event[column] = cell(column, row[i]!, r + 2);
    return event;
  });
}
