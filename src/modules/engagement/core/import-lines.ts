/**
 * History imports: engagement events as NDJSON (one JSON event per line) or CSV (a header row naming the event
 * fields, one event per row). Pure: text in, plain event objects out, to be validated like the JSON batch.
 */

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

/** RFC 4180 rows: fields separated by commas, quoted with "…" (a quote doubled inside), rows by CRLF or LF. */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    if (row.some((f) => f !== '')) rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  endRow();
  return rows;
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
